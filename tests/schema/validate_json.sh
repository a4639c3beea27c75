#!/usr/bin/env bash
# Validates `claimlint --format json` output against docs/json-output.schema.json with ajv
# (a real JSON Schema 2020-12 validator from npm, installed into the build folder on first use),
# and checks that the validator does reject output that breaks the schema.
# Usage: tests/schema/validate_json.sh CLAIMLINT NPM_PREFIX   (run from the repository root)
set -u
bin=$1 prefix=$2
ajv="$prefix/node_modules/.bin/ajv"
if [ ! -x "$ajv" ]; then
  mkdir -p "$prefix"
  if ! npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error ajv-cli@5 ajv-formats@3 >&2; then
    if [ -n "${CI:-}" ]; then echo "FAIL: cannot install ajv-cli from npm in CI" >&2; exit 1; fi
    echo "SKIPPED LOUDLY: npm is unreachable, so the JSON schema was NOT validated" >&2
    exit 77
  fi
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" --format json fixtures/seeds > "$tmp/seeds.json"
printf 'Talks ended.The envoy left.\n' > "$tmp/a.txt"; printf 'bad \xff\n' > "$tmp/b.txt"
"$bin" --format json "$tmp/a.txt" "$tmp/b.txt" > "$tmp/errors.json"
"$bin" --format json fixtures/claims-two-stories > "$tmp/stories.json"
grep -q '"story":"#1"' "$tmp/stories.json" || { echo "FAIL: no story field in stories.json" >&2; exit 1; }
status=0
for f in seeds errors stories; do
  "$ajv" validate --spec=draft2020 -c ajv-formats -s docs/json-output.schema.json -d "$tmp/$f.json" || status=1
done
# The schema must have teeth: a diagnostic without a range is invalid.
python3 - "$tmp/seeds.json" "$tmp/broken.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
del d["diagnostics"][0]["range"]
json.dump(d, open(sys.argv[2], "w"))
PY
if "$ajv" validate --spec=draft2020 -c ajv-formats -s docs/json-output.schema.json -d "$tmp/broken.json" 2>/dev/null; then
  echo "FAIL: the schema accepted a diagnostic without a range" >&2
  status=1
fi
exit $status
