#!/usr/bin/env python3
"""Sanity check for KEY-a.yaml (stories: wildfire, drug-recall, port-strike, tennis-final)."""
import datetime as dt
import os
import re
import sys
from collections import Counter, defaultdict

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
STORIES = ["wildfire", "drug-recall", "port-strike", "tennis-final"]

with open(os.path.join(ROOT, "KEY-a.yaml"), encoding="utf-8") as fh:
    key = yaml.safe_load(fh)

cache = {}


def lines_of(rel):
    if rel not in cache:
        with open(os.path.join(ROOT, rel), encoding="utf-8") as fh:
            cache[rel] = fh.read().split("\n")
    return cache[rel]


def line(rel, n):
    ls = lines_of(rel)
    assert 1 <= n <= len(ls), f"{rel}:{n} out of range"
    return ls[n - 1]


# map short draft ids (w1, d2, ...) to files, for note references
short = {}
for s in STORIES:
    for f in sorted(os.listdir(os.path.join(ROOT, s))):
        short[f[:2]] = f"{s}/{f}"

errors = []
seen = defaultdict(set)  # (file, line) -> {("finding"|"trap", class)}

print("=== findings ===")
for e in key["findings"]:
    rel, n, cls = e["file"], e["line"], e["class"]
    assert rel.split("/")[0] in STORIES, rel
    txt = line(rel, n)
    print(f"{rel}:{n} [{cls}/{e['tier']}] {txt}")
    print(f"    note: {e['note']}")
    for ref_d, ref_n in re.findall(r"\b([wdpt][1-4]):(\d+)", e["note"]):
        print(f"      {ref_d}:{ref_n} -> {line(short[ref_d], int(ref_n))}")
    if not txt.strip():
        errors.append(f"blank finding line {rel}:{n}")
    if ("finding", cls) in seen[(rel, n)]:
        errors.append(f"two findings of class {cls} on {rel}:{n}")
    seen[(rel, n)].add(("finding", cls))
    assert e["scope"] == "corpus" and e["tier"] in ("core", "stretch")

print("\n=== traps ===")
for e in key["traps"]:
    rel, n, cls = e["file"], e["line"], e["class"]
    txt = line(rel, n)
    print(f"{rel}:{n} [{cls}] {txt}")
    if e["text"] not in txt:
        errors.append(f"trap text {e['text']!r} not on {rel}:{n}")
    if ("finding", cls) in seen[(rel, n)]:
        errors.append(f"{rel}:{n} is both a finding and a trap of class {cls}")
    seen[(rel, n)].add(("trap", cls))

clean = key.get("clean_files") or []
for c in clean:
    if any(e["file"] == c for e in key["findings"]):
        errors.append(f"clean file {c} has findings")

# ties: exactly one pair, notes start with "tie"
ties = [e for e in key["findings"] if e["note"].startswith("tie")]
if len(ties) != 2:
    errors.append(f"expected exactly 2 tie entries, got {len(ties)}")

# weekday facts stated in the dated drafts
weekday_facts = [
    ("2025-08-14", "Thursday"), ("2025-08-12", "Tuesday"), ("2025-08-13", "Wednesday"),
    ("2025-08-16", "Saturday"), ("2025-08-18", "Monday"), ("2025-08-15", "Friday"),
    ("2025-03-04", "Tuesday"), ("2025-03-03", "Monday"), ("2025-03-07", "Friday"),
    ("2025-03-12", "Wednesday"), ("2025-03-10", "Monday"),
]
for d, wd in weekday_facts:
    got = dt.date.fromisoformat(d).strftime("%A")
    if got != wd:
        errors.append(f"{d} is {got}, not {wd}")
# elapsed-time facts
assert (dt.date(2025, 8, 14) - dt.date(2025, 8, 12)).days + 1 == 3   # third day
assert (dt.date(2025, 8, 16) - dt.date(2025, 8, 12)).days + 1 == 5   # fifth day
assert (dt.date(2025, 8, 18) - dt.date(2025, 8, 12)).days + 1 == 7   # w4 says ninth (planted)
assert (dt.date(2025, 3, 12) - dt.date(2025, 3, 4)).days > 7          # "more than a week"

# every story line is one paragraph: no line of a draft wraps mid-sentence
for s in STORIES:
    for f in sorted(os.listdir(os.path.join(ROOT, s))):
        for i, l in enumerate(lines_of(f"{s}/{f}"), 1):
            if l != l.rstrip():
                errors.append(f"trailing whitespace {s}/{f}:{i}")

print("\n=== summary ===")
print("findings per class:", dict(Counter(e["class"] for e in key["findings"])))
print("traps per class:", dict(Counter(e["class"] for e in key["traps"])))
print("findings per story:", dict(Counter(e["file"].split("/")[0] for e in key["findings"])))
print("traps per story:", dict(Counter(e["file"].split("/")[0] for e in key["traps"])))
print("clean files:", clean)
if errors:
    print("\nERRORS:")
    for x in errors:
        print("  " + x)
    sys.exit(1)
print("OK")
