#!/usr/bin/env python3
"""Check an answer key (KEY-b.yaml, KEY-c.yaml) against the story drafts it describes.

Prints every finding and trap as file:line plus the text of that line,
asserts that each trap's `text` occurs on its line, that the clean files
carry no finding, that no line holds two findings of the same class, and
that no line is both a finding and a trap of the same class.  Also checks
the weekdays stated in the dated (Markdown) drafts with datetime.
"""
import datetime as dt
import os
import re
import sys
from collections import Counter

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))


def lines_of(rel):
    with open(os.path.join(ROOT, rel), encoding="utf-8") as fh:
        return fh.read().split("\n")


def check(key_name, stories, facts):
    """`facts`: (ISO date, weekday, what) triples the dated drafts rely on."""
    with open(os.path.join(ROOT, key_name), encoding="utf-8") as fh:
        key = yaml.safe_load(fh)
    problems = []
    cache = {}

    def line_text(rel, n):
        if rel not in cache:
            cache[rel] = lines_of(rel)
        ls = cache[rel]
        if not 1 <= n <= len(ls):
            problems.append(f"{rel}:{n} out of range")
            return ""
        return ls[n - 1]

    print("== findings")
    seen = Counter()
    for f in key["findings"]:
        txt = line_text(f["file"], f["line"])
        print(f"{f['file']}:{f['line']} [{f['class']}/{f['tier']}] {f['note']}\n    | {txt}")
        if not txt.strip():
            problems.append(f"finding on blank line {f['file']}:{f['line']}")
        seen[(f["file"], f["line"], f["class"])] += 1
        # each draft:line named in the note must exist and be non-blank
        story = f["file"].split("/")[0]
        drafts = {os.path.basename(p).split("-")[0]: f"{story}/{p}" for p in os.listdir(os.path.join(ROOT, story))}
        for d, n in re.findall(r"\b([a-z]\d):(\d+)", f["note"]):
            if d not in drafts:
                problems.append(f"note names unknown draft {d} in {f['file']}:{f['line']}")
            elif not line_text(drafts[d], int(n)).strip():
                problems.append(f"note names blank line {d}:{n} in {f['file']}:{f['line']}")
    for k, c in seen.items():
        if c > 1:
            problems.append(f"two findings of one class on one line: {k}")

    print("== traps")
    for t in key["traps"]:
        txt = line_text(t["file"], t["line"])
        ok = t["text"] in txt
        print(f"{t['file']}:{t['line']} [{t['class']}] {'OK ' if ok else 'MISSING'} {t['text']!r}\n    | {txt}")
        if not ok:
            problems.append(f"trap text not on its line: {t['file']}:{t['line']} {t['text']!r}")
        if (t["file"], t["line"], t["class"]) in seen:
            problems.append(f"line is both finding and trap of one class: {t['file']}:{t['line']} {t['class']}")

    print("== clean files")
    for c in key.get("clean_files", []):
        n = sum(1 for f in key["findings"] if f["file"] == c)
        print(c, "findings:", n)
        if n:
            problems.append(f"clean file has findings: {c}")

    print("== counts")
    print("findings", len(key["findings"]), dict(Counter(f["class"] for f in key["findings"])))
    print("traps", len(key["traps"]), dict(Counter(t["class"] for t in key["traps"])))

    # weekday facts used in the dated drafts (event date, weekday named in the text)
    print("== weekdays")
    for d, wd, what in facts:
        real = dt.date.fromisoformat(d).strftime("%A")
        print(d, wd, real, what)
        if real != wd:
            problems.append(f"weekday wrong: {d} is {real}, not {wd}")

    def is_row(x):
        # list items, GFM rows, and plain-text rows without a leading pipe (`Col | Col |`, `---|---|`)
        return x.startswith(("|", "- ")) or x.rstrip().endswith("|")

    # every paragraph is one line: no line in a draft may be followed by a non-blank
    # continuation line, except front matter, table rows and list items
    for story in stories:
        for name in sorted(os.listdir(os.path.join(ROOT, story))):
            ls = lines_of(f"{story}/{name}")
            body_start = 0
            if ls[0] == "---":
                body_start = ls.index("---", 1) + 1
            for i in range(body_start, len(ls) - 1):
                a, b = ls[i], ls[i + 1]
                if a.strip() and b.strip() and not (is_row(a) and is_row(b)):
                    problems.append(f"possible wrapped paragraph {story}/{name}:{i + 1}")

    if problems:
        print("== PROBLEMS")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("== all checks passed")

