# Sourced by the scripts that start `lenbot serve` themselves (bench_http.sh, soak.sh).
# wait_healthy NAME BASE PID LOG: waits up to 120 s for BASE/healthz; exits 1, showing the
# server's LOG, when the server dies or never becomes healthy.
wait_healthy() {
  local name=$1 base=$2 pid=$3 log=$4
  for _ in $(seq 1 1200); do
    curl -fs "$base/healthz" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$log"; echo "$name: server died" >&2; exit 1; }
    sleep 0.1
  done
  echo "$name: server not healthy" >&2
  exit 1
}
