#!/usr/bin/env bash
# Validates `claimlint --format sarif` output against the official SARIF 2.1.0 schema
# (sarif-2.1.0-rtm.5.json, as shipped in Microsoft's @microsoft/jest-sarif package) with Ajv,
# all from npm and installed into the build folder on first use; then checks that the
# validator rejects SARIF that breaks the schema, so the test has teeth.
# Usage: tests/schema/validate_sarif.sh CLAIMLINT NPM_PREFIX   (run from the repository root)
set -u
bin=$1 prefix=$2
schema="$prefix/sarif-schema/package/lib/schemas/sarif-2.1.0-rtm.5.json"
here=$(cd "$(dirname "$0")" && pwd)
if [ ! -f "$schema" ] || [ ! -d "$prefix/node_modules/ajv-draft-04" ]; then
  mkdir -p "$prefix/sarif-schema"
  if ! npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error ajv@8 ajv-draft-04@1 ajv-formats@3 >&2 ||
     ! (cd "$prefix/sarif-schema" && npm pack --silent @microsoft/jest-sarif@1.0.0-beta.0 > pack.txt &&
        tar xzf "$(tail -1 pack.txt)"); then
    if [ -n "${CI:-}" ]; then echo "FAIL: cannot install the SARIF validator from npm in CI" >&2; exit 1; fi
    echo "SKIPPED LOUDLY: npm is unreachable, so the SARIF output was NOT validated" >&2
    exit 77
  fi
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" --format sarif fixtures/seeds > "$tmp/seeds.json"
"$bin" --format sarif fixtures/claims-story fixtures/prose-a-an > "$tmp/story.json"
printf 'Talks ended.The envoy left. Price: 5 \xe2\x82\xac, \xf0\x9f\x98\x80 a important day.\n' > "$tmp/a.txt"
printf 'bad \xff\n' > "$tmp/b.txt"
"$bin" --format sarif "$tmp/a.txt" "$tmp/b.txt" > "$tmp/errors.json"
status=0
NODE_PATH="$prefix/node_modules" node "$here/validate_sarif.js" "$schema" \
  "$tmp/seeds.json" "$tmp/story.json" "$tmp/errors.json" || status=1
# Teeth: a result without a message, and a level SARIF does not know, must be rejected.
python3 - "$tmp/seeds.json" "$tmp/broken1.json" "$tmp/broken2.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
r = d["runs"][0]["results"][0]
del r["message"]
json.dump(d, open(sys.argv[2], "w"))
d = json.load(open(sys.argv[1]))
d["runs"][0]["results"][0]["level"] = "warn"
json.dump(d, open(sys.argv[3], "w"))
PY
for b in broken1 broken2; do
  if NODE_PATH="$prefix/node_modules" node "$here/validate_sarif.js" "$schema" "$tmp/$b.json" > /dev/null; then
    echo "FAIL: the SARIF schema accepted $b.json" >&2
    status=1
  fi
done
exit $status
