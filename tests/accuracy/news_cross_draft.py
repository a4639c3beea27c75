#!/usr/bin/env python3
"""Cross-draft findings on real published news: runs claimlint over each same-story cluster of
../shared/corpora/news/ as its own run (how a desk would run one story's drafts), counts the
claims/* findings per article and per rule, and prints a fixed random sample (--seed) for a
person to review against the articles. The corpus is internal test data: the sample is printed,
never stored in the repository.

Usage: tests/accuracy/news_cross_draft.py [--claimlint build/claimlint] [--corpus DIR]
                                          [--sample 40] [--seed 14] [--json OUT]
"""
import argparse, collections, json, pathlib, random, subprocess, sys

here = pathlib.Path(__file__).resolve().parents[2]
ap = argparse.ArgumentParser()
ap.add_argument("--claimlint", default=str(here / "build/claimlint"))
ap.add_argument("--corpus", default=str(here.parent / "shared/corpora/news"))
ap.add_argument("--sample", type=int, default=40)
ap.add_argument("--seed", type=int, default=14)
ap.add_argument("--json", default="")
args = ap.parse_args()

corpus = pathlib.Path(args.corpus)
clusters = collections.defaultdict(list)
for f in sorted(corpus.glob("*.txt")):
    clusters[f.name.split("__")[0]].append(str(f))
if not clusters:
    sys.exit(f"no articles in {corpus}")
findings = []
for name, files in sorted(clusters.items()):
    out = subprocess.run([args.claimlint, "--format", "json", "--fail-on", "never", "--no-config",
                          *files], capture_output=True)
    doc = json.loads(out.stdout.decode("utf-8"))
    for d in doc["diagnostics"]:
        if d["rule"].startswith("claims/"):
            rel = [f'{pathlib.Path(r["file"]).name}:{r["range"]["start"]["line"]}'
                   for r in d.get("related", [])]
            findings.append({"cluster": name, "rule": d["rule"],
                             "file": pathlib.Path(d["file"]).name,
                             "line": d["range"]["start"]["line"], "message": d["message"],
                             "related": rel})
articles = sum(len(v) for v in clusters.values())
print(f"{articles} articles in {len(clusters)} clusters, one run per cluster: "
      f"{len(findings)} cross-draft findings, {len(findings) / articles:.3f} per article")
per_rule = collections.Counter(f["rule"] for f in findings)
for rule, n in sorted(per_rule.items()):
    print(f"  {rule:<30} {n:>5}  {n / articles:.3f} per article")
rng = random.Random(args.seed)
sample = rng.sample(findings, min(args.sample, len(findings)))
print(f"\nsample of {len(sample)} (seed {args.seed}):")
for k, f in enumerate(sample, 1):
    print(f"{k:>3}. {f['file']}:{f['line']} [{f['rule']}] {f['message']}"
          f"  <-> {', '.join(f['related'][:3])}")
if args.json:
    pathlib.Path(args.json).write_text(json.dumps({"findings": findings}, indent=1))
