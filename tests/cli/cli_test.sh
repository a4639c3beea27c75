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
*)
  echo "unknown case $case" >&2; exit 2 ;;
esac
echo "cli $case: ok"
