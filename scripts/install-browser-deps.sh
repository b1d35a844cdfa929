#!/usr/bin/env bash
# Install what the browser tests need, only when it is missing:
# Chromium and ChromeDriver (Debian packages) and axe-core (npm, pinned in tests/browser/).
set -euo pipefail
cd "$(dirname "$0")/.."

have_browser() {
  { [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; } ||
    command -v chromium >/dev/null || command -v chromium-browser >/dev/null ||
    command -v google-chrome >/dev/null
}

if ! have_browser || ! command -v chromedriver >/dev/null; then
  echo "Installing Chromium and ChromeDriver from Debian's packages..."
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

if [ -f tests/browser/package.json ] && [ ! -f tests/browser/node_modules/axe-core/axe.min.js ]; then
  echo "Installing axe-core from npm..."
  npm ci --prefix tests/browser --no-audit --no-fund --silent
fi
