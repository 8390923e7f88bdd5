#!/usr/bin/env bash
# Installs what LGSP Console needs to build and run its demo on Debian 12 (and Debian-based
# systems with Qt 6.4 or newer); with --tests also what the test suite needs, with --bench
# also what the benchmarks compare against (nginx, wrk). Idempotent: installs only what is
# missing.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config
    # Qt 6 and QtKeychain (libqt6opengl6-dev is needed for Qt Charts to be found)
    qt6-base-dev zlib1g-dev libqt6opengl6-dev qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev
    # run-time plugins: SQLite driver, SVG icons, X11/Wayland platforms
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins qt6-wayland
    # yaml-cpp reads OpenAPI definitions (YAML) to compare them
    libyaml-cpp-dev
    # libxlsxwriter writes the reports as Excel workbooks
    libxlsxwriter-dev
    # a font with Vietnamese glyphs
    fonts-dejavu-core
)
tests=false
bench=false
for argument in "$@"; do
    case "$argument" in
        --tests) tests=true ;;
        --bench) bench=true ;;
        *) echo "install-deps: unknown option $argument (--tests, --bench)" >&2; exit 2 ;;
    esac
done
if $bench; then
    # bench_gateway drives the gateway and an nginx reverse proxy with wrk (docs/performance.md)
    packages+=(nginx wrk)
fi
if $tests; then
    packages+=(
        # a private D-Bus session with a real Secret Service (gnome-keyring); openssl makes
        # the test certificate authority
        dbus gnome-keyring openssl
        # libFuzzer: clang and its runtime libraries (scripts/fuzz.sh)
        clang libclang-rt-dev
        # package checks (scripts/check-packages.sh): RPM building, lintian, desktop file and
        # AppStream validation, makensis for the Windows installer script
        rpm lintian desktop-file-utils appstream nsis
        # promtool checks the --check prometheus output (tst_console_check)
        prometheus
        # openpyxl reads the report workbooks back, as a reader independent of the writer
        python3-openpyxl
        # pdftotext and pdftoppm read the report PDFs back and render them (tst_reportexport)
        poppler-utils
        # the accessibility test drives the real window over AT-SPI on an X server
        # (tests/accessibility); xauth is what xvfb-run needs besides Xvfb
        xvfb xauth at-spi2-core python3-pyatspi
    )
fi

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing+=("$package")
done

# The contract check runs on Node.js (18 or newer); any installed node will do.
if $tests && { ! command -v node >/dev/null || ! command -v npm >/dev/null; }; then
    missing+=(nodejs npm)
fi

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: everything is installed."
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
