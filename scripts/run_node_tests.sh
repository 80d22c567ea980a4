#!/usr/bin/env bash
# Runs each Node test suite under tests/ that exists (browser page, Discord client).
# Each suite starts its own lenbot server on a free loopback port.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
ran=0
for dir in tests/browser tests/discord; do
  if [ -f "$dir/package.json" ]; then
    echo "== node tests: $dir"
    LENBOT_BIN="$PWD/$build/lenbot" LENBOT_BUILD_DIR="$PWD/$build" node --test "$dir"/*.test.mjs
    ran=1
  fi
done
[ "$ran" = 1 ] || echo "no node test suites yet"
