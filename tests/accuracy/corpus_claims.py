#!/usr/bin/env python3
"""Cross-document rules on real same-story clusters: every cluster of ../shared/corpora/news/
is checked as one corpus (its front-matter dates are the reference dates), and the claims/*
findings are counted per rule, per cluster and per article, with a fixed random sample printed
for review. The corpus is internal test data: samples are printed, never stored.

Usage: tests/accuracy/corpus_claims.py [--claimlint build/claimlint] [--corpus DIR] [--sample N]
"""
import argparse, collections, json, pathlib, random, subprocess
from concurrent.futures import ThreadPoolExecutor

here = pathlib.Path(__file__).resolve().parents[2]
ap = argparse.ArgumentParser()
ap.add_argument("--claimlint", default=str(here / "build/claimlint"))
ap.add_argument("--corpus", default=str(here.parent / "shared/corpora/news"))
ap.add_argument("--sample", type=int, default=10)
args = ap.parse_args()

clusters = collections.defaultdict(list)
for f in sorted(pathlib.Path(args.corpus).glob("*.txt")):
    clusters[f.name.split("__")[0]].append(f)


def run(files):
    out = subprocess.run([args.claimlint, "--format", "json", "--fail-on", "never", "--jobs", "1", *map(str, files)],
                         capture_output=True, text=True)
    return [d for d in json.loads(out.stdout)["diagnostics"] if d["rule"].startswith("claims/")]


with ThreadPoolExecutor(max_workers=2) as pool:
    results = dict(zip(clusters, pool.map(run, clusters.values())))

articles = sum(len(v) for v in clusters.values())
per_rule = collections.Counter(d["rule"] for ds in results.values() for d in ds)
total = sum(per_rule.values())
with_findings = sum(1 for ds in results.values() if ds)
print(f"{len(clusters)} clusters, {articles} articles: {total} claims findings "
      f"({total / articles:.3f} per article, {total / len(clusters):.2f} per cluster; "
      f"{with_findings} clusters with any)")
for rule, n in sorted(per_rule.items()):
    print(f"  {rule:28} {n:5}  {n / len(clusters):.2f} per cluster")

texts = {}
def excerpt(f, r):
    if f not in texts:
        texts[f] = pathlib.Path(f).read_bytes()
    b = texts[f]
    s, e = r["start"]["offset"], r["end"]["offset"]
    return (b[max(0, s - 50):s].decode("utf-8", "replace") + "[[" + b[s:e].decode("utf-8", "replace") + "]]" +
            b[e:e + 40].decode("utf-8", "replace")).replace("\n", " ")

rng = random.Random(20261122)
for rule in sorted(per_rule):
    items = [d for ds in results.values() for d in ds if d["rule"] == rule]
    pick = items if len(items) <= args.sample else rng.sample(items, args.sample)
    print(f"\n== {rule}: {len(pick)} of {len(items)}")
    for d in pick:
        print(f"  {pathlib.Path(d['file']).name}:{d['range']['start']['line']}: {d['message']}")
        print(f"      here:    ...{excerpt(d['file'], d['range'])}...")
        for rel in d["related"][:2]:
            print(f"      {rel['message'][:28]:28} {pathlib.Path(rel['file']).name}: ...{excerpt(rel['file'], rel['range'])}...")
