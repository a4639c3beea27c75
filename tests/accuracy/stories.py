#!/usr/bin/env python3
"""Cross-draft accuracy on multi-draft stories with an answer key: runs
../shared/stories/score.py (not copied) on the development set ../shared/stories/ and on this
repository's own stories (tests/accuracy/stories/, written for other domains from a brief, with
KEY.yaml), per story folder and all folders in one run, and prints each score table.

Usage: tests/accuracy/stories.py [--claimlint build/claimlint] [--verbose]
"""
import argparse, pathlib, subprocess, sys

here = pathlib.Path(__file__).resolve().parents[2]
ap = argparse.ArgumentParser()
ap.add_argument("--claimlint", default=str(here / "build/claimlint"))
ap.add_argument("--verbose", action="store_true")
args = ap.parse_args()

score = here.parent / "shared/stories/score.py"
if not score.exists():
    sys.exit(f"{score} not found: ../shared must sit beside the checkout")
sets = [("development set (../shared/stories)", here.parent / "shared/stories"),
        ("own stories (tests/accuracy/stories)", here / "tests/accuracy/stories")]
for name, folder in sets:
    print(f"### {name}")
    cmd = [sys.executable, str(score), args.claimlint, "--stories", str(folder), "--mode", "both"]
    if args.verbose:
        cmd.append("--verbose")
    out = subprocess.run(cmd, capture_output=True, text=True)
    print(out.stdout, end="")
    if out.returncode:
        print(out.stderr, file=sys.stderr)
        sys.exit(out.returncode)
