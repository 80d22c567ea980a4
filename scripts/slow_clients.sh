#!/usr/bin/env bash
# 200 clients trickling headers one byte per 500 ms; /healthz and /api/chat must still answer
# within 1 s (scripts/slow_clients.mjs). About 30 s.   usage: scripts/slow_clients.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
exec node scripts/slow_clients.mjs "${1:-build}"
