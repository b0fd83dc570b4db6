#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Mentorbook needs to build, run and test, on Debian 12 / Ubuntu 22.04 and newer.
# Does nothing when everything is already there.
set -eu

PACKAGES="cmake ninja-build g++ make pkg-config python3
qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
qt6-qpa-plugins libqt6svg6 qt6-translations-l10n xvfb xauth fonts-dejavu-core fonts-droid-fallback fonts-symbola
fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji
python3-icalendar libical-dev khal
qtkeychain-qt6-dev radicale gnome-keyring openssl
poppler-utils qpdf desktop-file-utils appstream dpkg-dev
dbus-daemon dbus-bin"

missing=""
if command -v dpkg-query >/dev/null 2>&1; then
    for p in $PACKAGES; do
        status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
        case "$status" in
            *"install ok installed"*) ;;
            *) missing="$missing $p" ;;
        esac
    done
else
    echo "mentorbook: this set-up installs packages with apt on Debian or Ubuntu." >&2
    echo "On another system install Qt 6.4 or newer (Core, Gui, Widgets, Sql with the SQLite driver," >&2
    echo "PrintSupport, DBus, Network, Test, LinguistTools), qtkeychain for Qt 6, CMake 3.21+, a C++17 compiler," >&2
    echo "Xvfb and dbus-run-session (the tests also need Radicale and GNOME Keyring), then run 'make build'." >&2
    echo "Debian package names: $(echo $PACKAGES)" >&2
    exit 1
fi

[ -z "$missing" ] && exit 0

echo "Installing:$missing"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "mentorbook: need root (or sudo) to install:$missing" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
