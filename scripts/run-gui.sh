#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts the desktop application, or explains how when there is no display.
set -eu
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "mentorbook: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set)." >&2
    echo "To run the window on a virtual display:  xvfb-run -a $*" >&2
    echo "The command line works without a display:  $1 --help" >&2
    exit 1
fi
exec "$@"
