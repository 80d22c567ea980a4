#!/usr/bin/env bash
# Corrupt index rebuilt, corrupt state database refused, and 20 SIGKILLs during quiz answers
# with no acknowledged answer lost or counted twice (scripts/crash_safety.mjs). About a minute.
#   usage: scripts/crash_safety.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
exec node scripts/crash_safety.mjs "${1:-build}"
