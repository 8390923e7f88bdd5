#!/usr/bin/env bash
# The install test of the Debian package: a clean Debian 12 root made with debootstrap, the
# .deb installed into it with apt (so its dependencies resolve from the archive), then, inside
# the chroot, `lgsp-console --demo --check` and a screenshot of the catalog page.
#
#   scripts/chroot-install-test.sh [PACKAGE.deb] [SCREENSHOT.png]
#
# Needs root, debootstrap and access to a Debian mirror (MIRROR=…, default deb.debian.org).
# It downloads a few hundred megabytes and takes several minutes, so it is not part of every
# CI run: run it before each release and after packaging changes (README, "Packages").
set -euo pipefail
cd "$(dirname "$0")/.."
deb=${1:-}
shot=${2:-$PWD/chroot-screenshot.png}
mirror=${MIRROR:-http://deb.debian.org/debian}
if [ -z "$deb" ]; then
    (cd build/ci && cpack -G DEB >/dev/null)
    deb=$(ls -t build/ci/*.deb | head -1)
fi
[ "$(id -u)" -eq 0 ] || { echo "chroot-install-test: run as root" >&2; exit 1; }

root=$(mktemp -d /tmp/lgsp-chroot.XXXXXX)
cleanup() {
    for m in dev/pts dev proc sys; do umount -l "$root/$m" 2>/dev/null || true; done
    # Never delete through a mount that is still there (the host's /dev is bound in).
    if findmnt -rn -o TARGET | grep -q "^$root/"; then
        echo "chroot-install-test: $root still has mounts; not deleting it" >&2
        return
    fi
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT

echo "chroot-install-test: debootstrap bookworm into $root"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.log" 2>&1 ||
    { tail -20 "$root.log"; exit 1; }
rm -f "$root.log"
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"

echo "chroot-install-test: apt install ./$(basename "$deb")"
chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
    sh -c "apt-get update -qq && apt-get install -y -qq ./tmp/$(basename "$deb")" >/dev/null

in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 \
        QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/xdg "$@"
}
mkdir -p "$root/tmp/xdg" && chmod 700 "$root/tmp/xdg"
echo "chroot-install-test: installed files"
for f in /usr/bin/lgsp-console /usr/bin/lgsp-sandbox /usr/share/applications/vn.lgsp.Console.desktop \
         /usr/share/metainfo/vn.lgsp.Console.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/vn.lgsp.Console.svg; do
    [ -e "$root$f" ] || { echo "chroot-install-test: $f is missing" >&2; exit 1; }
done
in_root lgsp-console --version
echo "chroot-install-test: lgsp-console --demo --check"
in_root lgsp-console --demo --check
echo "chroot-install-test: lgsp-console --demo --view services --screenshot"
in_root lgsp-console --demo --view services --screenshot /tmp/shot.png
cp "$root/tmp/shot.png" "$shot"
echo "chroot-install-test: passed; screenshot in $shot"
