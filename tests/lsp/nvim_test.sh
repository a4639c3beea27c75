#!/usr/bin/env bash
# End-to-end test of `claimlint lsp` with a real editor: Debian's Neovim, headless, opens a
# seed draft and must show the cross-draft Trump title conflict with its related location in
# another draft, then update when the draft is edited. Installs neovim with apt if missing.
# Usage: tests/lsp/nvim_test.sh CLAIMLINT   (run from the repository root)
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v nvim > /dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends neovim >&2 ||
    { echo "FAIL: neovim is not installed and apt-get could not install it" >&2; exit 1; }
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r fixtures/seeds "$tmp/seeds"
rm -f "$tmp"/seeds/expected.*
file="$tmp/seeds/003_98ce401f454c016d.txt"
CLAIMLINT="$bin" ROOT="$tmp/seeds" FILE="$file" OUT="$tmp/out.txt" HOME="$tmp" \
  timeout 60 nvim --headless -u NONE -i NONE -n -c "luafile $here/nvim_client.lua" > "$tmp/nvim.log" 2>&1
code=$?
cat "$tmp/out.txt" 2>/dev/null
status=0
expect() { grep -qF -- "$1" "$tmp/out.txt" 2>/dev/null || { echo "FAIL: missing: $1" >&2; status=1; }; }
[ $code = 0 ] || { echo "FAIL: nvim exited with $code" >&2; cat "$tmp/nvim.log" >&2; status=1; }
expect "received: true"
expect "15:1 [claims/title-conflict] Donald Trump is called 'former president' here but 'president' in 1 draft(s) | related $tmp/seeds/004_8398bc5f8353bf78.txt:2:100 called 'president' here"
expect "24:53 [claims/title-conflict]"
expect "updated: true"
# After the edit only the line-24 conflict is left.
sed -n '/== after edit/,$p' "$tmp/out.txt" | grep -q "^15:1 \[claims/title-conflict\]" &&
  { echo "FAIL: the line-15 conflict is still shown after the edit" >&2; status=1; }
[ $status = 0 ] && echo "nvim: ok"
exit $status
