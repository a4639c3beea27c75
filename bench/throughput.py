#!/usr/bin/env python3
"""Throughput of claimlint on a folder of drafts: MB/s and documents/s, best of N runs.

Usage: bench/throughput.py [--claimlint build/claimlint] [--corpus ../shared/corpora/news]
                           [--mode check|claims] [--jobs 1 2] [--runs 3] [--json OUT]

`check` runs every default rule; `claims` runs claim extraction only (`claimlint claims`).
Reported time is wall-clock for the whole process, start-up and rule loading included.
"""
import argparse, json, pathlib, subprocess, time

here = pathlib.Path(__file__).resolve().parents[1]
ap = argparse.ArgumentParser()
ap.add_argument("--claimlint", default=str(here / "build/claimlint"))
ap.add_argument("--corpus", default=str(here.parent / "shared/corpora/news"))
ap.add_argument("--mode", choices=["check", "claims"], nargs="+", default=["check", "claims"])
ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
ap.add_argument("--runs", type=int, default=3)
ap.add_argument("--json", default="")
args = ap.parse_args()

files = [p for p in pathlib.Path(args.corpus).rglob("*") if p.suffix in (".txt", ".md", ".markdown")]
size = sum(p.stat().st_size for p in files)
rows = []
print(f"corpus: {args.corpus}: {len(files)} documents, {size / 1e6:.2f} MB")
print(f"{'mode':8} {'jobs':>4} {'best s':>8} {'MB/s':>8} {'docs/s':>9}")
for mode in args.mode:
    for jobs in args.jobs:
        cmd = [args.claimlint] + (["claims", "--format", "jsonl"] if mode == "claims" else ["--format", "json", "--fail-on", "never"])
        cmd += ["--jobs", str(jobs), args.corpus]
        best = None
        for _ in range(args.runs):
            t0 = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            dt = time.perf_counter() - t0
            best = dt if best is None else min(best, dt)
        rows.append({"mode": mode, "jobs": jobs, "seconds": best, "mb_per_s": size / 1e6 / best,
                     "docs_per_s": len(files) / best, "documents": len(files), "bytes": size})
        print(f"{mode:8} {jobs:4} {best:8.3f} {size / 1e6 / best:8.2f} {len(files) / best:9.0f}")
if args.json:
    pathlib.Path(args.json).write_text(json.dumps(rows, indent=1))
