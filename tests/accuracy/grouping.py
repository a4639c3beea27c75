#!/usr/bin/env python3
"""Story grouping on real news: all articles of ../shared/corpora/news/ in ONE run, with the
front-matter lines that name their story (`cluster`, `dataset`, `event`) removed so the grouping
must work it out, scored pairwise against the corpus's clusters:

  precision = pairs grouped together that are of one cluster / pairs grouped together
  recall    = pairs of one cluster that were grouped together / pairs of one cluster

Two articles of different stories in one group are what produces false cross-draft conflicts, so
precision is the bar that matters most (PRODUCT.md §8; issue: stories and the archive). Also
counts the cross-draft findings of the one run that join articles of different clusters (--check).
The corpus is internal test data: the stripped copies live in a temporary folder and are deleted.

A desk's run is usually small, so the script also scores --small runs of four drafts: two
articles each of two clusters drawn at random (seed 14), where the idf of a name has no large run
to learn from.

Usage: tests/accuracy/grouping.py [--claimlint build/claimlint] [--corpus DIR] [--check]
                                  [--small 300] [--json OUT]
"""
import argparse, collections, itertools, json, pathlib, random, re, subprocess, tempfile

here = pathlib.Path(__file__).resolve().parents[2]
ap = argparse.ArgumentParser()
ap.add_argument("--claimlint", default=str(here / "build/claimlint"))
ap.add_argument("--corpus", default=str(here.parent / "shared/corpora/news"))
ap.add_argument("--check", action="store_true", help="also run check and count cross-story findings")
ap.add_argument("--json", default="", help="write the numbers to this file")
ap.add_argument("--small", type=int, default=300,
                help="also score this many small runs (two stories, two drafts each; seed 14)")
args = ap.parse_args()

strip = re.compile(r"^(cluster|dataset|event):.*\n", re.M)
cluster_of = {}
with tempfile.TemporaryDirectory() as tmp:
    for f in sorted(pathlib.Path(args.corpus).glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        head, sep, body = text.partition("\n---\n") if text.startswith("---\n") else ("", "", text)
        (pathlib.Path(tmp) / f.name).write_text(strip.sub("", head) + sep + body, encoding="utf-8")
        cluster_of[f.name] = f.name.split("__")[0]
    if not cluster_of:
        raise SystemExit(f"no articles in {args.corpus}")
    files = [str(pathlib.Path(tmp) / n) for n in sorted(cluster_of)]
    out = subprocess.run([args.claimlint, "stories", "--format", "json", "--no-config", *files],
                         capture_output=True, text=True, check=True)
    stories = json.loads(out.stdout)["stories"]
    small = None
    if args.small:
        by = collections.defaultdict(list)
        for n in sorted(cluster_of):
            by[cluster_of[n]].append(n)
        multi = sorted(c for c, m in by.items() if len(m) >= 2)
        rng = random.Random(14)
        stp = sfp = sgold = 0
        for _ in range(args.small):
            a, b = rng.sample(multi, 2)
            run = rng.sample(by[a], 2) + rng.sample(by[b], 2)
            res = subprocess.run([args.claimlint, "stories", "--format", "json", "--no-config",
                                  *[str(pathlib.Path(tmp) / n) for n in run]],
                                 capture_output=True, text=True, check=True)
            sgold += 2
            for s in json.loads(res.stdout)["stories"]:
                for x, y in itertools.combinations([pathlib.Path(p).name for p in s["drafts"]], 2):
                    if cluster_of[x] == cluster_of[y]:
                        stp += 1
                    else:
                        sfp += 1
        small = (stp / (stp + sfp) if stp + sfp else 1.0, stp / sgold)
    cross = None
    if args.check:
        res = subprocess.run([args.claimlint, "--format", "json", "--fail-on", "never",
                              "--no-config", *files], capture_output=True, text=True)
        diags = [d for d in json.loads(res.stdout)["diagnostics"] if d["rule"].startswith("claims/")]
        cross = 0
        for d in diags:
            names = {pathlib.Path(d["file"]).name}
            names |= {pathlib.Path(r["path"]).name for r in d.get("related", []) if r.get("path")}
            if len({cluster_of[n] for n in names if n in cluster_of}) > 1:
                cross += 1
        total = len(diags)

group_of = {}
for s in stories:
    for p in s["drafts"]:
        group_of[pathlib.Path(p).name] = s["story"]
tp = fp = 0
by_group = collections.defaultdict(list)
for n, g in group_of.items():
    by_group[g].append(n)
for members in by_group.values():
    for a, b in itertools.combinations(members, 2):
        if cluster_of[a] == cluster_of[b]:
            tp += 1
        else:
            fp += 1
by_cluster = collections.Counter(cluster_of.values())
gold = sum(k * (k - 1) // 2 for k in by_cluster.values())
precision = tp / (tp + fp) if tp + fp else 1.0
recall = tp / gold if gold else 1.0
singles = sum(1 for m in by_group.values() if len(m) == 1)
print(f"{len(cluster_of)} articles, {len(by_cluster)} clusters -> {len(by_group)} groups "
      f"({singles} single articles)")
print(f"pairwise precision {precision:.4f} ({tp} of {tp + fp} grouped pairs), "
      f"recall {recall:.4f} ({tp} of {gold} same-cluster pairs)")
numbers = {"articles": len(cluster_of), "clusters": len(by_cluster), "groups": len(by_group),
           "precision": precision, "recall": recall, "tp": tp, "fp": fp, "gold": gold}
if small is not None:
    print(f"{args.small} small runs (two stories, two drafts each): pairwise precision "
          f"{small[0]:.4f}, recall {small[1]:.4f}")
    numbers.update(small_runs=args.small, small_precision=small[0], small_recall=small[1])
if cross is not None:
    print(f"one run: {total} cross-draft findings, {cross} between articles of different clusters")
    numbers.update(findings=total, cross_cluster=cross)
if args.json:
    pathlib.Path(args.json).write_text(json.dumps(numbers, indent=1) + "\n")
