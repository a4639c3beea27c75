#!/usr/bin/env bash
# The .deb on a clean Debian 12: builds the package with CPack, makes a fresh minimal bookworm
# root with debootstrap (downloaded once into the build folder, copied fresh for every run),
# installs the package there with apt (which fetches Debian's shared libraries it depends on),
# and runs claimlint --version and the seeds inside it. Needs root (chroot) and network access
# to the Debian mirror; without them it says why and exits 77, which ctest reports as skipped.
# Usage: tests/install/deb_test.sh BUILD_DIR   (run from the repository root)
set -euo pipefail
build=$(cd "$1" && pwd)
skip() { echo "SKIPPED: $*"; exit 77; }
[ "$(id -u)" -eq 0 ] || skip "installing into a debootstrap root needs root (chroot)"
command -v debootstrap > /dev/null || skip "debootstrap is not installed (scripts/install-deps --test)"
mirror=${CLAIMLINT_DEBIAN_MIRROR:-http://deb.debian.org/debian}

(cd "$build" && cpack -G DEB > "$build/cpack.log" 2>&1) || { cat "$build/cpack.log"; exit 1; }
deb=$(ls "$build"/claimlint_*_*.deb | head -1)
dpkg-deb --info "$deb" | grep -q "Depends: .*libicu72" || { echo "FAIL: no libicu72 dependency"; exit 1; }

cache=$build/debootstrap-bookworm
if [ ! -x "$cache/bin/sh" ]; then
  rm -rf "$cache.partial"
  debootstrap --variant=minbase bookworm "$cache.partial" "$mirror" > "$build/debootstrap.log" 2>&1 ||
    skip "debootstrap could not fetch Debian 12 from $mirror (see $build/debootstrap.log)"
  mv "$cache.partial" "$cache"
fi
root=$(mktemp -d)
cleanup() { umount "$root/proc" 2> /dev/null || true; rm -rf "$root"; }
trap cleanup EXIT
cp -a "$cache/." "$root/"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc" 2> /dev/null || true
cp "$deb" "$root/tmp/claimlint.deb"
mkdir "$root/tmp/seeds" && cp fixtures/seeds/*.txt "$root/tmp/seeds/"
chroot "$root" /usr/bin/env DEBIAN_FRONTEND=noninteractive sh -c \
  'apt-get update -qq && apt-get install -y -qq --no-install-recommends /tmp/claimlint.deb' \
  > "$build/deb-install.log" 2>&1 || { tail -20 "$build/deb-install.log"; echo "FAIL: apt could not install the package"; exit 1; }
version=$(chroot "$root" claimlint --version)
[ "$version" = "$("$build/claimlint" --version)" ] || { echo "FAIL: version '$version'"; exit 1; }
set +e
chroot "$root" claimlint /tmp/seeds > "$build/deb-seeds.out" 2>&1
code=$?
set -e
[ "$code" = 1 ] || { cat "$build/deb-seeds.out"; echo "FAIL: exit code $code on the seeds"; exit 1; }
tail -1 "$build/deb-seeds.out" | grep -q "warnings and 2 infos in 3 of 5 files" ||
  { tail -3 "$build/deb-seeds.out"; echo "FAIL: the seeds' summary"; exit 1; }
for f in /usr/share/man/man1/claimlint.1 /usr/share/doc/claimlint/rules/prose/a-an.md \
         /usr/share/doc/claimlint/README.md; do
  [ -s "$root$f" ] || { echo "FAIL: $f not installed"; exit 1; }
done
echo "deb: $(basename "$deb") installs on Debian 12 and checks the seeds ($version)"
