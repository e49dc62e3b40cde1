#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine to run every test: Chromium for the browser tests (Debian's
# package; Playwright's own browser downloads are not used), then the project's npm dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 && [ -z "${LECTERN_CHROMIUM:-}" ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing Debian's chromium for the browser tests…"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

# The Electron binary comes from GitHub, which some machines (CI here) cannot reach; the tests that
# need it skip themselves with a clear line, everything else runs in browser mode.
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
npm ci --no-audit --no-fund
