#!/usr/bin/env python3
"""The archive at scale (issue: stories and the archive): builds a synthetic archive of N
articles by replicating the news corpus with renamed people, places and figures (so name keys
do not collapse into a few hot ones), then measures

  build      `claimlint archive add` over all of it: wall time, MB/s, peak RSS, database size
             per article;
  check      `claimlint check --archive` of the five seed drafts, of one 5-draft story (a
             news cluster left out of the archive) and of a 5-draft story whose other articles
             are archived (so archived articles join and are compared): p50 and p95 wall time
             over --runs runs,
             warm cache, and cold cache when the page cache can be dropped (root); peak RSS.

Replica r renames every capitalised word after a sentence's first ("Obama" -> "Obamaqb"),
shifts every figure by r and the publication date by 3r days. Replica 0 is the corpus itself.

Usage: bench/archive.py [--claimlint build/claimlint] [--corpus ../shared/corpora/news]
                        [--scratch /tmp/claimlint-archive] [--articles 100000] [--runs 50]
                        [--json OUT]
Not part of ctest: timings belong in a benchmark.
"""
import argparse, datetime, json, os, pathlib, re, resource, shutil, statistics, subprocess, \
    sys, time

here = pathlib.Path(__file__).resolve().parents[1]
ap = argparse.ArgumentParser()
ap.add_argument("--claimlint", default=str(here / "build/claimlint"))
ap.add_argument("--corpus", default=str(here.parent / "shared/corpora/news"))
ap.add_argument("--scratch", default="/tmp/claimlint-archive")
ap.add_argument("--articles", type=int, default=100000)
ap.add_argument("--runs", type=int, default=50)
ap.add_argument("--keep", action="store_true", help="reuse an archive already built in --scratch")
ap.add_argument("--json", default="")
args = ap.parse_args()
binary = os.path.abspath(args.claimlint)

corpus = sorted(pathlib.Path(args.corpus).glob("*.txt"))
if not corpus:
    sys.exit(f"no articles in {args.corpus}")
clusters = {}
for f in corpus:
    clusters.setdefault(f.name.split("__")[0], []).append(f)
# The 5-draft story: the first cluster with five dated articles, left out of the archive.
story = next(sorted(v)[:5] for k, v in sorted(clusters.items())
             if len(v) >= 5 and all("\ndate:" in p.read_text()[:400] for p in v[:5]))
# A 5-draft story whose other articles are in the archive: five articles of the first cluster
# with at least 12, the rest of which are archived (the archive joins and compares).
rich = next(sorted(v)[:5] for k, v in sorted(clusters.items()) if len(v) >= 12)
story_names = {p.name for p in story} | {p.name for p in rich}

CAP = re.compile(r"(?<=[a-z,;:] )([A-Z][a-z]{2,})\b")
NUM = re.compile(r"\b\d+\b")
DATE = re.compile(r"^date: (\d{4}-\d\d-\d\d)$", re.M)


def suffix(r):
    s = ""
    while r:
        r, d = divmod(r, 26)
        s += "abcdefghijklmnopqrstuvwxyz"[d]
    return s


def replica(text, r):
    if r == 0:
        return text
    sfx = suffix(r)
    head, sep, body = text.partition("\n---\n") if text.startswith("---\n") else ("", "", text)
    body = CAP.sub(lambda m: m.group(1) + sfx, body)
    body = NUM.sub(lambda m: str(int(m.group(0)) + r) if len(m.group(0)) < 4 else m.group(0), body)
    def shift(m):
        d = datetime.date.fromisoformat(m.group(1)) + datetime.timedelta(days=3 * r)
        return f"date: {d.isoformat()}"
    return DATE.sub(shift, head) + sep + body


def run(cmd, **kw):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    return time.perf_counter() - t0, p


scratch = pathlib.Path(args.scratch)
db = scratch / f"archive-{args.articles}.db"
results = {"articles": args.articles}
if not (args.keep and db.exists()):
    shutil.rmtree(scratch, ignore_errors=True)
    src = scratch / "articles"
    src.mkdir(parents=True)
    base = [(f, f.read_text(encoding="utf-8")) for f in corpus if f.name not in story_names]
    written, nbytes, r = 0, 0, 0
    while written < args.articles:
        folder = src / f"r{r:04}"
        folder.mkdir()
        for f, text in base:
            if written == args.articles:
                break
            out = replica(text, r)
            if "\ndate:" not in out[:400]:  # undated articles get a date: the archive needs one
                out = out.replace("---\n", f"---\ndate: {2020 + r % 6}-0{1 + r % 9}-1{r % 9}\n", 1)
                if not out.startswith("---\n"):
                    out = f"---\ndate: {2020 + r % 6}-0{1 + r % 9}-1{r % 9}\n---\n" + out
            (folder / f.name).write_text(out, encoding="utf-8")
            nbytes += len(out.encode())
            written += 1
        r += 1
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    wall, p = run([binary, "archive", "add", "--quiet", "--archive", str(db), str(src)])
    if p.returncode != 0:
        sys.exit(f"archive add failed: {p.stderr[-2000:]}")
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    size = db.stat().st_size + (os.path.getsize(str(db) + "-wal") if os.path.exists(str(db) + "-wal") else 0)
    results.update(build_seconds=round(wall, 2), build_mb=round(nbytes / 1e6, 1),
                   build_mb_per_s=round(nbytes / 1e6 / wall, 2),
                   build_articles_per_s=round(args.articles / wall, 1),
                   build_peak_rss_mb=round(max(rss, before) / 1024, 1),
                   db_mb=round(size / 1e6, 1), db_kb_per_article=round(size / 1e3 / args.articles, 2))
    shutil.rmtree(src)
    print(f"build: {args.articles} articles, {nbytes / 1e6:.1f} MB in {wall:.1f} s "
          f"({nbytes / 1e6 / wall:.2f} MB/s, {args.articles / wall:.0f} articles/s), "
          f"database {size / 1e6:.1f} MB ({size / 1e3 / args.articles:.2f} KB per article)")


def drop_caches():
    try:
        subprocess.run(["sync"], check=True)
        with open("/proc/sys/vm/drop_caches", "w") as f:
            f.write("3\n")
        return True
    except OSError:
        return False


story_dir = scratch / "story"
shutil.rmtree(story_dir, ignore_errors=True)
story_dir.mkdir(parents=True)
for p in story:
    shutil.copy(p, story_dir / p.name)
rich_dir = scratch / "story-archived"
shutil.rmtree(rich_dir, ignore_errors=True)
rich_dir.mkdir(parents=True)
for p in rich:
    shutil.copy(p, rich_dir / p.name)
cases = {"seeds": str(here / "fixtures/seeds"), "story-5": str(story_dir),
         "story-5-archived": str(rich_dir)}
for name, path in cases.items():
    cmd = [binary, "--format", "json", "--fail-on", "never", "--no-config", "--archive", str(db), path]
    times = []
    for _ in range(args.runs):
        t, p = run(cmd)
        if p.returncode == 2:
            sys.exit(f"check failed: {p.stderr[-2000:]}")
        times.append(t)
    times.sort()
    p50, p95 = statistics.median(times), times[max(0, int(round(0.95 * len(times))) - 1)]
    findings = len(json.loads(p.stdout)["diagnostics"])
    cold = []
    for _ in range(min(5, args.runs)):
        if not drop_caches():
            break
        cold.append(run(cmd)[0])
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    results[name] = {"p50_ms": round(p50 * 1e3, 1), "p95_ms": round(p95 * 1e3, 1),
                     "cold_ms": round(statistics.median(cold) * 1e3, 1) if cold else None,
                     "findings": findings}
    print(f"check {name}: p50 {p50 * 1e3:.1f} ms, p95 {p95 * 1e3:.1f} ms over {args.runs} runs"
          f" (warm); cold {statistics.median(cold) * 1e3:.1f} ms" if cold else
          f"check {name}: p50 {p50 * 1e3:.1f} ms, p95 {p95 * 1e3:.1f} ms over {args.runs} runs"
          f" (warm); cold cache not measured (cannot drop the page cache)")
# Peak RSS of the checks alone: one more run measured with GNU time.
peak = 0
for path in cases.values():
    p = subprocess.run(["/usr/bin/time", "-f", "%M", binary, "--format", "json", "--fail-on",
                        "never", "--no-config", "--archive", str(db), path],
                       capture_output=True, text=True)
    try:
        peak = max(peak, int(p.stderr.strip().splitlines()[-1]))
    except (ValueError, IndexError):
        pass
results["check_peak_rss_mb"] = round(peak / 1024, 1)
print(f"check peak RSS: {peak / 1024:.1f} MB; story: {', '.join(sorted(story_names))}")
if args.json:
    pathlib.Path(args.json).write_text(json.dumps(results, indent=1) + "\n")
