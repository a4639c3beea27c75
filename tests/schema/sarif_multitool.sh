#!/usr/bin/env bash
# Validates `claimlint --format sarif` with Microsoft's SARIF Multitool (npm
# @microsoft/sarif-multitool, installed into the build folder on first use) for its Sarif, GitHub
# and GitHub Advanced Security rule sets; any error or warning fails the test. The runs cover
# cross-draft findings with related locations, fixes, input errors, and baselined findings
# (reported as suppressed results).
# Usage: tests/schema/sarif_multitool.sh CLAIMLINT NPM_PREFIX   (run from the repository root)
set -u
bin=$1 prefix=$2
tool=$(ls "$prefix"/node_modules/@microsoft/sarif-multitool-linux*/Sarif.Multitool 2> /dev/null | head -1)
if [ -z "$tool" ]; then
  if ! npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error @microsoft/sarif-multitool@5 >&2; then
    if [ -n "${CI:-}" ]; then echo "FAIL: cannot install the SARIF Multitool from npm in CI" >&2; exit 1; fi
    echo "SKIPPED LOUDLY: npm is unreachable, so the SARIF output was NOT checked by the Multitool" >&2
    exit 77
  fi
  tool=$(ls "$prefix"/node_modules/@microsoft/sarif-multitool-linux*/Sarif.Multitool | head -1)
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" --format sarif fixtures/seeds > "$tmp/seeds.sarif"
"$bin" --format sarif fixtures/claims-story fixtures/prose-unseen-text > "$tmp/story.sarif"
"$bin" --write-baseline "$tmp/base.json" fixtures/seeds 2> /dev/null
"$bin" --format sarif --baseline "$tmp/base.json" fixtures/seeds > "$tmp/baselined.sarif" 2> /dev/null
printf 'bad \xff\n' > "$tmp/b.txt"
"$bin" --format sarif "$tmp/b.txt" fixtures/prose-a-an > "$tmp/errors.sarif" 2> /dev/null
python3 - "$tmp/baselined.sarif" <<'PY' || exit 1
import json, sys
r = json.load(open(sys.argv[1]))["runs"][0]
s = [x for x in r["results"] if x.get("suppressions")]
assert s and len(s) == len(r["results"]), "baselined findings are not suppressed results"
assert s[0]["suppressions"][0]["kind"] == "external"
assert r["automationDetails"]["id"] == "claimlint/"
rules = r["tool"]["driver"]["rules"]
assert all(x["name"] != x["id"] for x in rules)
assert all(x["helpUri"].startswith("https://") for x in rules if x["id"].split("/")[0] in ("prose", "claims"))
PY
python3 - "$tmp/seeds.sarif" <<'PY' || exit 1
import json, sys
rs = json.load(open(sys.argv[1]))["runs"][0]["results"]
linked = [x for x in rs if x.get("relatedLocations")]
assert linked and all("[1](1)" in x["message"]["text"] for x in linked), "related locations are not linked"
PY
status=0
for f in seeds story baselined errors; do
  "$tool" validate --rule-kind "Sarif;Gh;Ghas" "$tmp/$f.sarif" -o "$tmp/$f.val" > "$tmp/$f.log" 2>&1
  if grep -E ": (error|warning) " "$tmp/$f.log"; then
    echo "FAIL: the SARIF Multitool reports the above for $f.sarif" >&2
    status=1
  fi
done
# Teeth: a rule whose name is its id must draw the Multitool's SARIF1001 warning.
python3 - "$tmp/seeds.sarif" "$tmp/teeth.sarif" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for r in d["runs"][0]["tool"]["driver"]["rules"]:
    r["name"] = r["id"]
json.dump(d, open(sys.argv[2], "w"))
PY
"$tool" validate --rule-kind "Sarif;Gh;Ghas" "$tmp/teeth.sarif" -o "$tmp/teeth.val" > "$tmp/teeth.log" 2>&1
grep -q "warning SARIF1001" "$tmp/teeth.log" || { echo "FAIL: the Multitool did not flag a name equal to the id" >&2; status=1; }
exit $status
