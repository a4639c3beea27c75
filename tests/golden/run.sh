#!/usr/bin/env bash
# Golden fixture runner: runs claimlint over fixtures/<case>/ in text and JSON format and
# compares stdout and the exit code with the expected files beside the drafts:
#   expected.out   text output (--color never)
#   expected.json  JSON output
#   expected.exit  exit code (both runs)
#   expected.claims.jsonl  `claimlint claims --format jsonl` over the folder
#   args           optional extra command-line arguments, one line
# A case with a `published/` folder is an archive case: its articles are added to a fresh
# archive (`claimlint archive add`), and the check runs over `drafts/` with `--archive`.
# Usage: tests/golden/run.sh CLAIMLINT CASE [--update]   (run from the repository root)
# With --update the expected files are rewritten from the current output, for review in a diff.
set -u
bin=$1 case=$2 update=${3:-}
dir="fixtures/$case"
[ -d "$dir" ] || { echo "no fixture folder $dir" >&2; exit 2; }
args=()
if [ -f "$dir/args" ]; then read -r -a args < "$dir/args"; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
target="$dir"
claims_args=("${args[@]}")
if [ -d "$dir/published" ]; then
  if ! "$bin" archive add --quiet --archive "$tmp/archive.db" "$dir/published" 2> "$tmp/err.add"; then
    echo "FAIL: archive add failed" >&2; cat "$tmp/err.add" >&2; exit 1
  fi
  args+=(--archive "$tmp/archive.db")
  target="$dir/drafts"
fi
"$bin" --color never "${args[@]}" "$target" > "$tmp/out" 2> "$tmp/err.text"
code_text=$?
"$bin" --format json "${args[@]}" "$target" > "$tmp/json" 2> "$tmp/err.json"
code_json=$?
"$bin" claims --format jsonl "${claims_args[@]}" "$target" > "$tmp/claims.jsonl" 2> /dev/null
if [ "$code_text" != "$code_json" ]; then
  echo "exit codes differ between formats: text $code_text, json $code_json" >&2
  exit 1
fi
if [ "$update" = "--update" ]; then
  cp "$tmp/out" "$dir/expected.out"
  cp "$tmp/json" "$dir/expected.json"
  cp "$tmp/claims.jsonl" "$dir/expected.claims.jsonl"
  echo "$code_text" > "$dir/expected.exit"
  echo "updated $dir (exit $code_text)"
  exit 0
fi
status=0
for f in out json claims.jsonl; do
  expected="$dir/expected.$f"
  if [ ! -f "$expected" ]; then
    echo "missing $expected (run scripts/update-golden)" >&2
    status=1
  elif ! diff -u "$expected" "$tmp/$f"; then
    echo "FAIL: $expected differs from the output above" >&2
    status=1
  fi
done
expected_code=$(cat "$dir/expected.exit" 2>/dev/null || echo missing)
if [ "$expected_code" != "$code_text" ]; then
  echo "FAIL: exit code $code_text, expected $expected_code" >&2
  cat "$tmp/err.text" >&2
  status=1
fi
[ $status = 0 ] && echo "golden $case: ok (exit $code_text)"
exit $status
