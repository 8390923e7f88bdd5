#!/bin/sh
# Shows the console's tray icon and desktop notification on a small X11 desktop: Xvfb with a
# system tray (trayer, XEmbed). Starts the demo, stops its sandbox once connected, and saves
# screenshots while the "instance unreachable" alert comes: the tray icon turns red and a
# notification names the instance.
#
#   scripts/tray-check.sh [en|vi] [OUTPUT_DIR]       (needs: xvfb trayer imagemagick)
#
# Uses the dev build (build/dev/bin/lgsp-console). Settings go to a temporary directory.
set -eu
lang=${1:-en}
out=${2:-tray-check}
here=$(cd "$(dirname "$0")/.." && pwd)
console="$here/build/dev/bin/lgsp-console"
[ -x "$console" ] || { echo "build first: cmake --preset dev && cmake --build build/dev" >&2; exit 2; }
for tool in xvfb-run trayer import; do
    command -v "$tool" >/dev/null || { echo "missing: $tool (apt install xvfb trayer imagemagick)" >&2; exit 2; }
done
mkdir -p "$out"
out=$(cd "$out" && pwd)
export LANG_UI="$lang" OUT="$out" CONSOLE="$console"
xvfb-run -a -s "-screen 0 1600x1000x24" sh -c '
    settings=$(mktemp -d)
    export XDG_CONFIG_HOME=$settings/config XDG_DATA_HOME=$settings/data XDG_CACHE_HOME=$settings/cache
    trayer --edge top --align right --widthtype pixel --width 160 --height 32 \
        --SetDockType true --tint 0x2b2b2b --transparent false >/dev/null 2>&1 &
    tray=$!
    sleep 1
    "$CONSOLE" --demo --lang "$LANG_UI" >"$OUT/console.log" 2>&1 &
    console=$!
    sleep 20
    import -window root "$OUT/connected.png"
    # The demo sandbox is a child of the console: stop it, as if the instance went down.
    pkill -P "$console" -f lgsp-sandbox || true
    for i in 1 2 3 4 5 6 7 8 9 10; do
        sleep 2
        import -window root "$OUT/after-$i.png"
    done
    kill "$console" "$tray" 2>/dev/null || true
    rm -rf "$settings"
'
echo "screenshots in $out: connected.png, after-1.png … after-10.png (the alert comes within one poll, 10 s)"
