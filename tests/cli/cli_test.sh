#!/usr/bin/env bash
# CLI end-to-end tests: exit codes, formats and bad input, run as a user runs claimlint.
# Usage: tests/cli/cli_test.sh --list | CLAIMLINT CASE   (run from the repository root)
set -u

cases=(
  version help no-arguments unknown-option bad-option-value
  missing-file invalid-utf8 binary-file empty-file folder-without-drafts
  other-files-still-checked stdin stdin-markdown crlf-and-bom
  fail-on json-is-valid jobs-deterministic color-always no-color-env
  large-file file-size-limit as-of-invalid front-matter-error
  rules-list rules-test rules-test-broken-example broken-rule-file unknown-rule-folder
  user-rules-override stats long-digit-run
  sarif-format github-format exit-codes-every-format stats-per-rule
  config-walks-up config-explicit-and-disabled config-errors config-include-exclude
  config-lists-as-of-fail-on directives directive-unknown-rule
  stories-command stories-config-globs stories-config-folders stories-config-errors
  archive-lifecycle archive-needs-date archive-not-an-archive archive-newer-schema
  archive-corrupt archive-damaged archive-sigkill archive-reader-while-writing archive-config
  archive-usage
  baseline-write-and-use baseline-survives-line-shifts baseline-strict baseline-broken
  hostile-100mb-one-line hostile-many-tiny-files hostile-deep-html hostile-wide-table
  hostile-alias-bomb hostile-million-entry-list hostile-bad-utf8 hostile-long-line-findings
  fix-seeds fix-dry-run-matches-fix fix-usage changed-since changed-since-errors
  github-summary-annotation pre-commit-hook action-commands rules-group-folder
)
if [ "${1:-}" = "--list" ]; then printf '%s\n' "${cases[@]}"; exit 0; fi

bin=$1 case=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
out="$tmp/stdout" err="$tmp/stderr"

run() { "$bin" "$@" > "$out" 2> "$err"; code=$?; }
fail() { echo "FAIL [$case]: $*" >&2; echo "--- stdout"; head -c 3000 "$out"; echo "--- stderr"; head -c 3000 "$err"; exit 1; }
expect_code() { [ "$code" = "$1" ] || fail "exit code $code, expected $1"; }
expect_out() { grep -qF -- "$1" "$out" || fail "stdout lacks: $1"; }
expect_err() { grep -qF -- "$1" "$err" || fail "stderr lacks: $1"; }
# N dated synthetic articles in DIR, for archive tests that need a long-running writer.
many_articles() {
  python3 - "$1" "$2" <<'PY'
import os, sys
os.makedirs(sys.argv[1])
for i in range(int(sys.argv[2])):
    with open(os.path.join(sys.argv[1], f"a{i:05}.md"), "w") as f:
        f.write(f"---\ndate: 2026-03-{1 + i % 28:02}\n---\n# Story {i}\n\n" +
                f"Councillor Aurel Vantrel{i} of Kestrelford said {i} homes were sold. " * 40 + "\n")
PY
}
expect_no_out() { ! grep -qF -- "$1" "$out" || fail "stdout should not contain: $1"; }

seed=fixtures/seeds/003_98ce401f454c016d.txt

case $case in
version)
  run --version; expect_code 0; grep -qE '^claimlint [0-9]+\.[0-9]+\.[0-9]+$' "$out" || fail "bad version line" ;;
help)
  run --help; expect_code 0; expect_out "Usage:"; expect_out "Exit codes:"; expect_out "Examples:" ;;
no-arguments)
  run; expect_code 2; expect_err "claimlint: error: no input" ;;
unknown-option)
  run --frobnicate x.txt; expect_code 2; expect_err "unknown option '--frobnicate'" ;;
bad-option-value)
  run --fail-on sometimes $seed; expect_code 2; expect_err "unknown --fail-on 'sometimes'"
  run --format xml $seed; expect_code 2; expect_err "unknown --format 'xml'" ;;
missing-file)
  run "$tmp/nope.md"; expect_code 2; expect_err "$tmp/nope.md: error: no such file or folder" ;;
invalid-utf8)
  printf 'Line one.\nKyiv \xe2\x28\xa1 said.\n' > "$tmp/latin.txt"
  run "$tmp/latin.txt"; expect_code 2
  expect_err "$tmp/latin.txt:2:6: error: invalid UTF-8 at byte offset 15 (line 2, column 6): truncated multi-byte sequence (byte 0xE2)" ;;
binary-file)
  printf 'PK\x03\x04\x00\x00binary' > "$tmp/archive.txt"
  run "$tmp/archive.txt"; expect_code 2; expect_err "binary file (NUL byte at byte offset 4); not a text draft" ;;
empty-file)
  : > "$tmp/empty.md"
  run "$tmp/empty.md"; expect_code 0; expect_err "$tmp/empty.md: note: file is empty; nothing to check"
  expect_out "No problems found in 1 file." ;;
folder-without-drafts)
  mkdir "$tmp/d"; echo '{}' > "$tmp/d/data.json"
  run "$tmp/d"; expect_code 2; expect_err "no drafts found in this folder (looked for *.md, *.markdown and *.txt)" ;;
other-files-still-checked)
  printf 'bad \xff byte\n' > "$tmp/a.txt"; printf 'Talks ended.The envoy left.\n' > "$tmp/b.txt"
  run "$tmp/a.txt" "$tmp/nope.txt" "$tmp/b.txt"; expect_code 2
  expect_err "a.txt:1:5: error: invalid UTF-8"; expect_err "nope.txt: error: no such file or folder"
  expect_out "b.txt:1:12: warning: missing space after '.' [prose/missing-space]"
  expect_out "2 inputs could not be checked."
  run --format json "$tmp/a.txt" "$tmp/b.txt"; expect_code 2
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["summary"]["input_errors"]==1 and d["input_errors"][0]["offset"]==4 and d["summary"]["warnings"]==1, d' "$out" || fail "json input_errors" ;;
stdin)
  printf 'Talks ended.The envoy left.\n' | "$bin" --stdin-filename desk/story.txt - > "$out" 2> "$err"; code=$?
  expect_code 1; expect_out "desk/story.txt:1:12: warning: missing space after '.'"
  printf 'Talks ended.\n' | "$bin" - > "$out" 2> "$err"; code=$?
  expect_code 0; expect_out "No problems found in 1 file." ;;
stdin-markdown)
  # In Markdown, fenced code is skipped; as plain text the same line is flagged.
  printf 'Title\n\n```\ncode.The end\n```\n' | "$bin" --stdin-filename s.md - > "$out" 2> "$err"; code=$?
  expect_code 0
  printf 'Title\n\n```\ncode.The end\n```\n' | "$bin" --stdin-filename s.txt - > "$out" 2> "$err"; code=$?
  expect_code 1 ;;
crlf-and-bom)
  printf '\xef\xbb\xbfHeadline\r\nThe war \xe2\x80\x94 \xe2\x82\xac5.The end.\r\n' > "$tmp/w.txt"
  run --format json "$tmp/w.txt"; expect_code 1
  python3 - "$out" <<'PY' || fail "crlf/bom positions"
import json, sys
d = json.load(open(sys.argv[1]))["diagnostics"][0]["range"]["start"]
assert (d["line"], d["column"], d["column_utf8"], d["column_utf16"]) == (2, 13, 17, 13), d
PY
  ;;
fail-on)
  run --fail-on error $seed; expect_code 0; expect_out "warning:"
  run --fail-on never $seed; expect_code 0
  run --fail-on warning $seed; expect_code 1
  run --fail-on info $seed; expect_code 1
  run --fail-on info fixtures/seeds/001_9b78df977174b10a.txt; expect_code 0 ;;
json-is-valid)
  run --format json fixtures/seeds; expect_code 1
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["version"]==1 and len(d["files"])==5 and d["summary"]["diagnostics"]==len(d["diagnostics"])>0' "$out" || fail "invalid json" ;;
jobs-deterministic)
  mkdir "$tmp/many"
  for i in $(seq 1 40); do cp fixtures/seeds/00$((i % 5))_*.txt "$tmp/many/f$i.txt"; done
  "$bin" --format json -j 1 "$tmp/many" > "$tmp/j1"; "$bin" --format json -j 2 "$tmp/many" > "$tmp/j2"
  "$bin" --format json -j 16 "$tmp/many" > "$tmp/j16"
  cmp -s "$tmp/j1" "$tmp/j2" || fail "-j1 and -j2 differ"; cmp -s "$tmp/j1" "$tmp/j16" || fail "-j1 and -j16 differ"
  "$bin" --color never -j 1 "$tmp/many" > "$tmp/t1"; "$bin" --color never -j 2 "$tmp/many" > "$tmp/t2"
  cmp -s "$tmp/t1" "$tmp/t2" || fail "text output differs across --jobs"; code=0 ;;
color-always)
  run --color always $seed; expect_code 1; grep -q $'\x1b\[' "$out" || fail "no color codes" ;;
no-color-env)
  NO_COLOR=1 "$bin" --color auto $seed > "$out" 2> "$err"; code=$?
  expect_code 1; ! grep -q $'\x1b\[' "$out" || fail "color despite NO_COLOR"
  NO_COLOR=1 "$bin" --color always $seed > "$out" 2> "$err"; code=$?
  grep -q $'\x1b\[' "$out" || fail "--color always must win over NO_COLOR" ;;
large-file)
  # A 50 MB draft (the seeds repeated) is checked, not refused, and finishes.
  python3 -c 'import sys; t=open(sys.argv[1]).read(); open(sys.argv[2],"w").write(t*(50_000_000//len(t)+1))' \
    fixtures/seeds/000_eeec23bd9742c3e3.txt "$tmp/big.txt"
  run --quiet --fail-on never "$tmp/big.txt"; expect_code 0; expect_out "big.txt:" ;;
file-size-limit)
  head -c 2000 /dev/zero | tr '\0' 'a' > "$tmp/big.txt"
  run --max-file-size 1000 "$tmp/big.txt"; expect_code 2
  expect_err "file is too large (2000 bytes; the limit is 1000 bytes, set with --max-file-size)" ;;
as-of-invalid)
  run --as-of 2025-02-30 $seed; expect_code 2; expect_err "--as-of '2025-02-30' is not a valid date" ;;
front-matter-error)
  printf -- '---\ntitle: x\ndate: 2025-02-30\n---\nBody.\n' > "$tmp/fm.md"
  run "$tmp/fm.md"; expect_code 1
  expect_out "fm.md:3:7: error: front matter 'date' must be a date as YYYY-MM-DD, not '2025-02-30' [input/front-matter]" ;;
rules-list)
  run rules; expect_code 0; expect_out "prose/missing-space" ;;
rules-test)
  run rules --test; expect_code 0; grep -qE '^[0-9]+ rules, [0-9]+ examples: [0-9]+ passed, 0 failed$' "$out" || fail "summary" ;;
rules-test-broken-example)
  mkdir -p "$tmp/r/house"
  cat > "$tmp/r/house/space.yaml" <<'YAML'
kind: missing-space
message: "space after '{punct}'"
description: a rule whose example is wrong on purpose
examples:
  bad:
    - "Nothing wrong here."
YAML
  run rules --test "$tmp/r"; expect_code 1
  expect_err "$tmp/r/house/space.yaml:6: error: [house/space] bad example not flagged: \"Nothing wrong here.\""
  grep -qE ' 1 failed$' "$out" || fail "summary should count 1 failure" ;;
broken-rule-file)
  mkdir -p "$tmp/r/house"
  printf 'kind: missing-space\nseverity: loud\nmessage: m\ndescription: d\nfoo: 1\n' > "$tmp/r/house/x.yaml"
  run --rules "$tmp/r" $seed; expect_code 2
  expect_err "$tmp/r/house/x.yaml:2:11: error: severity must be error, warning or info, not 'loud'"
  expect_err "$tmp/r/house/x.yaml:5:1: error: unknown key 'foo' for a rule of kind 'missing-space'"
  expect_err "problems in rule files; nothing was checked" ;;
unknown-rule-folder)
  run --rules "$tmp/none" $seed; expect_code 2; expect_err "rule folder does not exist" ;;
user-rules-override)
  mkdir -p "$tmp/r/prose"
  printf 'kind: missing-space\nseverity: error\nmessage: "house style: space after {punct}"\ndescription: d\n' > "$tmp/r/prose/missing-space.yaml"
  run --rules "$tmp/r" $seed; expect_code 1; expect_out "error: house style: space after . [prose/missing-space]" ;;
stats)
  run --stats --quiet fixtures/seeds; expect_code 1
  grep -qE '^claimlint: stats: 5 files, 0\.[0-9]{2} MB; files stage [0-9.]+ ms, corpus stage [0-9.]+ ms; [0-9.]+ MB/s, [0-9]+ documents/s$' "$err" \
    || fail "no stats line on stderr"
  expect_out "[claims/name-variant]" ;;
long-digit-run)
  # 20140361670 once made std::stoi throw and the file was lost as an internal error.
  printf 'Call 20140361670 on Monday. The 20140361670th day.\n' > "$tmp/id.txt"
  run --fail-on never "$tmp/id.txt"; expect_code 0; expect_out "No problems found in 1 file." ;;
sarif-format)
  run --format sarif $seed; expect_code 1
  python3 - "$out" <<'PY' || fail "sarif shape"
import json, sys
d = json.load(open(sys.argv[1]))
run = d["runs"][0]
assert d["version"] == "2.1.0" and run["columnKind"] == "utf16CodeUnits", d.keys()
assert len(run["results"]) > 10 and all("partialFingerprints" in r for r in run["results"])
ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
assert "prose/missing-space" in ids and "claims/title-conflict" in ids, ids
assert run["artifacts"][0]["location"] == {"uri": "fixtures/seeds/003_98ce401f454c016d.txt", "uriBaseId": "%SRCROOT%"}, run["artifacts"]
PY
  ;;
github-format)
  run --format github fixtures/seeds; expect_code 1
  expect_out "::warning file=fixtures/seeds/003_98ce401f454c016d.txt,line=15,col=1,endLine=15,endColumn=35,title=claims/title-conflict::Donald Trump is called 'former president' here but 'president' in 1 draft(s)%0Afixtures/seeds/004_8398bc5f8353bf78.txt:2:100: note: called 'president' here"
  expect_out "::notice file=fixtures/seeds/002_124c660cca887ed3.txt"
  printf 'bad \xff\n' > "$tmp/bad.txt"
  run --format github "$tmp/bad.txt"; expect_code 2
  expect_out "::error file=$tmp/bad.txt,line=1,col=5,title=input::invalid UTF-8" ;;
exit-codes-every-format)
  printf 'bad \xff\n' > "$tmp/bad.txt"; printf 'Talks ended.\n' > "$tmp/clean.txt"
  for f in text json sarif github; do
    run --format $f $seed; [ $code = 1 ] || fail "$f: findings should exit 1, got $code"
    run --format $f --fail-on error $seed; [ $code = 0 ] || fail "$f: --fail-on error should exit 0, got $code"
    run --format $f "$tmp/clean.txt"; [ $code = 0 ] || fail "$f: clean should exit 0, got $code"
    run --format $f "$tmp/bad.txt" $seed; [ $code = 2 ] || fail "$f: input error should exit 2, got $code"
    run --format $f --quiet $seed; [ ! -s "$err" ] || fail "$f: --quiet printed on stderr"
  done ;;
stats-per-rule)
  run --stats fixtures/seeds; expect_code 1
  grep -qE '^claimlint: stats: prose/missing-space +20 findings +[0-9.]+ ms$' "$err" || fail "no per-rule count"
  grep -qE '^claimlint: stats: claims/title-conflict +2 findings +[0-9.]+ ms$' "$err" || fail "no corpus rule count" ;;
config-walks-up)
  mkdir -p "$tmp/repo/desk/today"
  printf 'disable: [prose/missing-space]\nseverity: {prose/a-an: error}\n' > "$tmp/repo/.claimlint.yaml"
  printf 'Talks ended.The envoy left. It was a important day.\n' > "$tmp/repo/desk/today/a.txt"
  run "$tmp/repo/desk/today/a.txt"; expect_code 1
  expect_out "a.txt:1:36: error: use 'an' instead of 'a' before 'important' [prose/a-an]"
  expect_no_out "prose/missing-space"
  run --format json "$tmp/repo/desk"; expect_code 1; expect_no_out "prose/missing-space"
  abs_bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
  (cd "$tmp/repo" && "$abs_bin" rules > "$out" 2> "$err")
  grep -qE '^prose/missing-space +missing-space +off ' "$out" || fail "rules should list the rule as off" ;;
config-explicit-and-disabled)
  mkdir -p "$tmp/repo"
  printf 'disable: [prose/*]\n' > "$tmp/repo/.claimlint.yaml"
  printf 'disable: [prose/a-an]\n' > "$tmp/other.yaml"
  printf 'Talks ended.The envoy left. It was a important day.\n' > "$tmp/repo/a.txt"
  run "$tmp/repo/a.txt"; expect_code 0; expect_out "No problems found in 1 file."
  run --config "$tmp/other.yaml" "$tmp/repo/a.txt"; expect_code 1
  expect_out "[prose/missing-space]"; expect_no_out "[prose/a-an]"
  run --no-config "$tmp/repo/a.txt"; expect_code 1; expect_out "[prose/missing-space]"; expect_out "[prose/a-an]"
  run --config "$tmp/none.yaml" "$tmp/repo/a.txt"; expect_code 2
  expect_err "$tmp/none.yaml: error: cannot read the configuration file" ;;
config-errors)
  printf 'Fine.\n' > "$tmp/a.txt"
  printf 'disable: [prose/a-an]\nseverty:\n  prose/a-an: error\nseverity: {prose/a-an: loud}\n' > "$tmp/c.yaml"
  run --config "$tmp/c.yaml" "$tmp/a.txt"; expect_code 2
  expect_err "$tmp/c.yaml:2:1: error: unknown key 'severty' (known keys: rules, disable, enable, severity, include, exclude, as-of, fail-on, lists, stories, archive, archive-window)"
  expect_err "$tmp/c.yaml:4:24: error: severity must be error, warning or info, not 'loud'"
  expect_err "2 problems in the configuration; nothing was checked"
  printf 'disable: [prose/a-na]\n' > "$tmp/c.yaml"
  run --config "$tmp/c.yaml" "$tmp/a.txt"; expect_code 2
  expect_err "$tmp/c.yaml:1:11: error: 'prose/a-na' names no rule (see \`claimlint rules\`)"
  printf 'rules: [house]\n' > "$tmp/c.yaml"
  run --config "$tmp/c.yaml" "$tmp/a.txt"; expect_code 2; expect_err "$tmp/house: rule folder does not exist" ;;
stories-command)
  two=fixtures/claims-two-stories
  run stories "$two"; expect_code 0
  expect_out "story 1: 2 drafts"; expect_out "story 2: 2 drafts"
  expect_out "linked: $two/port-day1.md ~ $two/port-day2.md (similarity"
  run stories --format json "$two"; expect_code 0
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); s=d["stories"]
assert [len(x["drafts"]) for x in s] == [2, 2], s
assert all(x["links"] and x["links"][0]["shared"] and x["links"][0]["similarity"] > 0 for x in s), s' "$out" \
    || fail "stories JSON is not two linked stories"
  run stories --format sarif "$two"; expect_code 2; expect_err "unknown --format 'sarif'" ;;
stories-config-globs)
  # Named globs put drafts in stories; a front-matter key wins over them.
  mkdir -p "$tmp/desk"; cp fixtures/claims-two-stories/*.md "$tmp/desk/"
  printf 'stories:\n  harbour: ["desk/port-*.md"]\n  hospital: ["desk/nurses-*.md"]\n' > "$tmp/.claimlint.yaml"
  run --color never "$tmp/desk"; expect_code 1
  expect_out "note: story 'harbour' (2 drafts)"; expect_out "note: story 'hospital' (2 drafts)"
  run --format json "$tmp/desk"; expect_out '"story":"harbour"'
  run --format sarif "$tmp/desk"; expect_out '"story": "hospital"'
  run stories "$tmp/desk"; expect_out "story 2 (harbour): 2 drafts"
  # all four in one story: the hospital strike's day count is now held against the port's start
  printf 'stories:\n  desk: ["desk/*.md"]\n' > "$tmp/.claimlint.yaml"
  run --color never "$tmp/desk"; expect_code 1
  expect_out "nurses-day2.md:7:5: warning: 'third day' for the strike does not fit other statements"
  # ... unless a draft's front matter names its own story
  sed -i 's/^date: 2026-03-10$/date: 2026-03-10\nstory: nurses/' "$tmp/desk/nurses-day1.md"
  sed -i 's/^date: 2026-03-12$/date: 2026-03-12\nstory: nurses/' "$tmp/desk/nurses-day2.md"
  run --color never "$tmp/desk"; expect_no_out "'third day' for the strike"
  expect_out "note: story 'nurses' (2 drafts)" ;;
stories-config-folders)
  mkdir -p "$tmp/repo/port" "$tmp/repo/nurses"
  cp fixtures/claims-two-stories/port-*.md "$tmp/repo/port/"
  cp fixtures/claims-two-stories/nurses-*.md "$tmp/repo/nurses/"
  printf 'stories: folders\n' > "$tmp/repo/.claimlint.yaml"
  run --color never "$tmp/repo"; expect_code 1
  expect_out "note: story 'port' (2 drafts)"; expect_out "note: story 'nurses' (2 drafts)"
  # one folder holding both: one story, so the two strikes' days are compared
  mv "$tmp/repo/nurses/"*.md "$tmp/repo/port/"
  run --color never "$tmp/repo"; expect_code 1; expect_out "'third day' for the strike does not fit"
  expect_no_out "note: story" ;;
stories-config-errors)
  printf 'Fine.\n' > "$tmp/a.txt"
  printf 'stories: by-topic\n' > "$tmp/c.yaml"
  run --config "$tmp/c.yaml" "$tmp/a.txt"; expect_code 2
  expect_err "$tmp/c.yaml:1:10: error: 'stories' must be folders, auto, or a mapping of story names to globs"
  printf 'stories:\n  port: {a: 1}\n' > "$tmp/c.yaml"
  run --config "$tmp/c.yaml" "$tmp/a.txt"; expect_code 2; expect_err "'port' must be a list of strings"
  printf 'stories:\n  port: []\n' > "$tmp/c.yaml"
  run --config "$tmp/c.yaml" "$tmp/a.txt"; expect_code 2; expect_err "story 'port' has no globs" ;;
archive-lifecycle)
  a="$tmp/a.db" pub=fixtures/archive-story/published
  abs="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
  run archive add --archive "$a" "$pub/harbour-budget.md" "$pub/quay-opens.md"; expect_code 0
  expect_err "claimlint: archive $a: 2 added, 0 replaced, 0 unchanged"
  run archive list --archive "$a"; expect_code 0
  expect_out "2026-01-14  $pub/harbour-budget.md  (The Larkhaven Courier)"
  expect_out "2026-11-20  $pub/quay-opens.md  (The Larkhaven Courier)"
  run archive stats --archive "$a" --format json; expect_code 0
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))
assert d["articles"] == 2 and d["schema"] == 1 and d["first"] == "2026-01-14" and d["terms"] > 0, d' "$out" \
    || fail "bad stats JSON"
  run archive add --archive "$a" "$pub/harbour-budget.md"; expect_code 0
  expect_err "0 added, 0 replaced, 1 unchanged"
  # a changed file replaces its claims
  mkdir -p "$tmp/pub"; cp "$pub/flood-toll.md" "$tmp/pub/f.md"
  run archive add --archive "$a" "$tmp/pub/f.md"; expect_err "1 added"
  sed -i 's/three people/four people/' "$tmp/pub/f.md"
  run archive add --archive "$a" "$tmp/pub/f.md"; expect_err "0 added, 1 replaced"
  run archive stats --archive "$a"; expect_out "articles: 3, published 2026-01-14 to 2026-11-28"
  run archive remove --archive "$a" "$tmp/pub/f.md"; expect_code 0; expect_err "1 article removed"
  run archive remove --archive "$a" "$tmp/pub/nope.md"; expect_code 2
  expect_err "$tmp/pub/nope.md: error: not in the archive"
  run archive remove --archive "$a" "$pub"; expect_code 0; expect_err "2 articles removed"
  run archive stats --archive "$a"; expect_out "articles: 0"
  # one article whatever folder it is added from
  run archive add --archive "$a" "$pub/quay-opens.md"; expect_err "1 added"
  run archive add --archive "$a" "$PWD/$pub/quay-opens.md"; expect_err "0 added, 0 replaced, 1 unchanged"
  (cd "$pub" && "$abs" archive add --archive "$a" quay-opens.md) 2> "$err" || fail "add from the folder"
  expect_err "0 added, 0 replaced, 1 unchanged" ;;
archive-needs-date)
  printf '# Undated\n\nMayor Lena Ortiz of Veldmoor spoke.\n' > "$tmp/undated.md"
  run archive add --archive "$tmp/a.db" "$tmp/undated.md" fixtures/archive-story/published/flood-toll.md
  expect_code 2
  expect_err "$tmp/undated.md: error: no publication date: add \`date: YYYY-MM-DD\` to its front matter, or give --published YYYY-MM-DD"
  expect_err "1 added, 0 replaced, 0 unchanged; 1 not added"
  run archive add --archive "$tmp/a.db" --published 2026-02-01 "$tmp/undated.md"; expect_code 0
  run archive list --archive "$tmp/a.db"; expect_out "2026-02-01  $tmp/undated.md"
  run archive add --archive "$tmp/a.db" --published 2026-13-01 "$tmp/undated.md"; expect_code 2
  expect_err "--published '2026-13-01' is not a valid date"
  # re-adding the folder: the undated article keeps the date it was stored with
  run archive add --archive "$tmp/a.db" "$tmp/undated.md"; expect_code 0; expect_err "1 unchanged"
  # a broken date is an error, never replaced by --published
  printf -- '---\ndate: 2026-02-30\n---\nMayor Lena Ortiz of Veldmoor spoke.\n' > "$tmp/bad.md"
  run archive add --archive "$tmp/a.db" --published 2026-02-01 "$tmp/bad.md"; expect_code 2
  expect_err "$tmp/bad.md:2:7: error: front matter 'date' must be a date as YYYY-MM-DD, not '2026-02-30'"
  expect_err "0 added, 0 replaced, 0 unchanged; 1 not added" ;;
archive-not-an-archive)
  printf 'not a database\n' > "$tmp/notes.db"
  run --archive "$tmp/notes.db" fixtures/archive-story/drafts; expect_code 2
  expect_err "$tmp/notes.db: error: not a claimlint archive (not an SQLite database)"
  expect_err "nothing was checked"
  run archive add --archive "$tmp/notes.db" fixtures/archive-story/published; expect_code 2
  expect_err "not a claimlint archive"
  python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("create table t(x)"); c.commit()' "$tmp/other.db"
  run archive stats --archive "$tmp/other.db"; expect_code 2
  expect_err "$tmp/other.db: error: not a claimlint archive (an SQLite database of another application)"
  run --archive "$tmp/missing.db" fixtures/archive-story/drafts; expect_code 2
  expect_err "$tmp/missing.db: error: no archive here (create one with \`claimlint archive add\`)"
  mkdir "$tmp/dir.db"; run archive stats --archive "$tmp/dir.db"; expect_code 2
  expect_err "is a folder, not an archive file" ;;
archive-newer-schema)
  run archive add --archive "$tmp/a.db" fixtures/archive-story/published; expect_code 0
  python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("pragma user_version=7"); c.commit()' "$tmp/a.db"
  run --archive "$tmp/a.db" fixtures/archive-story/drafts; expect_code 2
  expect_err "the archive has schema version 7, newer than this claimlint reads (1); upgrade claimlint"
  run archive add --archive "$tmp/a.db" fixtures/archive-story/published; expect_code 2
  expect_err "schema version 7" ;;
archive-corrupt)
  run archive add --archive "$tmp/a.db" fixtures/archive-story/published; expect_code 0
  python3 - "$tmp/a.db" <<'PY' || fail "could not corrupt"
import sqlite3, sys
c = sqlite3.connect(sys.argv[1]); c.execute("pragma wal_checkpoint(truncate)"); c.close()
b = bytearray(open(sys.argv[1], "rb").read())
page = 4096
for p in range(1, len(b) // page):  # every page after the header page
    b[p * page:p * page + 100] = b"\xff" * 100
open(sys.argv[1], "wb").write(b)
PY
  run --archive "$tmp/a.db" fixtures/archive-story/drafts; expect_code 2
  expect_err "$tmp/a.db: error:"; expect_err "corrupt"
  run archive stats --archive "$tmp/a.db"; expect_code 2; expect_err "corrupt" ;;
archive-damaged)
  # A table gone: the error is reported, the drafts are still compared with each other.
  mkdir -p "$tmp/d"; cp fixtures/claims-story/harbor-day1.md fixtures/claims-story/harbor-day2.txt "$tmp/d/"
  run archive add --archive "$tmp/a.db" fixtures/archive-story/published; expect_code 0
  python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("drop table term_df"); c.commit()' "$tmp/a.db"
  run --color never --archive "$tmp/a.db" "$tmp/d"; expect_code 2
  expect_err "$tmp/a.db: error: no such table: term_df; the drafts were compared with each other only"
  expect_out "[claims/title-conflict]" ;;
archive-sigkill)
  # A writer killed half-way leaves the archive as it was.
  run archive add --archive "$tmp/a.db" fixtures/archive-story/published/flood-toll.md; expect_code 0
  many_articles "$tmp/many" 4000
  "$bin" archive add --archive "$tmp/a.db" "$tmp/many" 2> /dev/null &
  pid=$!
  # killed once the transaction has written a good part of its pages
  for _ in $(seq 400); do
    [ "$(stat -c %s "$tmp/a.db-wal" 2> /dev/null || echo 0)" -gt 400000 ] && break; sleep 0.005
  done
  kill -9 $pid 2> /dev/null || fail "the writer finished before it could be killed"
  wait $pid 2> /dev/null
  run archive stats --archive "$tmp/a.db" --format json; expect_code 0
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["articles"] == 1, d' "$out" \
    || fail "a killed writer changed the archive"
  python3 -c 'import sqlite3,sys; r=sqlite3.connect(sys.argv[1]).execute("pragma integrity_check").fetchone()[0]; assert r == "ok", r' "$tmp/a.db" \
    || fail "integrity check failed after the kill"
  run archive add --archive "$tmp/a.db" fixtures/archive-story/published; expect_code 0; expect_err "3 added, 0 replaced, 1 unchanged" ;;
archive-reader-while-writing)
  run archive add --archive "$tmp/a.db" fixtures/archive-story/published; expect_code 0
  many_articles "$tmp/many" 3000
  "$bin" archive add --archive "$tmp/a.db" "$tmp/many" 2> /dev/null &
  pid=$!
  sleep 0.3
  # a check reads a consistent snapshot while the writer holds its transaction
  run --color never --archive "$tmp/a.db" fixtures/archive-story/drafts; expect_code 1
  expect_out "the most recent article about it has 'Mayor Priyanka Desrosiers'"
  run archive stats --archive "$tmp/a.db"; expect_code 0
  wait $pid || fail "the writer failed"
  run archive stats --archive "$tmp/a.db"; expect_out "articles: 3004" ;;
archive-config)
  mkdir -p "$tmp/repo/drafts"; cp fixtures/archive-story/drafts/*.md "$tmp/repo/drafts/"
  printf 'archive: store/news.db\narchive-window: 400\n' > "$tmp/repo/.claimlint.yaml"
  cp -r fixtures/archive-story/published "$tmp/repo/published"
  abs_bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
  (cd "$tmp/repo" && "$abs_bin" archive add published > /dev/null 2>&1) \
    || fail "archive add with the configured path failed"
  [ -f "$tmp/repo/store/news.db" ] || fail "the configured archive was not created"
  run --color never "$tmp/repo/drafts"; expect_code 1
  # 400 days: the January article is within the window, so a warning
  expect_out "warning: '48 berths' here but '40 berths'"
  run --color never --archive-window 30 "$tmp/repo/drafts"; expect_out "info: '48 berths'"
  printf 'archive-window: soon\n' > "$tmp/c.yaml"
  run --config "$tmp/c.yaml" "$tmp/repo/drafts"; expect_code 2
  expect_err "'archive-window' must be a number of days"
  # an archive the configuration names before anything was published: a note, not an error
  printf 'archive: nothing-yet.db\n' > "$tmp/repo/.claimlint.yaml"
  run --color never "$tmp/repo/drafts"; expect_code 0
  expect_err "nothing-yet.db: note: no archive yet (named in the configuration); the drafts are compared with each other only"
  run --color never --archive "$tmp/repo/nothing-yet.db" "$tmp/repo/drafts"; expect_code 2
  expect_err "no archive here" ;;
archive-usage)
  run archive; expect_code 2; expect_err "\`claimlint archive\` needs an action: add, remove, stats or list"
  run archive frobnicate; expect_code 2; expect_err "not 'frobnicate'"
  run archive add --archive "$tmp/a.db"; expect_code 2; expect_err "need the articles' files or folders"
  run archive stats --archive "$tmp/a.db" somefile; expect_code 2; expect_err "take no paths"
  run --published 2026-01-01 fixtures/archive-story/drafts; expect_code 2
  expect_err "--published goes with \`claimlint archive add\`" ;;
config-include-exclude)
  mkdir -p "$tmp/repo/old" "$tmp/repo/new"
  printf 'exclude: [old/]\ninclude: ["*.md"]\n' > "$tmp/repo/.claimlint.yaml"
  for d in old new; do printf 'Talks ended.The envoy left.\n' > "$tmp/repo/$d/a.md"; cp "$tmp/repo/$d/a.md" "$tmp/repo/$d/b.txt"; done
  run --format json "$tmp/repo"; expect_code 1
  python3 -c 'import json,sys; f=json.load(open(sys.argv[1]))["files"]; assert len(f)==1 and f[0].endswith("new/a.md"), f' "$out" || fail "include/exclude" ;;
config-lists-as-of-fail-on)
  mkdir -p "$tmp/repo"
  cat > "$tmp/repo/.claimlint.yaml" <<'YAML'
as-of: 2025-06-01
fail-on: error
lists:
  misspellings: ["recieve receive"]
YAML
  printf 'We recieve letters on Friday, June 5.\n' > "$tmp/repo/a.txt"
  run "$tmp/repo/a.txt"; expect_code 0
  expect_out "'recieve' is misspelled: write 'receive' [prose/misspelling]"
  expect_out "[date/weekday-mismatch]"
  run --fail-on warning "$tmp/repo/a.txt"; expect_code 1 ;;
directives)
  cat > "$tmp/d.md" <<'MD'
# Notes

<!-- claimlint-disable-next-line prose/a-an -->
It was a important day.

<!-- claimlint-disable prose/missing-space -->
Talks ended.The envoy left.
<!-- claimlint-enable prose/missing-space -->

Talks ended.The envoy left. It was a important day.
MD
  run "$tmp/d.md"; expect_code 1
  expect_out "d.md:10:12: warning: missing space after '.' [prose/missing-space]"
  expect_out "d.md:10:36: warning: use 'an' instead of 'a' before 'important' [prose/a-an]"
  expect_out "2 warnings in 1 of 1 file."
  printf '<!-- claimlint-disable-file -->\nTalks ended.The envoy left.\n' > "$tmp/p.txt"
  run "$tmp/p.txt"; expect_code 0 ;;
directive-unknown-rule)
  printf '<!-- claimlint-disable-next-line prose/a-na -->\nIt was a important day.\n' > "$tmp/d.md"
  run "$tmp/d.md"; expect_code 1
  expect_out "d.md:1:34: warning: unknown rule 'prose/a-na' in claimlint-disable-next-line (see \`claimlint rules\`) [input/directive]"
  expect_out "[prose/a-an]" ;;
baseline-write-and-use)
  mkdir "$tmp/s"; cp fixtures/seeds/*.txt "$tmp/s/"
  run --write-baseline "$tmp/base.json" "$tmp/s"; expect_code 0
  expect_err "claimlint: wrote 65 findings to the baseline $tmp/base.json"
  [ "$(grep -c '"fingerprint"' "$tmp/base.json")" = 65 ] || fail "65 entries expected"
  run --baseline "$tmp/base.json" "$tmp/s"; expect_code 0
  expect_err "claimlint: 65 findings suppressed by the baseline $tmp/base.json"
  expect_out "No problems found in 5 files."
  printf 'It was a important day.\n' >> "$tmp/s/001_9b78df977174b10a.txt"
  run --baseline "$tmp/base.json" "$tmp/s"; expect_code 1
  expect_out "1 warning in 1 of 5 files."; expect_out "[prose/a-an]" ;;
baseline-survives-line-shifts)
  printf 'Intro.\n\nTalks ended.The envoy left.\n' > "$tmp/a.txt"
  run --write-baseline "$tmp/base.json" "$tmp/a.txt"; expect_code 0
  printf 'A new lead paragraph.\n\nMore context here.\n\nIntro.\n\nTalks   ended.The envoy left.\n' > "$tmp/a.txt"
  run --baseline "$tmp/base.json" "$tmp/a.txt"; expect_code 0; expect_err "1 finding suppressed" ;;
baseline-strict)
  printf 'Talks ended.The envoy left. It was a important day.\n' > "$tmp/a.txt"
  run --write-baseline "$tmp/base.json" "$tmp/a.txt"; expect_code 0
  printf 'Talks ended. The envoy left. It was a important day.\n' > "$tmp/a.txt"
  run --baseline "$tmp/base.json" "$tmp/a.txt"; expect_code 0
  run --baseline "$tmp/base.json" --baseline-strict "$tmp/a.txt"; expect_code 1
  expect_err "$tmp/a.txt: error: baseline entry no longer occurs: [prose/missing-space] missing space after '.' (remove it from $tmp/base.json, or write the baseline again)" ;;
baseline-broken)
  printf 'Fine.\n' > "$tmp/a.txt"
  printf '{"version": 1, "findings": [' > "$tmp/base.json"
  run --baseline "$tmp/base.json" "$tmp/a.txt"; expect_code 2
  expect_err "$tmp/base.json: error: baseline: not valid JSON: parse error at line 1, column 29"
  run --baseline "$tmp/missing.json" "$tmp/a.txt"; expect_code 2
  expect_err "$tmp/missing.json: error: baseline: cannot read the file"
  run --baseline-strict "$tmp/a.txt"; expect_code 2; expect_err "--baseline-strict goes with --baseline FILE" ;;
hostile-100mb-one-line)
  # 100 MB without a line break: refused at the default limit, at once and by name.
  python3 -c 'import sys; open(sys.argv[1], "w").write("Talks ended. " * 7_700_000 + "\n")' "$tmp/line.txt"
  run "$tmp/line.txt"; expect_code 2
  expect_err "line.txt: error: file is too large (100100001 bytes; the limit is 67108864 bytes, set with --max-file-size)" ;;
hostile-many-tiny-files)
  # Many tiny drafts (a million in the benchmark notes; 20,000 here to keep CI short).
  mkdir "$tmp/tiny"
  python3 -c 'import sys,os
for i in range(20000): open(os.path.join(sys.argv[1], "d%05d.txt" % i), "w").write("Talks ended.The end.\n" if i % 1000 == 0 else "Fine.\n")' "$tmp/tiny"
  run --quiet "$tmp/tiny"; expect_code 1
  [ "$(grep -c 'missing space' "$out")" = 20 ] || fail "20 findings expected" ;;
hostile-deep-html)
  python3 -c 'import sys; open(sys.argv[1], "w").write("# T\n\n" + "<div>" * 200000 + "x" + "</div>" * 200000 + "\n\n" + "\n".join("  " * i + "- item" for i in range(3000)) + "\n\nTalks ended.The end.\n")' "$tmp/deep.md"
  run --quiet "$tmp/deep.md"; expect_code 1; expect_out "missing space after '.'" ;;
hostile-wide-table)
  python3 -c 'import sys; n=10000; open(sys.argv[1], "w").write("# T\n\n|" + "|".join("h%d" % i for i in range(n)) + "|\n|" + "---|" * n + "\n|" + "x|" * (n - 1) + "\n")' "$tmp/wide.md"
  run --quiet "$tmp/wide.md"; expect_code 1
  expect_out "table row has 9999 cells, the header has 10000 (too few cells) [table/column-count]" ;;
hostile-alias-bomb)
  # A billion laughs in a rule file, a configuration and a front matter: never expanded.
  python3 - "$tmp" <<'PY'
import os, sys
t = sys.argv[1]
bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
prev = "a"
for n in "bcdefghi":
    bomb += f"{n}: &{n} [" + ",".join(["*" + prev] * 9) + "]\n"
    prev = n
os.makedirs(f"{t}/r/house")
open(f"{t}/r/house/lol.yaml", "w").write('kind: existence\nmessage: "x {match}"\ndescription: d\n' + bomb + "tokens: *i\n")
open(f"{t}/c.yaml", "w").write(bomb.replace("a: &a", "disable: &a", 1))
open(f"{t}/fm.md", "w").write("---\n" + bomb + "title: *i\n---\nBody.\n")
PY
  run --rules "$tmp/r" "$tmp/fm.md"; expect_code 2
  expect_err "lol.yaml:12:1: error: unknown key 'i' for a rule of kind 'existence'"
  run --config "$tmp/c.yaml" "$tmp/fm.md"; expect_code 2; expect_err "c.yaml:2:1: error: unknown key 'b'"
  run --fail-on never "$tmp/fm.md"; expect_code 0; expect_out "front matter 'title' must be text [input/front-matter]" ;;
hostile-million-entry-list)
  mkdir -p "$tmp/big/house" "$tmp/big/lists"
  printf 'kind: substitution\nmessage: "use {replacement}"\ndescription: d\nswap: lists/big.txt\n' > "$tmp/big/house/swap.yaml"
  python3 -c 'import sys
with open(sys.argv[1], "w") as f:
    for i in range(1000000): f.write("wrongword%d rightword%d\n" % (i, i))' "$tmp/big/lists/big.txt"
  printf 'We saw wrongword999999 today.\n' > "$tmp/a.txt"
  run --rules "$tmp/big" "$tmp/a.txt"; expect_code 1; expect_out "use rightword999999 [house/swap]" ;;
hostile-long-line-findings)
  # 2 MB on one line with thousands of findings: columns were once counted from the line start
  # for every finding (quadratic: 7 s for 2 MB, 33 s for 4 MB). The timeout only catches a hang.
  python3 -c 'import sys; open(sys.argv[1], "w").write("Talks ended.The envoy left. It was a important day. " * 38000 + "\n")' "$tmp/long.txt"
  timeout 300 "$bin" --quiet "$tmp/long.txt" > "$out" 2> "$err"; code=$?
  expect_code 1
  [ "$(grep -c 'missing space' "$out")" = 38000 ] || fail "38000 missing-space findings expected" ;;
hostile-bad-utf8)
  printf 'Fine line.\nA \xc0\xaf slash.\n' > "$tmp/overlong.txt"
  printf 'A lone \xed\xa0\x80 surrogate.\n' > "$tmp/surrogate.txt"
  printf 'Nul \x00 inside.\n' > "$tmp/nul.txt"
  printf 'Talks ended.The end.\n' > "$tmp/good.txt"
  run "$tmp/overlong.txt" "$tmp/surrogate.txt" "$tmp/nul.txt" "$tmp/good.txt"; expect_code 2
  expect_err "overlong.txt:2:3: error: invalid UTF-8 at byte offset 13 (line 2, column 3): overlong encoding (byte 0xC0)"
  expect_err "surrogate.txt:1:8: error: invalid UTF-8 at byte offset 7 (line 1, column 8): encoded UTF-16 surrogate (byte 0xED)"
  expect_err "nul.txt:1:5: error: binary file (NUL byte at byte offset 4)"
  expect_out "good.txt:1:12: warning: missing space after '.'" ;;
fix-seeds)
  # --fix on copies of the seeds: what it changed is exactly the fixes of the first run (the
  # rest of each file byte-identical), and a second run finds nothing fixable.
  mkdir "$tmp/d" && cp fixtures/seeds/*.txt "$tmp/d/" && cp -r "$tmp/d" "$tmp/orig"
  "$bin" --no-config --format json --fail-on never "$tmp/d" > "$tmp/before.json"
  run --no-config --fix "$tmp/d"; expect_code 1
  expect_err "claimlint: fixed 17 problems in $tmp/d/000_eeec23bd9742c3e3.txt (prose/missing-space x9"
  python3 - "$tmp/before.json" "$tmp/orig" "$tmp/d" <<'PY' || fail "the fixed files are not the original with the fixes applied"
import json, pathlib, sys
fixes = {}
for d in json.load(open(sys.argv[1]))["diagnostics"]:
    if d.get("fix"):
        r = d["fix"]["range"]
        fixes.setdefault(pathlib.Path(d["file"]).name, []).append(
            (r["start"]["offset"], r["end"]["offset"], d["fix"]["replacement"]))
for f in pathlib.Path(sys.argv[2]).iterdir():
    b = f.read_bytes()
    out, at = b"", 0
    for s, e, rep in sorted(fixes.get(f.name, [])):
        assert s >= at, f"overlapping fixes in {f.name}"
        out += b[at:s] + rep.encode()
        at = e
    out += b[at:]
    got = (pathlib.Path(sys.argv[3]) / f.name).read_bytes()
    assert got == out, f"{f.name} differs from the original with its fixes"
PY
  "$bin" --no-config --format json --fail-on never "$tmp/d" > "$tmp/after.json"
  python3 -c "import json,sys; d=json.load(open(sys.argv[1]))['diagnostics']; sys.exit(sum(1 for x in d if x.get('fix')))" "$tmp/after.json" \
    || fail "fixable findings are left after --fix" ;;
fix-dry-run-matches-fix)
  # The dry run's diff, applied with patch, gives what --fix writes; the dry run changes nothing.
  mkdir "$tmp/a" && cp fixtures/seeds/*.txt fixtures/prose-unseen-text/ferry.md "$tmp/a/"
  cp -r "$tmp/a" "$tmp/b" && cp -r "$tmp/a" "$tmp/orig"
  (cd "$tmp/a" && "$bin" --no-config --fix-dry-run . > "$tmp/fix.diff" 2> "$err"); code=$?
  expect_code 1; expect_err "fixes in 4 files (--fix applies them)"
  diff -r "$tmp/a" "$tmp/orig" > /dev/null || fail "--fix-dry-run changed a file"
  grep -q '^--- a/ferry.md$' "$tmp/fix.diff" || fail "no git-style header for ferry.md"
  (cd "$tmp/a" && patch -s -p1 < "$tmp/fix.diff") || fail "the diff does not apply"
  (cd "$tmp/b" && "$bin" --no-config --fix . > /dev/null 2>&1)
  diff -r "$tmp/a" "$tmp/b" > /dev/null || fail "the patched drafts differ from --fix's"
  run --no-config --fix-dry-run "$tmp/b"; expect_code 0; [ ! -s "$out" ] || fail "a diff after --fix" ;;
fix-usage)
  run --fix --fix-dry-run "$seed"; expect_code 2; expect_err "--fix and --fix-dry-run cannot be used together"
  run rules --fix; expect_code 2; expect_err "--fix and --fix-dry-run go with \`claimlint check\`"
  printf 'Talks ended.The end.\n' | "$bin" --no-config --fix - > "$out" 2> "$err"; code=$?
  expect_code 1; expect_out "missing space after '.'" ;;
changed-since)
  # Findings only in drafts changed since the ref (committed, staged, unstaged, untracked); the
  # unchanged drafts still take part in the cross-draft comparison.
  git -C "$tmp" init -q && git -C "$tmp" config user.email t@example.org && git -C "$tmp" config user.name t
  mkdir "$tmp/drafts"
  printf 'Mayor Ana Ruiz said 40 homes flooded on Monday.\n\nThe port closed.The ferry stopped.\n' > "$tmp/drafts/a.md"
  printf 'Mayor Ana Ruiz said 40 homes flooded on Monday.\n' > "$tmp/drafts/b.md"
  git -C "$tmp" add . && git -C "$tmp" commit -qm drafts
  base=$(git -C "$tmp" rev-parse HEAD)
  printf 'Mayor Ana Ruiz said 400 homes flooded on Monday.\n' > "$tmp/drafts/b.md"
  printf 'Talks ended.The end.\n' > "$tmp/drafts/new.md"
  run --no-config --changed-since "$base" "$tmp/drafts"; expect_code 1
  expect_out "drafts/b.md:1:"; expect_out "drafts/new.md:1:12: warning: missing space after '.'"
  expect_no_out "drafts/a.md:3:"
  grep -q "quantity-conflict" "$out" || fail "the changed draft is not compared with the unchanged one"
  # --fix with --changed-since fixes only the changed drafts.
  cp "$tmp/drafts/a.md" "$tmp/a.before"
  run --no-config --fix --changed-since "$base" "$tmp/drafts"
  expect_err "claimlint: fixed 1 problem in $tmp/drafts/new.md (prose/missing-space)"
  cmp -s "$tmp/drafts/a.md" "$tmp/a.before" || fail "an unchanged draft was fixed"
  # Nothing changed since the newest commit of all: nothing to report.
  git -C "$tmp" add . && git -C "$tmp" commit -qm more
  run --no-config --changed-since HEAD "$tmp/drafts"; expect_code 0 ;;
changed-since-errors)
  run --no-config --changed-since HEAD "$tmp"; expect_code 2; expect_err "claimlint: error: --changed-since HEAD: fatal: not a git repository"
  git -C "$tmp" init -q
  run --no-config --changed-since no-such-ref "$tmp"; expect_code 2; expect_err "--changed-since no-such-ref: fatal:"
  run --changed-since; expect_code 2; expect_err "--changed-since needs a git ref" ;;
github-summary-annotation)
  # GitHub shows ten annotations of each kind per step: past that, a summary says how many.
  for i in $(seq 1 12); do printf 'Talks ended.The end.\n' > "$tmp/d$i.txt"; done
  run --no-config --format github "$tmp"; expect_code 1
  [ "$(grep -c '^::warning ' "$out")" = 12 ] || fail "12 warnings expected"
  expect_out "::notice title=claimlint summary::0 errors, 12 warnings and 0 notices in all"
  run --no-config --format github "$tmp/d1.txt"; expect_no_out "claimlint summary" ;;
pre-commit-hook)
  # The repository's .pre-commit-hooks.yaml, used by Debian's pre-commit from a scratch
  # repository, with the claimlint under test on PATH.
  command -v pre-commit > /dev/null || fail "pre-commit is not installed (scripts/install-deps --test)"
  src=$(pwd)
  hooks=$tmp/hooks; mkdir "$hooks"; cp .pre-commit-hooks.yaml "$hooks/"
  git -C "$hooks" init -q && git -C "$hooks" config user.email t@example.org && git -C "$hooks" config user.name t
  git -C "$hooks" add . && git -C "$hooks" commit -qm hooks; rev=$(git -C "$hooks" rev-parse HEAD)
  work=$tmp/work; mkdir -p "$work/bin"; ln -s "$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")" "$work/bin/claimlint"
  git -C "$work" init -q && git -C "$work" config user.email t@example.org && git -C "$work" config user.name t
  printf 'repos:\n- repo: %s\n  rev: %s\n  hooks:\n  - id: claimlint\n    args: [--no-config]\n' "$hooks" "$rev" > "$work/.pre-commit-config.yaml"
  printf 'Talks ended.The end.\n' > "$work/draft.md"; printf 'print(1)\n' > "$work/tool.py"
  git -C "$work" add .
  (cd "$work" && PATH="$work/bin:$PATH" PRE_COMMIT_HOME="$tmp/cache" pre-commit run > "$out" 2> "$err"); code=$?
  expect_code 1; expect_out "draft.md:1:12: warning: missing space after '.'"
  expect_no_out "tool.py"
  printf 'Talks ended. The end.\n' > "$work/draft.md"; git -C "$work" add draft.md
  (cd "$work" && PATH="$work/bin:$PATH" PRE_COMMIT_HOME="$tmp/cache" pre-commit run > "$out" 2> "$err"); code=$?
  expect_code 0; cd "$src" ;;
action-commands)
  # GitHub Actions cannot run here: run action.yml's steps as the runner would, with their
  # `env:` filled from the inputs (the `run:` lines verbatim), in a scratch workspace.
  mkdir "$tmp/ws" && printf 'Talks ended.The end.\n' > "$tmp/ws/a.md"
  python3 - "$(pwd)" "$tmp" <<'PY' || fail "the action's commands did not behave"
import os, pathlib, re, subprocess, sys, yaml
root, tmp = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
action = yaml.safe_load((root / "action.yml").read_text())
def run_action(inputs):
    values = {k: str(v.get("default", "")) for k, v in action["inputs"].items()}
    values.update(inputs)
    gh_path, gh_out = tmp / "path.txt", tmp / "out.txt"
    for f in (gh_path, gh_out):
        f.write_text("")
    codes = []
    for step in action["runs"]["steps"]:
        env = dict(os.environ, GITHUB_PATH=str(gh_path), GITHUB_OUTPUT=str(gh_out))
        for k, v in step.get("env", {}).items():
            v = v.replace("${{ github.action_path }}", str(root))
            env[k] = re.sub(r"\$\{\{ inputs\.([a-z-]+) \}\}", lambda m: values[m.group(1)], v)
        p = subprocess.run(["bash", "-c", step["run"]], cwd=tmp / "ws", env=env,
                           capture_output=True, text=True)
        codes.append((p.returncode, p.stdout, p.stderr))
        if p.returncode != 0:
            break
    return codes, gh_path.read_text(), gh_out.read_text()
codes, path, out = run_action({"paths": "a.md"})
assert [c for c, _, _ in codes] == [0, 1], codes
assert path.strip() == str(root / "build"), path
assert "::warning file=a.md,line=1,col=12" in codes[1][1], codes[1][1]
codes, path, out = run_action({"paths": "a.md", "format": "sarif", "sarif-file": "r.sarif"})
assert [c for c, _, _ in codes] == [0, 0], codes
assert out.strip() == "sarif-file=r.sarif", out
assert '"ruleId": "prose/missing-space"' in (tmp / "ws/r.sarif").read_text()
codes, _, _ = run_action({"paths": "missing.md", "format": "sarif"})
assert codes[1][0] == 2, codes
codes, _, _ = run_action({"format": "xml"})
assert codes[1][0] == 2 and "format must be github or sarif" in codes[1][2], codes
PY
  ;;
rules-group-folder)
  # The README's house rule as written: `rules --test house/` and `--rules house` take the
  # folder of rule files itself as the group (house/place-names), as `--rules .` does.
  mkdir -p "$tmp/house"
  printf 'kind: substitution\nseverity: warning\nmessage: "use '"'"'{replacement}'"'"' instead of '"'"'{match}'"'"'"\ndescription: Our spelling of place names.\nswap: {Kiev: Kyiv, Odessa: Odesa}\nexamples:\n  bad: ["Talks in Kiev resumed."]\n  good: ["Talks in Kyiv resumed."]\n' > "$tmp/house/place-names.yaml"
  (cd "$tmp" && "$bin" rules --test house/ > "$out" 2> "$err"); code=$?
  expect_code 0; expect_out "examples:"
  printf 'Talks in Kiev.\n' > "$tmp/d.txt"
  run --no-config --rules "$tmp/house" "$tmp/d.txt"; expect_code 1
  expect_out "warning: use 'Kyiv' instead of 'Kiev' [house/place-names]"
  run --no-config --rules "$tmp" "$tmp/d.txt"; expect_code 1; expect_out "[house/place-names]" ;;
*)
  echo "unknown case $case" >&2; exit 2 ;;
esac
echo "cli $case: ok"
