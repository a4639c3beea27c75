#!/usr/bin/env python3
"""Cross-draft rules on real same-story clusters: every cluster of ../shared/corpora/news/ is
checked as one run (how a desk would run one story's drafts; front-matter dates are the
reference dates), the claims/* findings are counted per rule and per article, and a fixed
random sample of all findings (--sample, --seed) is printed with the text around each statement
for a person to give a verdict on. The corpus is internal test data: samples are printed, never
stored in the repository.

Usage: tests/accuracy/corpus_claims.py [--claimlint build/claimlint] [--corpus DIR]
                                       [--sample 40] [--seed 14] [--json OUT]
"""
import argparse, collections, json, pathlib, random, subprocess
from concurrent.futures import ThreadPoolExecutor

here = pathlib.Path(__file__).resolve().parents[2]
ap = argparse.ArgumentParser()
ap.add_argument("--claimlint", default=str(here / "build/claimlint"))
ap.add_argument("--corpus", default=str(here.parent / "shared/corpora/news"))
ap.add_argument("--sample", type=int, default=40)
ap.add_argument("--seed", type=int, default=14)
ap.add_argument("--json", default="", help="write every finding to this file")
args = ap.parse_args()

clusters = collections.defaultdict(list)
for f in sorted(pathlib.Path(args.corpus).glob("*.txt")):
    clusters[f.name.split("__")[0]].append(f)
if not clusters:
    raise SystemExit(f"no articles in {args.corpus}")


def run(files):
    out = subprocess.run([args.claimlint, "--format", "json", "--fail-on", "never", "--no-config",
                          "--jobs", "1", *map(str, files)], capture_output=True, text=True)
    return [d for d in json.loads(out.stdout)["diagnostics"] if d["rule"].startswith("claims/")]


with ThreadPoolExecutor(max_workers=2) as pool:
    results = dict(zip(clusters, pool.map(run, clusters.values())))

articles = sum(len(v) for v in clusters.values())
findings = [(c, d) for c, ds in results.items() for d in ds]
per_rule = collections.Counter(d["rule"] for _, d in findings)
with_findings = sum(1 for ds in results.values() if ds)
print(f"{articles} articles in {len(clusters)} clusters, one run per cluster: {len(findings)} "
      f"cross-draft findings, {len(findings) / articles:.3f} per article "
      f"({with_findings} clusters with any)")
for rule, n in sorted(per_rule.items()):
    print(f"  {rule:<30} {n:>5}  {n / articles:.3f} per article")

texts = {}


def excerpt(f, r):
    if f not in texts:
        texts[f] = pathlib.Path(f).read_bytes()
    b = texts[f]
    s, e = r["start"]["offset"], r["end"]["offset"]
    return (b[max(0, s - 60):s].decode("utf-8", "replace") + "[[" +
            b[s:e].decode("utf-8", "replace") + "]]" +
            b[e:e + 50].decode("utf-8", "replace")).replace("\n", " ")


rng = random.Random(args.seed)
sample = rng.sample(findings, min(args.sample, len(findings)))
print(f"\nsample of {len(sample)} (seed {args.seed}):")
for k, (cluster, d) in enumerate(sample, 1):
    print(f"{k:>3}. {pathlib.Path(d['file']).name}:{d['range']['start']['line']} "
          f"[{d['rule']}] {d['message']}")
    print(f"       here:  ...{excerpt(d['file'], d['range'])}...")
    for rel in d.get("related", [])[:2]:
        print(f"       there: {pathlib.Path(rel['file']).name}: "
              f"...{excerpt(rel['file'], rel['range'])}...")
if args.json:
    pathlib.Path(args.json).write_text(json.dumps(
        {"findings": [{"cluster": c, **d} for c, d in findings]}, indent=1))
