#!/usr/bin/env bash
# Playwright cannot download its own browsers here: use Debian's Chromium, installing it when missing.
set -euo pipefail
# Chromium, plus colour emoji and CJK fonts so :emoji: and Korean or Japanese text are not drawn as boxes.
if [ -x /usr/bin/chromium ] && dpkg -s fonts-noto-color-emoji fonts-noto-cjk >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "Chromium or its fonts are missing: install them with 'sudo apt-get install chromium fonts-noto-color-emoji fonts-noto-cjk' and run again." >&2
  exit 1
fi
echo "Installing Debian's chromium and its emoji and CJK fonts for the browser tests…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-color-emoji fonts-noto-cjk >/dev/null
/usr/bin/chromium --version
