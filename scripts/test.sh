#!/usr/bin/env bash
# Builds with the `ci` preset and runs the whole ctest suite headless: the offscreen Qt
# platform and a private D-Bus session with an unlocked gnome-keyring, so the keychain is a
# real Secret Service. Then the sources' strings are checked against the Vietnamese
# translation (scripts/check-translations.sh), the packages are built and checked
# (scripts/check-packages.sh: lintian, desktop-file-validate, appstreamcli, makensis) and a
# bounded libFuzzer run goes over the protocol codecs (scripts/fuzz.sh).
# Extra arguments go to ctest (e.g. -R tst_shell) and skip the package checks and the
# fuzzing. Exits non-zero if anything failed.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --tests
# The contract checker's own packages, pinned by tests/contract/package-lock.json.
(cd tests/contract && npm ci --no-audit --no-fund --loglevel=error)
cmake --preset ci
cmake --build --preset ci

runtime_dir=$(mktemp -d)
data_dir=$(mktemp -d)
trap 'rm -rf "$runtime_dir" "$data_dir"' EXIT
chmod 700 "$runtime_dir"

export XDG_RUNTIME_DIR="$runtime_dir" XDG_DATA_HOME="$data_dir" QT_QPA_PLATFORM=offscreen
status=0
dbus-run-session -- bash -c '
    printf x | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --preset ci "$@"
' ctest-session "$@" || status=$?
if [ "$status" -eq 0 ] && [ $# -eq 0 ]; then
    scripts/check-translations.sh build/ci || status=$?
fi
if [ "$status" -eq 0 ] && [ $# -eq 0 ]; then
    scripts/check-packages.sh build/ci || status=$?
fi
if [ "$status" -eq 0 ] && [ $# -eq 0 ]; then
    scripts/fuzz.sh 30 || status=$?
fi
exit "$status"
