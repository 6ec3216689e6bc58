#!/usr/bin/env bash
# System packages the tests need, installed only when missing — the one place that knows them.
# Called by the README's test command and by .ci/run:
#   bash scripts/system-setup.sh
# Works on a fresh Debian 12 as root (no sudo there) and as a user with sudo. When something is
# missing it first refreshes the package lists (stale lists install old browsers: Chromium 150
# instead of 156), then installs exactly what is missing. When nothing is missing it changes nothing.
#
# SYSTEM_SETUP_ROOT (tests only, tests/unit/system-setup.test.ts) prefixes every checked path, so
# the logic can be exercised against an empty directory without touching the machine.
set -euo pipefail

root="${SYSTEM_SETUP_ROOT:-}"

# "Debian package|file it provides" — a file the test harness runs, so presence means usable.
requirements=(
  'chromium|/usr/bin/chromium'
  'nginx-light|/usr/sbin/nginx'
  'xvfb|/usr/bin/Xvfb'
  'webkit2gtk-driver|/usr/bin/WebKitWebDriver'
  'firefox-esr|/usr/bin/firefox-esr'
)

missing=()
for requirement in "${requirements[@]}"; do
  package="${requirement%%|*}"
  file="${requirement#*|}"
  [ -x "${root}${file}" ] || missing+=("$package")
done
# MiniBrowser (the WebKitGTK browser WebKitWebDriver starts) lives under the architecture's
# library directory; webkit2gtk-driver pulls it in.
shopt -s nullglob
minibrowsers=("${root}"/usr/lib/*/webkit2gtk-4.1/MiniBrowser)
shopt -u nullglob
if [ "${#minibrowsers[@]}" -eq 0 ] && [[ " ${missing[*]} " != *' webkit2gtk-driver '* ]]; then
  missing+=(webkit2gtk-driver)
fi

if [ "${#missing[@]}" -eq 0 ]; then
  echo "system-setup: every system package the tests need is installed; nothing to do."
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "system-setup: missing ${missing[*]}, and this user is neither root nor has sudo." >&2
  echo "Run as root: apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "system-setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
