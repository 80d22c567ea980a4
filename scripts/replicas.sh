#!/usr/bin/env bash
# The replica rig (issue #14): a throwaway PostgreSQL 15 cluster in a temp dir, two lenbot
# replicas on it and nginx round-robin in front, then chat and quiz flows across them,
# concurrent double answers, moderation through one replica seen by the other (a blocked
# channel, a leaderboard reset), Discord replays, 20 SIGKILLs of a replica under quiz load, a
# PostgreSQL restart, bad start-up URIs, and wrk figures against one replica on SQLite. Stops
# everything it started (scripts/replicas.mjs does the work). Part of `make check`.
#   usage: scripts/replicas.sh [build-dir]     (env: KILLS=20 WRK_SECONDS=8)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
for need in /usr/lib/postgresql/15/bin/initdb /usr/lib/postgresql/15/bin/pg_ctl; do
  if [ ! -x "$need" ]; then
    echo "replicas: $need missing (scripts/setup.sh installs postgresql-15)" >&2
    exit 1
  fi
done
for need in nginx psql wrk node; do
  command -v "$need" >/dev/null || { echo "replicas: $need missing (scripts/setup.sh)" >&2; exit 1; }
done
[ -x "$build/lenbot" ] || { echo "replicas: $build/lenbot is not built" >&2; exit 1; }
node scripts/replicas.mjs "$build"
