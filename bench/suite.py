#!/usr/bin/env python3
"""claimlint's benchmark suite (issue #7): throughput, documents/s, peak memory and per-stage
CPU time on the corpora a newsroom cares about, with --jobs 1 and --jobs 2.

Usage: bench/suite.py [--claimlint build/claimlint] [--corpus ../shared/corpora/news]
                      [--scratch /tmp/claimlint-bench] [--runs 3] [--quick] [--cases NAME...]
                      [--json OUT]

Cases (each is one whole `claimlint` process: start-up, rule loading, every default rule and
the cross-draft stage, JSON report to /dev/null):
  news-all     the news corpus as one run (cross-draft rules over everything)
  news-cluster each same-story cluster as its own run (how CI runs it), summed
  news-x10     the corpus replicated 10 times into --scratch (file names differ per copy)
  news-x50     replicated 50 times (skipped with --quick)
  draft-50mb   one 50 MB draft (the seeds repeated)
  seeds        the five seed drafts: the end-to-end time an editor feels on every save
The best of --runs is reported (peak RSS of that run, measured with GNU time: `apt-get
install time` if /usr/bin/time is missing). Prints a table; --json writes the rows
so commits can be compared. Not part of ctest: timings belong in a benchmark, not a test.
"""
import argparse, json, os, pathlib, re, shutil, subprocess, sys, time

here = pathlib.Path(__file__).resolve().parents[1]
ap = argparse.ArgumentParser()
ap.add_argument("--claimlint", default=str(here / "build/claimlint"))
ap.add_argument("--corpus", default=str(here.parent / "shared/corpora/news"))
ap.add_argument("--scratch", default="/tmp/claimlint-bench")
ap.add_argument("--runs", type=int, default=3)
ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
ap.add_argument("--quick", action="store_true", help="skip the x50 corpus")
ap.add_argument("--cases", nargs="+", default=[], help="only these cases (names as in the table)")
ap.add_argument("--json", default="")
args = ap.parse_args()

STAGES = re.compile(r"load ([\d.]+), structure ([\d.]+), claims ([\d.]+), document rules ([\d.]+), "
                    r"corpus rules ([\d.]+), report ([\d.]+)")


def drafts(folder):
    return sorted(p for p in pathlib.Path(folder).rglob("*") if p.suffix in (".txt", ".md", ".markdown"))


TIME = shutil.which("time") or ("/usr/bin/time" if os.path.exists("/usr/bin/time") else None)


def run_once(paths, jobs):
    """Wall seconds, peak RSS (MB) and stage CPU ms of one claimlint process.

    Peak RSS comes from GNU time (Debian package `time`): the rusage Python gets from wait4
    counts a forked child before exec, i.e. this Python process's own memory."""
    cmd = [args.claimlint, "--format", "json", "--fail-on", "never", "--stats", "--jobs", str(jobs), *map(str, paths)]
    rss_file = pathlib.Path(args.scratch) / "rss.txt"
    rss_file.parent.mkdir(parents=True, exist_ok=True)
    if TIME:
        cmd = [TIME, "-f", "%M", "-o", str(rss_file)] + cmd
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t0
    err = proc.stderr.decode()
    m = STAGES.search(err)
    stages = [float(x) for x in m.groups()] if m else [0.0] * 6
    rss = float(rss_file.read_text().split()[-1]) / 1024 if TIME else float("nan")
    return wall, rss, stages


def measure(name, processes, jobs):
    """processes: (paths to pass, files they hold) per claimlint process; times are summed."""
    files = [f for _, fs in processes for f in fs]
    size = sum(f.stat().st_size for f in files)
    best = None
    for _ in range(args.runs):
        total, peak, stages = 0.0, 0.0, [0.0] * 6
        for paths, _ in processes:
            w, rss, st = run_once(paths, jobs)
            total += w
            peak = max(peak, rss)
            stages = [a + b for a, b in zip(stages, st)]
        if best is None or total < best[0]:
            best = (total, peak, stages)
    wall, peak, stages = best
    names = ["load", "structure", "claims", "document_rules", "corpus_rules", "report"]
    row = {"case": name, "jobs": jobs, "processes": len(processes), "documents": len(files),
           "mb": size / 1e6, "seconds": wall, "mb_per_s": size / 1e6 / wall,
           "docs_per_s": len(files) / wall, "peak_rss_mb": peak, "stage_cpu_ms": dict(zip(names, stages))}
    print(f"{name:13} {jobs:>4} {len(files):>7} {size / 1e6:>8.1f} {wall:>8.3f} {row['mb_per_s']:>7.2f} "
          f"{row['docs_per_s']:>8.0f} {peak:>8.0f}   " + " ".join(f"{x:>8.0f}" for x in stages), flush=True)
    return row


def replicate(n):
    """The corpus n times in a scratch folder, hard links where possible (no extra disk)."""
    target = pathlib.Path(args.scratch) / f"x{n}"
    if target.exists() and len(drafts(target)) == n * len(drafts(args.corpus)):
        return target
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for f in drafts(args.corpus):
        for k in range(n):
            dst = target / f"copy{k:02}-{f.name}"
            try:
                os.link(f, dst)
            except OSError:
                shutil.copy(f, dst)
    return target


def big_draft():
    target = pathlib.Path(args.scratch) / "draft-50mb.txt"
    if not target.exists() or target.stat().st_size < 50_000_000:
        seeds = "".join(p.read_text() for p in drafts(here / "fixtures/seeds"))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(seeds * (50_000_000 // len(seeds.encode()) + 1))
    return target


commit = subprocess.run(["git", "-C", str(here), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
dirty = subprocess.run(["git", "-C", str(here), "status", "--porcelain", "--untracked-files=no"], capture_output=True, text=True).stdout.strip()
print(f"claimlint benchmark at commit {commit}{' (with uncommitted changes)' if dirty else ''}; {os.cpu_count()} cores; best of {args.runs}")
print(f"{'case':13} {'jobs':>4} {'docs':>7} {'MB':>8} {'wall s':>8} {'MB/s':>7} {'docs/s':>8} {'RSS MB':>8}   "
      f"{'load':>8} {'struct':>8} {'claims':>8} {'docrules':>8} {'corpus':>8} {'report':>8}  (stage CPU ms)")
news = drafts(args.corpus)
clusters = {}
for f in news:
    clusters.setdefault(f.name.split("__")[0], []).append(f)


def folder(path):
    return [([path], drafts(path))]


cases = [("news-all", lambda: folder(pathlib.Path(args.corpus))),
         ("news-cluster", lambda: [(fs, fs) for fs in clusters.values()]),
         ("news-x10", lambda: folder(replicate(10)))]
if not args.quick:
    cases.append(("news-x50", lambda: folder(replicate(50))))
cases += [("draft-50mb", lambda: [([big_draft()], [big_draft()])]),
          ("seeds", lambda: folder(here / "fixtures/seeds"))]
rows = []
for name, make in cases:
    if args.cases and name not in args.cases:
        continue
    processes = make()
    for jobs in args.jobs:
        rows.append(measure(name, processes, jobs))
if args.json:
    pathlib.Path(args.json).write_text(json.dumps({"commit": commit, "dirty": bool(dirty), "rows": rows}, indent=1))
    print(f"wrote {args.json}")
