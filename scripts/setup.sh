#!/usr/bin/env bash
# Sets up a fresh machine for Askwell's tests: Debian's Chromium for the browser suite (when it is
# missing; needs root, as on CI) and the locked npm dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Installing Debian's chromium for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
npm ci --no-audit --no-fund
