#!/usr/bin/env python3
"""Archive matching on real news: which archived articles a draft is compared with.

For every cluster of ../shared/corpora/news/ with two articles or more, its last article is a
draft and the others are archived; all archived articles of all clusters go into one archive
(front-matter lines naming the cluster removed; undated articles get --published 2015-06-01).
Each draft is then run alone with `claimlint stories --archive`, which lists the archived
articles its story joined:

  precision = joined articles of the draft's own cluster / all joined articles
  recall    = own-cluster articles joined / own-cluster articles that could join (at most the
              8 candidates a draft reads)

A joined article of another story is what could produce a false conflict with the archive, so
precision is the number that matters most. With --check, also runs `check --archive` on every
draft and counts the cross-draft findings whose notes point into the archive, and those that
point into another cluster's article. The corpus is internal test data: the copies live in a
temporary folder.

Usage: tests/accuracy/archive_match.py [--claimlint build/claimlint] [--corpus DIR] [--check]
"""
import argparse, collections, json, pathlib, re, subprocess, tempfile
from concurrent.futures import ThreadPoolExecutor

here = pathlib.Path(__file__).resolve().parents[2]
ap = argparse.ArgumentParser()
ap.add_argument("--claimlint", default=str(here / "build/claimlint"))
ap.add_argument("--corpus", default=str(here.parent / "shared/corpora/news"))
ap.add_argument("--check", action="store_true")
args = ap.parse_args()

strip = re.compile(r"^(cluster|dataset|event):.*\n", re.M)
clusters = collections.defaultdict(list)
for f in sorted(pathlib.Path(args.corpus).glob("*.txt")):
    clusters[f.name.split("__")[0]].append(f)
with tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    (tmp / "archived").mkdir()
    (tmp / "drafts").mkdir()
    drafts, own = [], collections.Counter()
    for c, files in sorted(clusters.items()):
        if len(files) < 2:
            continue
        for i, f in enumerate(files):
            text = f.read_text(encoding="utf-8")
            head, sep, body = text.partition("\n---\n") if text.startswith("---\n") else ("", "", text)
            folder = "drafts" if i == len(files) - 1 else "archived"
            (tmp / folder / f.name).write_text(strip.sub("", head) + sep + body, encoding="utf-8")
        drafts.append(files[-1].name)
        own[files[-1].name] = len(files) - 1
    db = tmp / "archive.db"
    subprocess.run([args.claimlint, "archive", "add", "--quiet", "--no-config", "--archive", str(db),
                    "--published", "2015-06-01", str(tmp / "archived")], check=True)

    def joined(name):
        out = subprocess.run([args.claimlint, "stories", "--format", "json", "--no-config",
                              "--archive", str(db), str(tmp / "drafts" / name)],
                             capture_output=True, text=True, check=True)
        return [pathlib.Path(a["path"]).name for s in json.loads(out.stdout)["stories"]
                for a in s.get("archived", [])]

    def check(name):
        out = subprocess.run([args.claimlint, "--format", "json", "--fail-on", "never",
                              "--no-config", "--archive", str(db), str(tmp / "drafts" / name)],
                             capture_output=True, text=True)
        return [d for d in json.loads(out.stdout)["diagnostics"] if d["rule"].startswith("claims/")]

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = dict(zip(drafts, pool.map(joined, drafts)))
        checks = dict(zip(drafts, pool.map(check, drafts))) if args.check else {}

tp = fp = possible = 0
with_any = 0
for name, got in results.items():
    c = name.split("__")[0]
    mine = sum(1 for g in got if g.split("__")[0] == c)
    tp += mine
    fp += len(got) - mine
    possible += min(own[name], 8)
    with_any += bool(got)
print(f"{len(drafts)} drafts against an archive of {sum(own.values())} articles: "
      f"{tp + fp} articles joined ({with_any} drafts with any)")
print(f"precision {tp / max(1, tp + fp):.4f} ({tp} of {tp + fp} of the draft's own story), "
      f"recall {tp / max(1, possible):.4f} ({tp} of {possible})")
if args.check:
    total = sum(len(v) for v in checks.values())
    archived = other = 0
    for name, ds in checks.items():
        c = name.split("__")[0]
        for d in ds:
            rel = [pathlib.Path(r["file"]).name for r in d.get("related", [])
                   if "/archived/" in r["file"]]
            archived += bool(rel)
            other += any(r.split("__")[0] != c for r in rel)
    print(f"check: {total} cross-draft findings on {len(drafts)} drafts, {archived} with notes in "
          f"the archive, {other} of them pointing into another story's article")
