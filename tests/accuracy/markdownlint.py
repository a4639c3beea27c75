#!/usr/bin/env python3
"""Table rules against markdownlint's own fixtures (../shared/peer-suites/markdownlint).

MD055 (table-pipe-style) -> table/pipe-style and MD056 (table-column-count) ->
table/column-count, compared line by line (the granularity of markdownlint's own test harness)
on every fixture where markdownlint runs that rule. The MD055 `style` a fixture configures is
passed on through a rule folder that overrides table/pipe-style. Agreement per rule is
matching lines / (matching + only-markdownlint + only-claimlint).

Usage: tests/accuracy/markdownlint.py [--claimlint build/claimlint] [--suite DIR] [--show]
"""
import argparse, collections, json, pathlib, subprocess, tempfile

here = pathlib.Path(__file__).resolve().parents[2]
ap = argparse.ArgumentParser()
ap.add_argument("--claimlint", default=str(here / "build/claimlint"))
ap.add_argument("--suite", default=str(here.parent / "shared/peer-suites/markdownlint"))
ap.add_argument("--show", action="store_true", help="print every disagreement")
args = ap.parse_args()

RULES = {"MD055": "table/pipe-style", "MD056": "table/column-count"}
suite = pathlib.Path(args.suite)
cases = [json.loads(l) for l in open(suite / "cases.jsonl", encoding="utf-8")]
stats = {r: collections.Counter() for r in RULES}
disagreements = []

with tempfile.TemporaryDirectory() as tmp:
    for case in cases:
        enabled = case["table_rules_enabled"]
        active = [r for r in RULES if enabled.get(r)]
        if not active:
            continue
        cmd = [args.claimlint, "--format", "json", "--fail-on", "never"]
        style = (enabled.get("MD055_options") or {}).get("style")
        if style:
            rules = pathlib.Path(tmp, case["file"].replace("/", "_"), "table")
            rules.mkdir(parents=True, exist_ok=True)
            (rules / "pipe-style.yaml").write_text(
                "kind: table-pipe-style\nmessage: \"table pipe style: {problem} (expected {expected})\"\n"
                f"description: MD055 with style {style}\nstyle: {style}\n")
            cmd += ["--rules", str(rules.parent)]
        out = subprocess.run(cmd + [str(suite / case["file"])], capture_output=True, text=True)
        found = json.loads(out.stdout)["diagnostics"]
        for r in active:
            want = {e["line"] for e in case["expected_table"] if e["rule"] == r}
            got = {d["range"]["start"]["line"] for d in found if d["rule"] == RULES[r]}
            stats[r]["both"] += len(want & got)
            stats[r]["only_markdownlint"] += len(want - got)
            stats[r]["only_claimlint"] += len(got - want)
            stats[r]["fixtures"] += 1
            for line in sorted(want ^ got):
                disagreements.append((case["file"], r, line, "markdownlint only" if line in want else "claimlint only"))

print(f"{'markdownlint rule -> claimlint rule':42} {'fixtures':>8} {'both':>6} {'ml only':>8} {'cl only':>8} {'agreement':>10}")
for r, s in stats.items():
    total = s["both"] + s["only_markdownlint"] + s["only_claimlint"]
    agree = 100 * s["both"] / total if total else 100.0
    print(f"{r + ' -> ' + RULES[r]:42} {s['fixtures']:8} {s['both']:6} {s['only_markdownlint']:8} {s['only_claimlint']:8} {agree:9.1f}%")
if args.show:
    for d in disagreements:
        print("  %s %s line %d: %s" % d)
