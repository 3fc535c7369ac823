#!/usr/bin/env bash
# Installs Debian's Chromium for the browser suite. Debian's package rather than a test tool's
# own download, so the browser comes from the distribution's mirrors like every other package.
# Safe to run again: it does nothing when /usr/bin/chromium is already there.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
	echo "chromium already installed: $("$CHROMIUM" --version)"
	exit 0
fi

SUDO=''
if [ "$(id -u)" -ne 0 ]; then SUDO='sudo'; fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y chromium
echo "installed: $("$CHROMIUM" --version)"
