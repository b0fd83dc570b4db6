#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command in a D-Bus session of its own, with GNOME Keyring's Secret Service unlocked in
# it and HOME, XDG_DATA_HOME and XDG_CONFIG_HOME in a temporary folder: the real keyring, without
# touching the user's. The session, and the keyring daemon with it, ends with the command.
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT INT TERM
status=0
dbus-run-session -- sh -eu -c '
    dir=$1
    shift
    export HOME="$dir" XDG_DATA_HOME="$dir/data" XDG_CONFIG_HOME="$dir/config" XDG_RUNTIME_DIR="$dir/run"
    mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
    printf %s "keyring test" | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
    # Wait until it owns its name on the bus. Asking the name itself would have D-Bus start a
    # second daemon, whose keyring is locked.
    i=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
            | grep -q "boolean true"; do
        i=$((i + 1))
        if [ "$i" -gt 100 ]; then
            echo "with-keyring: GNOME Keyring did not start" >&2
            exit 1
        fi
        sleep 0.1
    done
    "$@"
' with-keyring "$dir" "$@" || status=$?
exit "$status"
