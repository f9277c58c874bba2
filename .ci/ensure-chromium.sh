#!/usr/bin/env bash
# Playwright cannot download its own browsers here: use Debian's Chromium, installing it when missing.
set -euo pipefail
# Chromium, plus a colour emoji font so :emoji: in screenshots is not drawn as empty boxes.
if [ -x /usr/bin/chromium ] && dpkg -s fonts-noto-color-emoji >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "Chromium or the emoji font is missing: install them with 'sudo apt-get install chromium fonts-noto-color-emoji' and run again." >&2
  exit 1
fi
echo "Installing Debian's chromium and an emoji font for the browser tests…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-color-emoji >/dev/null
/usr/bin/chromium --version
