#!/usr/bin/env bash
# Soak test of `lenbot serve` on loopback: a fixed-rate mix of good requests (chat, quiz start
# and answers, leaderboard, healthz, Discord interactions with real Ed25519 signatures) and bad
# ones (malformed, deep and invalid-UTF-8 JSON, oversized, chunked and compressed bodies, Range,
# long paths, header floods, forged quiz channels, bad and stale signatures, unknown routes),
# driven by wrk (bench/soak_mix.lua) in segments of one sample interval, each with freshly
# signed Discord bodies (scripts/discord_pool.mjs) so timestamps stay inside the 300 s window
# and no signed body is sent twice (the server refuses replays).
#
# The server's resident memory (VmRSS) and open descriptors are sampled every interval (60 s;
# 20 s when the run is 5 minutes or shorter). Pass when
#   - memory at the end is within 10% of memory after the warm-up: the first 5 minutes, or the
#     first minute for runs of 5 minutes or shorter (CI runs 3);
#   - after the load stops, every descriptor that is not a SQLite file is back to its count
#     before the load (sockets: just the listener). SQLite connections the pools opened under
#     load stay open by design, at most 5 descriptors per server thread (state database and
#     WAL for conversations and the quiz, the index);
#   - every request got the status its class must get (good ones 2xx, attacks their 4xx), with
#     no socket errors. Rate limiting is off for the run (LENBOT_RATE_LIMIT_REQUESTS=0).
# Prints a table; exits 1 on failure.
#   usage: scripts/soak.sh [minutes] [build-dir]   (env: CONNECTIONS=4 DELAY_MS=25)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/wait_healthy.sh
minutes=${1:-30}
build=${2:-build}
connections=${CONNECTIONS:-4}
delay_ms=${DELAY_MS:-25}
if [ "$minutes" -le 5 ]; then interval=20; warmup=60; else interval=60; warmup=300; fi
segments=$((minutes * 60 / interval))
port=${PORT:-$((20000 + RANDOM % 20000))}
base="http://127.0.0.1:$port"

tmp=$(mktemp -d)
public_key=$(node scripts/discord_pool.mjs key "$tmp")
LENBOT_RATE_LIMIT_REQUESTS=0 "$build/lenbot" serve --host 127.0.0.1 --port "$port" \
  --db "$tmp/index.db" --state-db "$tmp/state.db" --discord-public-key "$public_key" \
  --log-level warn >"$tmp/server.log" 2>&1 &
pid=$!
cleanup() {
  kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

wait_healthy soak "$base" "$pid" "$tmp/server.log"
sleep 1

rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$pid/status"; }
fds() { find "/proc/$pid/fd" -mindepth 1 -maxdepth 1 2>/dev/null | wc -l; }
sqlite_fds() {
  find "/proc/$pid/fd" -mindepth 1 -maxdepth 1 \( -lname '*.db' -o -lname '*.db-wal' \
    -o -lname '*.db-shm' \) 2>/dev/null | wc -l
}
sockets() { find "/proc/$pid/fd" -mindepth 1 -maxdepth 1 -lname 'socket:*' 2>/dev/null | wc -l; }
threads() { awk '/^Threads/ {print $2}' "/proc/$pid/status"; }
# Waits (at most 15 s: keep-alive is 3 s) until the load's connections are closed.
settle() {
  for _ in $(seq 1 150); do [ "$(sockets)" -le "$cold_sockets" ] && break; sleep 0.1; done
}

cold_fds=$(fds); cold_sockets=$(sockets); cold_rss=$(rss_kb); cold_sqlite=$(sqlite_fds)
echo "soak: ${minutes} min on $base, $connections connections, ${delay_ms} ms between requests" \
  "each; samples every ${interval} s; warm-up ${warmup} s"
printf '%8s %10s %6s %8s %8s\n' "t (s)" "RSS (KB)" fds sockets threads
printf '%8s %10s %6s %8s %8s\n' 0 "$cold_rss" "$cold_fds" "$cold_sockets" "$(threads)"

warm_rss=""; end_rss=""
for segment in $(seq 1 "$segments"); do
  # 40 copies: every signed 200 body is sent once (replays are refused), 8 threads at most.
  node scripts/discord_pool.mjs pool "$tmp" 16 40
  wrk -t"$connections" -c"$connections" -d"${interval}s" --timeout 5s -s bench/soak_mix.lua \
    "$base" -- "$tmp/discord_pool.lua" tests/data/dev_questions.jsonl "$delay_ms" \
    >"$tmp/wrk_$segment.txt" &
  wrk_pid=$!
  sleep $((interval - 1))
  kill -0 "$pid" 2>/dev/null || { tail -20 "$tmp/server.log"; echo "soak: server died" >&2; exit 1; }
  t=$((segment * interval))
  rss=$(rss_kb)
  printf '%8s %10s %6s %8s %8s\n' "$t" "$rss" "$(fds)" "$(sockets)" "$(threads)"
  [ "$t" -eq "$warmup" ] && warm_rss=$rss
  end_rss=$rss
  wait "$wrk_pid"
done
settle
sleep 1
end_fds=$(fds); end_sockets=$(sockets); end_sqlite=$(sqlite_fds); end_threads=$(threads)
printf '%8s %10s %6s %8s %8s   (idle, after the load)\n' end "$(rss_kb)" "$end_fds" \
  "$end_sockets" "$(threads)"

# Add up the segments: "COUNT class status n", "WRONG class n", "ERRORS ..." lines.
cat "$tmp"/wrk_*.txt >"$tmp/all.txt"
echo
printf '%-24s %9s  %-28s %6s\n' class requests "statuses" wrong
awk '
  $1 == "COUNT" { n[$2] += $4; s[$2 " " $3] += $4; classes[$2] = 1 }
  $1 == "WRONG" { w[$2] += $3 }
  END {
    for (c in classes) {
      line = ""
      for (k in s) { split(k, p, " "); if (p[1] == c) line = line p[2] "x" s[k] " " }
      printf "%-24s %9d  %-28s %6d\n", c, n[c], line, w[c]
    }
  }' "$tmp/all.txt" | sort
read -r total wrong_total < <(awk '$1 == "COUNT" {t += $4} $1 == "WRONG" {w += $3}
  END {print t + 0, w + 0}' "$tmp/all.txt")
socket_errors=$(awk '$1 == "ERRORS" {n += $3 + $5 + $7 + $9} END {print n + 0}' "$tmp/all.txt")
echo "total $total requests in ${minutes} min ($((total / (minutes * 60))) req/s);" \
  "wrong status: $wrong_total; socket errors (connect/read/write/timeout): $socket_errors"
server_errors=$(grep -c '\[error\]' "$tmp/server.log" || true)

ok=1
growth=$(awk -v w="$warm_rss" -v e="$end_rss" 'BEGIN {printf "%.1f", 100 * (e - w) / w}')
echo "memory: ${warm_rss} KB after ${warmup} s, ${end_rss} KB at the end (${growth}%)," \
  "${cold_rss} KB idle at start"
awk -v w="$warm_rss" -v e="$end_rss" 'BEGIN {exit !(e <= w * 1.10 && e >= w * 0.90)}' ||
  { echo "FAIL: memory moved more than 10% after the warm-up"; ok=0; }
echo "descriptors: $cold_fds at start ($cold_sockets sockets, $cold_sqlite SQLite)," \
  "$end_fds after the load ($end_sockets sockets, $end_sqlite SQLite, $end_threads threads)"
[ "$end_sockets" -le "$cold_sockets" ] || { echo "FAIL: sockets left open"; ok=0; }
[ $((end_fds - end_sqlite)) -le $((cold_fds - cold_sqlite)) ] ||
  { echo "FAIL: descriptors other than SQLite's did not return"; ok=0; }
[ "$end_sqlite" -le $((5 * end_threads)) ] || { echo "FAIL: more SQLite descriptors than 5 a thread"; ok=0; }
[ "$wrong_total" -eq 0 ] || { echo "FAIL: requests got a status their class must not get"; ok=0; }
[ "$socket_errors" -eq 0 ] || { echo "FAIL: socket errors"; ok=0; }
[ "$server_errors" -eq 0 ] || { grep '\[error\]' "$tmp/server.log" | head; echo "FAIL: server errors"; ok=0; }
[ "$total" -gt 0 ] || { echo "FAIL: no requests"; ok=0; }
[ "$ok" = 1 ] && echo "soak: pass"
[ "$ok" = 1 ]
