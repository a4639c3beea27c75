#!/usr/bin/env python3
"""Real-text regression check for the document rules: runs claimlint over the articles of
../shared/corpora/news/ whose front matter says `text: original`, prints findings per rule per
100 articles beside the numbers committed in docs/accuracy.md, and the reviewed fixed sample's
precision from tests/accuracy/news_verdicts.tsv.

It fails (exit 1) when
  * the document findings per article exceed the bar (0.2), or
  * a rule has more findings than committed by more than max(3, 10%), or
  * a finding of the fixed sample has no verdict (review it, add the line, commit).
Without the corpus it says so and exits 77 (the test suite reports it as skipped).

The sample: for each rule, the --sample findings (15) with the smallest SHA-256 of "SEED:rule:file
name:offset" (a fixed, stable sample: a new or lost finding changes at most one pick). Verdicts are stored by file name, byte offset and
rule only (the corpus is internal test data: its text is never copied into this repository):
  <rule> TAB <file name> TAB <offset> TAB real|wrong TAB <reason, in our own words>

Usage: tests/accuracy/news_precision.py [--claimlint build/claimlint] [--corpus DIR]
                                        [--sample 15] [--show-unreviewed] [--write-unreviewed F]
"""
import argparse, collections, hashlib, json, pathlib, re, subprocess, sys

SEED = 20261202
BAR = 0.2
here = pathlib.Path(__file__).resolve().parents[2]
ap = argparse.ArgumentParser()
ap.add_argument("--claimlint", default=str(here / "build/claimlint"))
ap.add_argument("--corpus", default=str(here.parent / "shared/corpora/news"))
ap.add_argument("--sample", type=int, default=15)
ap.add_argument("--verdicts", default=str(here / "tests/accuracy/news_verdicts.tsv"))
ap.add_argument("--doc", default=str(here / "docs/accuracy.md"))
ap.add_argument("--show-unreviewed", action="store_true",
                help="print the sample findings without a verdict, with their context")
args = ap.parse_args()

corpus = pathlib.Path(args.corpus)
if not corpus.is_dir():
    print(f"news_precision: no corpus at {corpus}: skipped")
    sys.exit(77)
files = [f for f in sorted(corpus.glob("*.txt"))
         if "\ntext: original" in f.read_text(encoding="utf-8", errors="replace")[:2000]]
out = subprocess.run([args.claimlint, "--format", "json", "--fail-on", "never", "--no-config",
                      *map(str, files)], capture_output=True, text=True)
if out.returncode not in (0, 1):
    sys.exit(f"news_precision: claimlint failed ({out.returncode}): {out.stderr[:500]}")
by_rule = collections.defaultdict(list)
for d in json.loads(out.stdout)["diagnostics"]:
    if not d["rule"].startswith("claims/"):  # cross-draft rules: tests/accuracy/corpus_claims.py
        by_rule[d["rule"]].append(d)
n = len(files)

# The committed table: | rule | ... | findings | ... |, the column headed exactly "findings".
committed = {}
section = pathlib.Path(args.doc).read_text(encoding="utf-8").split("## Real news", 1)[-1]
section = section.split("\n## ", 1)[0]
column = None
for line in section.splitlines():
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if column is None and "findings" in cells:
        column = cells.index("findings")
        continue
    m = re.fullmatch(r"`([a-z]+/[a-z-]+)`", cells[0]) if column is not None else None
    if m and len(cells) > column and cells[column].isdigit():
        committed.setdefault(m.group(1), int(cells[column]))

verdicts = {}
path = pathlib.Path(args.verdicts)
if path.exists():
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rule, name, offset, verdict, *_ = line.split("\t")
        verdicts[(rule, name, int(offset))] = verdict

def sample(rule):
    # The findings with the smallest seeded hashes of (rule, file name, offset): a stable
    # sample, so one finding more or less changes at most one pick, and verdicts stay valid.
    def rank(d):
        k = f"{SEED}:{rule}:{pathlib.Path(d['file']).name}:{d['range']['start']['offset']}"
        return hashlib.sha256(k.encode()).hexdigest()
    return sorted(by_rule[rule], key=rank)[:args.sample]

def key(rule, d):
    return (rule, pathlib.Path(d["file"]).name, d["range"]["start"]["offset"])

total = sum(len(v) for v in by_rule.values())
problems, unreviewed = [], []
print(f"{n} articles (text: original), {total} document findings, {total / n:.3f} per article "
      f"(bar {BAR})")
print(f"{'rule':26} {'findings':>8} {'committed':>9} {'per 100':>8} {'sample real':>12}")
real_all = judged_all = 0
for rule in sorted(set(by_rule) | set(committed)):
    count = len(by_rule.get(rule, []))
    was = committed.get(rule)
    real = judged = 0
    for d in sample(rule) if rule in by_rule else []:
        v = verdicts.get(key(rule, d))
        if v is None:
            unreviewed.append((rule, d))
            continue
        judged += 1
        real += v == "real"
    real_all += real
    judged_all += judged
    share = f"{real}/{judged}" if judged else "-"
    print(f"{rule:26} {count:8} {'-' if was is None else was:>9} {100 * count / n:8.2f} {share:>12}")
    if was is not None and count > was + max(3, was // 10):
        problems.append(f"{rule}: {count} findings, {was} committed in docs/accuracy.md")
    if was is None and count > 3:
        problems.append(f"{rule}: {count} findings and no committed number in docs/accuracy.md")
print(f"{'all':26} {total:8} {sum(committed.values()):9} {100 * total / n:8.2f} "
      f"{real_all}/{judged_all}")
if total / n > BAR:
    problems.append(f"{total / n:.3f} document findings per article, over the bar of {BAR}")
if unreviewed:
    problems.append(f"{len(unreviewed)} sample findings have no verdict in {path.name} "
                    "(run with --show-unreviewed)")
    if args.show_unreviewed:
        texts = {}
        for rule, d in unreviewed:
            b = texts.setdefault(d["file"], pathlib.Path(d["file"]).read_bytes())
            s, e = d["range"]["start"]["offset"], d["range"]["end"]["offset"]
            ctx = (b[max(0, s - 80):s].decode("utf-8", "replace") + "[[" +
                   b[s:e].decode("utf-8", "replace") + "]]" +
                   b[e:e + 80].decode("utf-8", "replace")).replace("\n", " ")
            print(f"{rule}\t{pathlib.Path(d['file']).name}\t{s}\t?\t{d['message']}\n    {ctx}")
for p in problems:
    print("FAIL:", p)
sys.exit(1 if problems else 0)
