#!/usr/bin/env bash
# HTTP throughput of `lenbot serve` on loopback: wrk against POST /api/chat (dev questions in
# rotation, bench/chat_post.lua), GET /healthz, POST /discord/interactions (signed /ask
# interactions, bench/discord_post.lua; Ed25519 bodies signed beforehand by
# scripts/discord_pool.mjs) and POST /api/quiz/answer (64 started players per connection in rotation,
# bench/quiz_answer.lua), 10 s each, then requests/s, p99 latency, the chat/health ratio and the
# server's resident memory. Targets: ratio >= 70%, no errors, RSS < 50 MB; exits 1 when one is
# missed. Rate limiting and the access log are off for the run.
# The chat figure repeats the 40 dev questions, so after the first round every answer comes from
# the reply cache; a second server with the cache off (reply_cache 0) is measured the same way
# for what an uncached chat request costs (reported, not a target).
#   usage: scripts/bench_http.sh [build-dir]    (env: DURATION=10s CONNECTIONS=8 WRK_THREADS=2)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/wait_healthy.sh
build=${1:-build}
duration=${DURATION:-10s}
connections=${CONNECTIONS:-8}
wrk_threads=${WRK_THREADS:-2}
port=${PORT:-$((20000 + RANDOM % 20000))}
base="http://127.0.0.1:$port"

tmp=$(mktemp -d)
public_key=$(node scripts/discord_pool.mjs key "$tmp")
LENBOT_RATE_LIMIT_REQUESTS=0 "$build/lenbot" serve --host 127.0.0.1 --port "$port" \
  --threads "$connections" --db "$tmp/index.db" --state-db "$tmp/state.db" --log-level warn \
  --discord-public-key "$public_key" \
  >"$tmp/server.log" 2>&1 &
pid=$!
uncached_port=$((port + 1))
uncached_base="http://127.0.0.1:$uncached_port"
mkdir "$tmp/uncached"
LENBOT_RATE_LIMIT_REQUESTS=0 LENBOT_REPLY_CACHE=0 "$build/lenbot" serve --host 127.0.0.1 \
  --port "$uncached_port" --threads "$connections" --db "$tmp/uncached/index.db" \
  --state-db "$tmp/uncached/state.db" --log-level warn >"$tmp/uncached/server.log" 2>&1 &
uncached_pid=$!
cleanup() {
  kill "$pid" "$uncached_pid" 2>/dev/null
  wait "$pid" "$uncached_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

wait_healthy bench "$base" "$pid" "$tmp/server.log"
wait_healthy bench "$uncached_base" "$uncached_pid" "$tmp/uncached/server.log"
curl -fs -H 'Content-Type: application/json' -d '{"message":"hi len"}' "$base/api/chat" >/dev/null
wrk -t"$wrk_threads" -c"$connections" -d"$duration" --latency -s bench/chat_post.lua \
  "$uncached_base/api/chat" -- tests/data/dev_questions.jsonl >"$tmp/chat_uncached.txt"
kill "$uncached_pid" && wait "$uncached_pid" 2>/dev/null || true

wrk -t"$wrk_threads" -c"$connections" -d"$duration" --latency -s bench/chat_post.lua \
  "$base/api/chat" -- tests/data/dev_questions.jsonl >"$tmp/chat.txt"
wrk -t"$wrk_threads" -c"$connections" -d"$duration" --latency "$base/healthz" >"$tmp/health.txt"
# Signed now, so every timestamp is well inside the 300 s window for the 10 s run.
# Each signed body once (the server refuses replays): enough for the run at ~10,000 req/s.
node scripts/discord_pool.mjs asks "$tmp" "${DISCORD_BODIES:-120000}"
wrk -t"$wrk_threads" -c"$connections" -d"$duration" --latency -s bench/discord_post.lua \
  "$base/discord/interactions" -- "$tmp/discord_pool.lua" discord_ask "$wrk_threads" \
  >"$tmp/discord.txt"
for t in $(seq 1 "$connections"); do
  for u in $(seq 0 63); do
    curl -fs -H 'Content-Type: application/json' \
      -d "{\"channel\":\"bench\",\"user\":\"bench-$t-$u\"}" "$base/api/quiz/start" >/dev/null
  done
done
# One connection per wrk thread: each thread's players then answer one at a time, never two
# answers of one player racing (which would rightly get 409 already_answered).
wrk -t"$connections" -c"$connections" -d"$duration" --latency -s bench/quiz_answer.lua \
  "$base/api/quiz/answer" -- 64 >"$tmp/quiz.txt"
rss_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
hwm_kb=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status")

rps() { awk '/^Requests\/sec/ {print $2}' "$1"; }
p99() { awk '$1 == "99%" {print $2}' "$1"; }
errors() {
  awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' "$1"
}
chat_rps=$(rps "$tmp/chat.txt"); health_rps=$(rps "$tmp/health.txt")
ratio=$(awk -v c="$chat_rps" -v h="$health_rps" 'BEGIN {printf "%.1f", 100 * c / h}')
uncached_ratio=$(awk -v c="$(rps "$tmp/chat_uncached.txt")" -v h="$health_rps" \
  'BEGIN {printf "%.1f", 100 * c / h}')
chat_errors=$(errors "$tmp/chat.txt"); health_errors=$(errors "$tmp/health.txt")
uncached_errors=$(errors "$tmp/chat_uncached.txt")
discord_errors=$(errors "$tmp/discord.txt"); quiz_errors=$(errors "$tmp/quiz.txt")

row() { printf '%-32s %12s %10s %8s\n' "$@"; }
row route "requests/s" p99 errors
row "POST /api/chat" "$chat_rps" "$(p99 "$tmp/chat.txt")" "$chat_errors"
row "POST /api/chat, cache off" "$(rps "$tmp/chat_uncached.txt")" \
  "$(p99 "$tmp/chat_uncached.txt")" "$uncached_errors"
row "GET /healthz" "$health_rps" "$(p99 "$tmp/health.txt")" "$health_errors"
row "POST /discord/interactions /ask" "$(rps "$tmp/discord.txt")" "$(p99 "$tmp/discord.txt")" \
  "$discord_errors"
row "POST /api/quiz/answer" "$(rps "$tmp/quiz.txt")" "$(p99 "$tmp/quiz.txt")" "$quiz_errors"
echo "chat/health: ${ratio}% (cache off: ${uncached_ratio}%)   RSS: $((rss_kb / 1024)) MB (peak $((hwm_kb / 1024)) MB)"
echo "(wrk: $wrk_threads threads, $connections connections, $duration each; server $connections threads)"

ok=1
awk -v r="$ratio" 'BEGIN {exit !(r >= 70)}' || { echo "MISS: chat below 70% of healthz"; ok=0; }
[ $((chat_errors + uncached_errors + health_errors + discord_errors + quiz_errors)) -eq 0 ] ||
  { echo "MISS: errors"; ok=0; }
[ "$hwm_kb" -lt $((50 * 1024)) ] || { echo "MISS: RSS over 50 MB"; ok=0; }
[ "$ok" = 1 ] && echo "all targets met"
[ "$ok" = 1 ]
