#!/usr/bin/env python3
"""The corpus stage (cross-draft claims rules) on a news corpus: time and memory with all
articles as one corpus, per same-story cluster, and with the corpus replicated ×N to show how
it grows. Stage times come from `claimlint --stats`; peak RSS from GNU time (`/usr/bin/time -v`).

Usage: bench/corpus_stage.py [--claimlint build/claimlint] [--corpus ../shared/corpora/news]
                             [--replicate 1 2 5 10] [--jobs 2]

Replicas are copies in a temporary folder (r0/, r1/, ...), so every person, subject and figure
occurs N times as often: groups grow N-fold, which is the worst case for a stage that compares
inside groups. The corpus is internal test data; the copies are deleted afterwards.
"""
import argparse, collections, pathlib, re, shutil, subprocess, tempfile

here = pathlib.Path(__file__).resolve().parents[1]
ap = argparse.ArgumentParser()
ap.add_argument("--claimlint", default=str(here / "build/claimlint"))
ap.add_argument("--corpus", default=str(here.parent / "shared/corpora/news"))
ap.add_argument("--replicate", type=int, nargs="+", default=[1, 2, 5, 10])
ap.add_argument("--jobs", type=int, default=2)
args = ap.parse_args()

STATS = re.compile(r"stats: (\d+) files, ([\d.]+) MB; files stage ([\d.]+) ms, corpus stage ([\d.]+) ms")


def run(paths):
    cmd = ["/usr/bin/time", "-v", args.claimlint, "check", "--stats", "--quiet", "--format", "json",
           "--fail-on", "never", "--jobs", str(args.jobs), *map(str, paths)]
    out = subprocess.run(cmd, capture_output=True, text=True)
    m = STATS.search(out.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", out.stderr)
    findings = out.stdout.count('"rule": "claims/') + out.stdout.count('"rule":"claims/')
    if not m or not rss:
        raise SystemExit(f"unexpected output of {' '.join(cmd[:4])} ...:\n{out.stderr[-2000:]}")
    return dict(files=int(m[1]), mb=float(m[2]), files_s=float(m[3]) / 1e3, corpus_s=float(m[4]) / 1e3,
                rss_mb=int(rss[1]) / 1024, claims_findings=findings)


articles = sorted(pathlib.Path(args.corpus).glob("*.txt"))
print(f"corpus: {args.corpus}: {len(articles)} articles; --jobs {args.jobs}")
print(f"{'run':24} {'files':>6} {'MB':>7} {'files s':>8} {'corpus s':>9} {'corpus ms/file':>15} {'RSS MB':>7} {'claims findings':>16}")


def show(name, r):
    print(f"{name:24} {r['files']:6} {r['mb']:7.2f} {r['files_s']:8.3f} {r['corpus_s']:9.3f} "
          f"{1000 * r['corpus_s'] / max(1, r['files']):15.4f} {r['rss_mb']:7.0f} {r['claims_findings']:16}")


with tempfile.TemporaryDirectory(prefix="claimlint-bench-") as tmp:
    for n in args.replicate:
        if n == 1:
            show("one corpus ×1", run([args.corpus]))
            continue
        root = pathlib.Path(tmp) / f"x{n}"
        for i in range(n):
            shutil.copytree(args.corpus, root / f"r{i}", dirs_exist_ok=True)
        show(f"one corpus ×{n}", run([root]))
        shutil.rmtree(root)

clusters = collections.defaultdict(list)
for f in articles:
    clusters[f.name.split("__")[0]].append(f)
total = collections.Counter()
peak = 0.0
for files in clusters.values():
    r = run(files)
    total.update(files=r["files"], files_s=r["files_s"], corpus_s=r["corpus_s"], findings=r["claims_findings"])
    peak = max(peak, r["rss_mb"])
print(f"per cluster: {len(clusters)} runs, {total['files']} files; files stage {total['files_s']:.3f} s, "
      f"corpus stage {1000 * total['corpus_s']:.1f} ms in all ({1000 * total['corpus_s'] / len(clusters):.3f} ms "
      f"per cluster); peak RSS {peak:.0f} MB; {total['findings']} claims findings")
