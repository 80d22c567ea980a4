#!/usr/bin/env bash
# The automated half of docs/operations.md: install into a temporary prefix, start the systemd
# unit's own ExecStart line (deploy/lenbot.service) with a temporary data dir and config, from
# a folder that is not the source tree, and check: /healthz, a quiz answer, `lenbot backup`,
# SIGHUP reloading an edited persona (and surviving a broken one), a restore from the backup
# after a stop, and `lenbot admin`. Loopback only,
# self-cleaning, well under a minute on a built tree.
#   scripts/check_install.sh [BUILD]   BUILD: a configured build folder (default build/)
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
case "$build" in /*) ;; *) build="$src/$build" ;; esac
tmp=$(mktemp -d /tmp/lenbot-install-XXXXXX)
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "check_install: FAIL: $*" >&2; [ -f "$tmp/log" ] && tail -20 "$tmp/log" >&2; exit 1; }

# 1. Install (the binary from BUILD; a fresh binary-only build when BUILD has none).
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Release -DLENBOT_BUILD_TESTS=OFF \
    -DLENBOT_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$build" --target lenbot -j 2 >/dev/null
cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
lenbot="$tmp/prefix/bin/lenbot"
[ -x "$lenbot" ] || fail "no binary installed"
for f in share/lenbot/corpus/kagamine_len_article.txt share/lenbot/personas/len.json \
  share/lenbot/bot/web/index.html share/lenbot/deploy/lenbot.service; do
  [ -f "$tmp/prefix/$f" ] || fail "$f not installed"
done
"$lenbot" --version | grep -q '^lenbot [0-9]' || fail "--version"
"$lenbot" serve --help >/dev/null || fail "serve --help"

# 2. The unit's ExecStart, with the temp prefix and config in place of /opt and /etc.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$tmp/etc" "$tmp/data" "$tmp/run"
sed -e "s|/var/lib/lenbot|$tmp/data|" -e "s|\"port\": 8080|\"port\": $port|" \
  "$src/deploy/lenbot.json" > "$tmp/etc/lenbot.json"
# The persona as an admin would customise it: a copy in the config folder, named in the config.
cp "$tmp/prefix/share/lenbot/personas/len.json" "$tmp/etc/len.json"
python3 - "$tmp/etc/lenbot.json" "$tmp/etc/len.json" <<'PY'
import json, sys
config = json.load(open(sys.argv[1]))
config["persona"] = sys.argv[2]
json.dump(config, open(sys.argv[1], "w"), indent=2)
PY
exec_start=$(sed -n 's/^ExecStart=//p' "$src/deploy/lenbot.service" |
  sed -e "s|/opt/lenbot|$tmp/prefix|" -e "s|/etc/lenbot/lenbot.json|$tmp/etc/lenbot.json|")
cd "$tmp/run"  # not the source tree: every path must come from the install or the config
base="http://127.0.0.1:$port"
start() {
  # shellcheck disable=SC2086 # the unit's command line, split as systemd splits it
  env -u LENBOT_CONFIG -u LENBOT_HOME $exec_start >>"$tmp/log" 2>&1 &
  pid=$!
  for _ in $(seq 1 300); do
    curl -fs "$base/healthz" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || fail "the server exited"
    sleep 0.1
  done
  fail "no /healthz within 30 s"
}
stop() { kill -TERM "$pid"; wait "$pid" || fail "exit status $? after SIGTERM"; pid=""; }
post() { curl -fs -H 'Content-Type: application/json' -d "$2" "$base$1"; }
greeting() { post /api/chat '{"message":"hi"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["reply"])'; }
# Waits (up to 5 s) for the log to say `$1` (a fixed string) $2 times; SIGHUP is handled by its
# own thread, so the line comes a moment after the signal.
wait_log() {
  for _ in $(seq 1 50); do
    [ "$(grep -cF "$1" "$tmp/log")" -ge "$2" ] && return 0
    sleep 0.1
  done
  fail "no '$1' in the log"
}
edit_persona() {
  python3 - "$tmp/etc/len.json" "$1" <<'PY'
import json, sys
persona = json.load(open(sys.argv[1]))
persona["smalltalk"]["greeting"] = [sys.argv[2]]
json.dump(persona, open(sys.argv[1], "w"))
PY
}

start
curl -fs "$base/healthz" | grep -q '"ok"' || fail "/healthz"
grep -q "discord: off" "$tmp/log" || fail "no discord start-up line"
grep -qF "state: $tmp/data/state.db (SQLite)" "$tmp/log" || fail "state is not in the data dir"

# 3. Play: start a quiz and answer; keep the score the server acknowledged.
post /api/quiz/start '{"channel":"ops","user":"ann"}' >/dev/null || fail "quiz start"
post /api/quiz/answer '{"channel":"ops","user":"ann","answer":"A"}' >/dev/null || fail "answer"
score_before=$(curl -fs "$base/api/quiz/score?channel=ops&user=ann" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["score"]["answered"])')
[ "$score_before" = 1 ] || fail "expected 1 answer, got $score_before"

# 4. Backup while serving; SIGHUP (systemctl reload) reloads an edited persona and survives a
#    broken one, which changes nothing.
"$lenbot" backup --config "$tmp/etc/lenbot.json" "$tmp/backup.db" >/dev/null || fail "backup"
edit_persona "Yo, freshly reloaded!"
kill -HUP "$pid"
wait_log "SIGHUP: reloaded $tmp/etc/lenbot.json" 1
kill -0 "$pid" 2>/dev/null || fail "SIGHUP killed the server"
curl -fs "$base/healthz" >/dev/null || fail "/healthz after SIGHUP"
[ "$(greeting)" = "Yo, freshly reloaded!" ] || fail "the reloaded persona is not served: $(greeting)"
echo '{ "broken": ' > "$tmp/etc/len.json"
kill -HUP "$pid"
wait_log "SIGHUP: reload failed, still serving the old config and persona" 1
kill -0 "$pid" 2>/dev/null || fail "a broken persona on SIGHUP killed the server"
[ "$(greeting)" = "Yo, freshly reloaded!" ] || fail "a broken persona replaced the running one"
cp "$tmp/prefix/share/lenbot/personas/len.json" "$tmp/etc/len.json"

# 5. Restore: stop, lose the state, put the backup in its place, start, same score.
stop
rm -f "$tmp/data/state.db" "$tmp/data/state.db-wal" "$tmp/data/state.db-shm"
cp "$tmp/backup.db" "$tmp/data/state.db"
start
score_after=$(curl -fs "$base/api/quiz/score?channel=ops&user=ann" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["score"]["answered"])')
[ "$score_after" = "$score_before" ] || fail "restored $score_after answers, not $score_before"

# 6. Moderation on the live state.
"$lenbot" admin --config "$tmp/etc/lenbot.json" reset-leaderboard ops | grep -q "reset 1" ||
  fail "admin reset-leaderboard"
stop
echo "check_install: install, unit command line, healthz, backup, SIGHUP reload, restore, admin: ok"
