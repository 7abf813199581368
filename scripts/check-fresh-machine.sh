#!/usr/bin/env bash
# Proves that `npm ci && npm test` works on a fresh Debian 12 machine (README: two commands):
#   1. debootstraps a minimal Debian 12 into a folder (none of the test suite's Debian packages);
#   2. as a non-root user, `npm ci && npm test` must stop within seconds, naming the missing
#      packages and the exact command to install them;
#   3. as root, `npm ci && npm test` must install them and go on to the test run. By default the
#      run is stopped once the install succeeded and the next step (typecheck) began; --full lets
#      the whole suite run.
# Heavy (a Debian bootstrap, Chromium and LibreOffice downloads): NOT part of `npm test`.
#
# Usage (as root, on a Debian/Ubuntu host with network to Debian's mirror and the npm registry):
#   bash scripts/check-fresh-machine.sh [--full] [--keep]
# FRESH_ROOT chooses the folder (default /tmp/fresh-debian12; removed at the end unless --keep).
# Node is copied from this host (Debian 12's own nodejs is too old for the project).
set -euo pipefail

full=false
keep=false
for arg in "$@"; do
  case "$arg" in
    --full) full=true ;;
    --keep) keep=true ;;
    *) echo "unknown option: $arg (expected --full or --keep)" >&2; exit 2 ;;
  esac
done

repo="$(cd "$(dirname "$0")/.." && pwd)"
target="${FRESH_ROOT:-/tmp/fresh-debian12}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"

step() { printf '\n=== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "run as root (debootstrap and chroot need it)"
command -v debootstrap >/dev/null || fail "debootstrap is missing: apt-get install -y debootstrap"

if [ ! -x "$target/usr/bin/apt-get" ]; then
  step "debootstrap a minimal Debian 12 (bookworm, minbase) into $target"
  rm -rf "$target"
  debootstrap --variant=minbase bookworm "$target" "$mirror" >"$target.debootstrap.log" 2>&1 ||
    fail "debootstrap failed; see $target.debootstrap.log"
fi
# The same apt sources as this host (security updates included), and name resolution.
if compgen -G '/etc/apt/sources.list.d/*.sources' >/dev/null; then
  cp /etc/apt/sources.list.d/*.sources "$target/etc/apt/sources.list.d/"
  rm -f "$target/etc/apt/sources.list" # debootstrap's one line would name the mirror twice
fi
cp /etc/resolv.conf "$target/etc/resolv.conf"
# This host's trusted certificate authorities (a network that inspects TLS to the npm registry needs
# its CA); kept where update-ca-certificates would find them again if a package reruns it.
mkdir -p "$target/etc/ssl/certs" "$target/usr/local/share/ca-certificates"
cp /etc/ssl/certs/ca-certificates.crt "$target/etc/ssl/certs/ca-certificates.crt"
cp /usr/local/share/ca-certificates/*.crt "$target/usr/local/share/ca-certificates/" 2>/dev/null || true

step "Node $(node --version) and npm from this host into /usr/local"
node_prefix="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
npm_dir="$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")"
mkdir -p "$target/usr/local/bin" "$target/usr/local/lib/node_modules"
cp "$node_prefix/bin/node" "$target/usr/local/bin/node"
rm -rf "$target/usr/local/lib/node_modules/npm"
cp -r "$npm_dir" "$target/usr/local/lib/node_modules/npm"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$target/usr/local/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$target/usr/local/bin/npx"

step "what the fresh machine lacks (dpkg status of the test suite's packages)"
packages="$(node --input-type=module -e "
  const { SYSTEM_PACKAGES } = await import('$repo/scripts/system-deps.mjs')
  console.log(SYSTEM_PACKAGES.map((item) => item.name).join(' '))")"
for name in $packages; do
  if chroot "$target" dpkg -s "$name" >/dev/null 2>&1; then
    fail "$name is already installed in $target: not a fresh machine (remove it or the folder)"
  fi
  echo "  $name: not installed"
done

step "a clean copy of the repository's committed HEAD ($(git -C "$repo" rev-parse --short HEAD)) for user 'tester'"
chroot "$target" id tester >/dev/null 2>&1 || chroot "$target" useradd --create-home tester
rm -rf "$target/home/tester/app"
mkdir -p "$target/home/tester/app"
git -C "$repo" archive HEAD | tar -x -C "$target/home/tester/app"
chroot "$target" chown -R tester:tester /home/tester/app

# Everything below runs in a private mount namespace: /proc, /sys and /dev leave with it.
run_in_chroot() {
  unshare --mount --fork -- bash -c '
    set -e
    t="$1"; shift
    mount -t proc proc "$t/proc"
    mount --rbind /sys "$t/sys"
    mount --rbind /dev "$t/dev"
    exec chroot "$t" "$@"
  ' _ "$target" "$@"
}

step "as the non-root user: npm ci && npm test (must stop at the package check)"
started=$(date +%s)
set +e
run_in_chroot su tester -c 'cd ~/app && npm ci --no-audit --no-fund --loglevel=error >/tmp/npm-ci.log 2>&1 || { tail -20 /tmp/npm-ci.log; exit 90; }
  start=$(date +%s%N); npm test; status=$?
  echo "[npm test exited $status after $((($(date +%s%N) - start) / 1000000)) ms]"
  exit $status' 2>&1 | tee "$target.nonroot.log"
status=${PIPESTATUS[0]}
set -e
[ "$status" -ne 90 ] || fail "npm ci failed as the non-root user"
[ "$status" -ne 0 ] || fail "npm test passed as a non-root user without the packages"
grep -q 'npm test needs system packages that are missing here' "$target.nonroot.log" ||
  fail "npm test did not stop at the package check"
for name in $packages; do
  grep -q "$name" "$target.nonroot.log" || fail "the message does not name $name"
done
grep -q 'sudo apt-get update && sudo apt-get install -y --no-install-recommends' "$target.nonroot.log" ||
  fail "the message does not give the install command"
echo "OK: the non-root run stopped (exit $status) naming every package and the command, $(($(date +%s) - started)) s including npm ci"

step "as root: npm ci && npm test (must install the packages, then run the tests)"
log="$target.root.log"
: >"$log"
# In a session of its own, so that stopping it early ends exactly this run's processes.
setsid bash -c "$(declare -f run_in_chroot); target='$target'"'
  run_in_chroot bash -c "cd /home/tester/app && npm ci --no-audit --no-fund --loglevel=error && npm test"
  echo "[npm ci && npm test exited $?]"' >"$log" 2>&1 &
runner=$!
stopped_early=false
while kill -0 "$runner" 2>/dev/null; do
  sleep 5
  if ! $full && grep -q '^system packages: installed' "$log" &&
    grep -q '^> stability-assessor@[^ ]* typecheck' "$log"; then
    sleep 10 # let the typecheck begin for real before stopping
    stopped_early=true
    kill -TERM -- "-$runner" 2>/dev/null || true
    break
  fi
done
wait "$runner" 2>/dev/null || true
# Keep apt's long download listing out of the summary; show the check's own lines and what followed.
grep -v -E '^(Get:|Selecting|Preparing|Unpacking|Setting up|Processing|\(Reading|debconf|Extracting|Creating config|update-alternatives|Adding|Current default|invoke-rc|Created symlink|Fetched|Reading)' "$log" | tail -40
grep -q '^system packages: installing' "$log" || fail "the root run did not start installing"
grep -q '^system packages: installed' "$log" || fail "the root run did not finish installing"
for name in $packages; do
  chroot "$target" dpkg -s "$name" >/dev/null 2>&1 || fail "$name is not installed after the root run"
  echo "  $name: $(chroot "$target" dpkg-query -W -f='${Version}' "$name")"
done
if $stopped_early; then
  echo "OK: as root, npm test installed every package and began the test run (typecheck); stopped there on purpose (--full runs it all)"
else
  grep -q '\[npm ci && npm test exited 0\]' "$log" || fail "npm test did not pass as root (see $log)"
  echo "OK: as root, npm test installed every package and the whole suite passed"
fi

if ! $keep; then rm -rf "$target" "$target".*.log; fi
