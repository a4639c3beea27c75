#!/usr/bin/env python3
"""Prose rules against LanguageTool's own test sentences (../shared/peer-suites/languagetool).

For each LanguageTool rule that has a claimlint counterpart, every case sentence is written to a
plain-text draft and checked in one claimlint run. An incorrect case is caught when the mapped
rule reports anything in it; a correct case is a false alarm when it does.

COMMA_PARENTHESIS_WHITESPACE covers more than claimlint's prose/missing-space (spaces *before*
commas and brackets, spaced quotes), so it is also reported for its in-scope subset: incorrect
cases whose correction inserts a space after a comma, full stop, colon or semicolon.

Usage: tests/accuracy/languagetool.py [--claimlint build/claimlint] [--suite DIR] [--show-misses]
"""
import argparse, collections, json, pathlib, re, subprocess, tempfile

here = pathlib.Path(__file__).resolve().parents[2]
ap = argparse.ArgumentParser()
ap.add_argument("--claimlint", default=str(here / "build/claimlint"))
ap.add_argument("--suite", default=str(here.parent / "shared/peer-suites/languagetool"))
ap.add_argument("--show-misses", action="store_true")
args = ap.parse_args()

MAP = {
    "EN_A_VS_AN": "prose/a-an",
    "UPPERCASE_SENTENCE_START": "prose/sentence-case",
    "COMMA_PARENTHESIS_WHITESPACE": "prose/missing-space",
    "SENTENCE_WHITESPACE": "prose/missing-space",
    "ENGLISH_WORD_REPEAT_RULE": "prose/repeated-word",
    "WORD_REPEAT_RULE": "prose/repeated-word",
}

cases = [json.loads(l) for l in open(pathlib.Path(args.suite) / "cases.jsonl", encoding="utf-8")]
cases = [c for c in cases if c["rule"] in MAP]

def in_scope(c):
    """COMMA_PARENTHESIS_WHITESPACE cases about a missing space after punctuation: every correct
    case (for false alarms) and the incorrect ones with a mark glued to the next word after a
    word of two or more letters or a space (a one-letter word before a full stop is an
    abbreviation such as "z.B.")."""
    return not c["incorrect"] or re.search(r"([^\W\d_]{2,}|\s)[,.;:!?][^\W\d_]", c["text"]) is not None

with tempfile.TemporaryDirectory() as tmp:
    for i, c in enumerate(cases):
        pathlib.Path(tmp, f"{i:04}.txt").write_text(c["text"] + "\n", encoding="utf-8")
    out = subprocess.run([args.claimlint, "--format", "json", "--fail-on", "never", tmp],
                         capture_output=True, text=True)
    data = json.loads(out.stdout)
found = collections.defaultdict(set)
for d in data["diagnostics"]:
    found[int(pathlib.Path(d["file"]).stem)].add(d["rule"])

rows = collections.OrderedDict()
def tally(key, c, hit):
    r = rows.setdefault(key, {"incorrect": 0, "caught": 0, "correct": 0, "false_alarms": 0, "misses": [], "alarms": []})
    if c["incorrect"]:
        r["incorrect"] += 1
        r["caught"] += hit
        if not hit: r["misses"].append(c["text"])
    else:
        r["correct"] += 1
        r["false_alarms"] += hit
        if hit: r["alarms"].append(c["text"])

for i, c in enumerate(cases):
    hit = MAP[c["rule"]] in found[i]
    tally(f'{c["rule"]} -> {MAP[c["rule"]]}', c, hit)
    if c["rule"] == "COMMA_PARENTHESIS_WHITESPACE" and in_scope(c):
        tally("COMMA_PARENTHESIS_WHITESPACE (missing space after punctuation only)", c, hit)

print(f"{'LanguageTool rule -> claimlint rule':72} {'recall':>14} {'false alarms':>14}")
for key, r in rows.items():
    rec = f'{r["caught"]}/{r["incorrect"]} {100 * r["caught"] / r["incorrect"]:.0f}%' if r["incorrect"] else "-"
    fa = f'{r["false_alarms"]}/{r["correct"]} {100 * r["false_alarms"] / r["correct"]:.0f}%' if r["correct"] else "-"
    print(f"{key:72} {rec:>14} {fa:>14}")
if args.show_misses:
    for key, r in rows.items():
        for t in r["misses"]: print(f"MISS  {key[:30]}: {t!r}")
        for t in r["alarms"]: print(f"ALARM {key[:30]}: {t!r}")
