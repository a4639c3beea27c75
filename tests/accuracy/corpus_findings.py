#!/usr/bin/env python3
"""False-positive check on real published news: runs claimlint over the articles in
../shared/corpora/news/ whose front matter says `text: original`, and reports findings per
rule per 100 articles plus a fixed random sample of findings per rule for a person to review.

Usage: tests/accuracy/corpus_findings.py [--claimlint build/claimlint] [--corpus DIR]
                                         [--sample N] [--rules r1,r2] [--json OUT]
The corpus is internal test data: the sample is printed for review, never stored in the repo.
"""
import argparse, collections, json, pathlib, random, subprocess, sys

ap = argparse.ArgumentParser()
here = pathlib.Path(__file__).resolve().parents[2]
ap.add_argument("--claimlint", default=str(here / "build/claimlint"))
ap.add_argument("--corpus", default=str(here.parent / "shared/corpora/news"))
ap.add_argument("--sample", type=int, default=10)
ap.add_argument("--rules", default="")
ap.add_argument("--json", default="")
args = ap.parse_args()

corpus = pathlib.Path(args.corpus)
files = []
for f in sorted(corpus.glob("*.txt")):
    head = f.read_text(encoding="utf-8", errors="replace")[:2000]
    if "\ntext: original" in head:
        files.append(f)
if not files:
    sys.exit(f"no articles with 'text: original' in {corpus}")

out = subprocess.run([args.claimlint, "--format", "json", "--fail-on", "never", *map(str, files)],
                     capture_output=True, text=True)
data = json.loads(out.stdout)
diags = data["diagnostics"]
wanted = set(filter(None, args.rules.split(",")))
by_rule = collections.defaultdict(list)
for d in diags:
    # Cross-draft rules need one story per run: tests/accuracy/corpus_claims.py measures them.
    if d["rule"].startswith("claims/"):
        continue
    if wanted and d["rule"] not in wanted:
        continue
    by_rule[d["rule"]].append(d)

n = len(files)
print(f"{n} articles (text: original), {sum(len(v) for v in by_rule.values())} findings, "
      f"{sum(len(v) for v in by_rule.values()) / n:.3f} per article")
print(f"{'rule':28} {'findings':>8} {'per 100 articles':>17}")
for rule in sorted(by_rule):
    print(f"{rule:28} {len(by_rule[rule]):8} {100 * len(by_rule[rule]) / n:17.2f}")

texts = {}
def excerpt(d):
    f = d["file"]
    if f not in texts:
        texts[f] = pathlib.Path(f).read_bytes()
    b = texts[f]
    s, e = d["range"]["start"]["offset"], d["range"]["end"]["offset"]
    left = b[max(0, s - 60):s].decode("utf-8", "replace").replace("\n", " ")
    mid = b[s:e].decode("utf-8", "replace")
    right = b[e:e + 60].decode("utf-8", "replace").replace("\n", " ")
    return f"...{left}[[{mid}]]{right}..."

if args.sample:
    rng = random.Random(20261122)
    for rule in sorted(by_rule):
        items = by_rule[rule]
        pick = items if len(items) <= args.sample else rng.sample(items, args.sample)
        print(f"\n== {rule}: {len(pick)} of {len(items)}")
        for d in pick:
            print(f"  {pathlib.Path(d['file']).name}:{d['range']['start']['line']}: {d['message']}")
            print(f"      {excerpt(d)}")

if args.json:
    pathlib.Path(args.json).write_text(json.dumps(
        {"articles": n, "findings": {r: len(v) for r, v in by_rule.items()}}, indent=1))
