#!/usr/bin/env bash
# The end-to-end accessibility tests: the real lgsp-console window on an Xvfb display, in a
# private D-Bus session with the AT-SPI bus, read by unnamed_controls.py as a screen reader
# reads it (or driven from the keyboard by palette_keyboard.py when "palette" is given).
# Settings and data go to temporary folders.
#   run-accessibility-check.sh CONSOLE SOURCE_DIR [palette]
set -euo pipefail
console=$1
source_dir=$2
for tool in xvfb-run dbus-run-session /usr/libexec/at-spi-bus-launcher; do
    command -v "$tool" >/dev/null || { echo "missing $tool (scripts/install-deps.sh --tests)"; exit 1; }
done
/usr/bin/python3 -c 'import pyatspi' || { echo "missing python3-pyatspi"; exit 1; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/runtime"
export XDG_RUNTIME_DIR="$home/runtime" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data"
export QT_LOGGING_RULES="*.debug=false"
unset QT_QPA_PLATFORM DBUS_SESSION_BUS_ADDRESS
if [ "${3:-}" = palette ]; then
    exec xvfb-run -a -s "-screen 0 1600x1000x24" dbus-run-session -- /usr/bin/python3 \
        "$source_dir/tests/accessibility/palette_keyboard.py" "$console"
fi
exec xvfb-run -a -s "-screen 0 1600x1000x24" dbus-run-session -- /usr/bin/python3 \
    "$source_dir/tests/accessibility/unnamed_controls.py" "$console" \
    --bundle "$source_dir/tests/data/bundles/valid-hau-giang.json"
