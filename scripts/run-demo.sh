#!/usr/bin/env bash
# Installs what is missing, builds, and starts LGSP Console with a local lgsp-sandbox
# (`lgsp-console --demo`). The sandbox stops when the console exits. Extra arguments go to
# lgsp-console (e.g. --lang vi).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release
cmake --build --preset release

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run-demo: no display found. Run this on a desktop session, or under Xvfb:" >&2
    echo "  xvfb-run -a -s '-screen 0 1600x1000x24' scripts/run-demo.sh" >&2
    exit 1
fi
exec build/release/bin/lgsp-console --demo "$@"
