#!/usr/bin/env bash
# Builds the Linux packages of a configured and built tree (default build/ci) with CPack and
# checks them and the desktop integration files:
#   lintian (no errors) on the .deb, rpm's own query of the .rpm,
#   desktop-file-validate on the desktop file, appstreamcli validate on the metainfo,
#   makensis compiling the Windows installer script around a placeholder payload.
# Run by scripts/test.sh; needs the packages of `scripts/install-deps.sh --tests`.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "check-packages: cpack DEB and RPM"
(cd "$build" && cpack -G "DEB;RPM" -B "$out" >"$out/cpack.log") || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/*.deb)
rpm=$(ls "$out"/*.rpm)

echo "check-packages: lintian $(basename "$deb")"
# Errors fail; warnings and information are printed for the reader.
lintian --fail-on error --tag-display-limit 0 "$deb"

echo "check-packages: $(basename "$rpm")"
rpm -qp --info "$rpm" | grep -E '^(Name|Version|License)'
rpm_files=$(rpm -qpl "$rpm")
deb_files=$(dpkg-deb -c "$deb" | awk '{print substr($6, 2)}')
for file in /usr/bin/lgsp-console /usr/bin/lgsp-sandbox \
        /usr/share/applications/vn.lgsp.Console.desktop \
        /usr/share/metainfo/vn.lgsp.Console.metainfo.xml \
        /usr/share/icons/hicolor/scalable/apps/vn.lgsp.Console.svg \
        /usr/share/icons/hicolor/256x256/apps/vn.lgsp.Console.png; do
    grep -qx "$file" <<<"$rpm_files" || { echo "check-packages: $file missing from the RPM"; exit 1; }
    grep -qx "$file" <<<"$deb_files" || { echo "check-packages: $file missing from the DEB"; exit 1; }
done

echo "check-packages: desktop-file-validate, appstreamcli validate"
desktop-file-validate packaging/linux/vn.lgsp.Console.desktop
appstreamcli validate --no-net "$build/packaging/vn.lgsp.Console.metainfo.xml"
# The metainfo release is the project's one version.
version=$(sed -n 's/^    VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt)
grep -q "release version=\"$version\"" "$build/packaging/vn.lgsp.Console.metainfo.xml"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ]

echo "check-packages: makensis (Windows installer script, placeholder payload)"
cmake -S packaging/windows/nsis-check -B "$out/nsis" \
      -DLGSP_APP_ICON="$PWD/$build/packaging/icons/vn.lgsp.Console.ico" >"$out/nsis.log"
(cd "$out/nsis" && cpack -G NSIS >>"$out/nsis.log") || { cat "$out/nsis.log"; exit 1; }
ls "$out"/nsis/*.exe >/dev/null
echo "check-packages: all passed"
