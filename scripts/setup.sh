#!/usr/bin/env bash
# Installs whatever lenbot needs that this machine lacks: Debian packages, then the
# test-side npm tools. Idempotent: a second run installs nothing and takes a second.
#   scripts/setup.sh           everything: build, tests, benchmarks, browser and Node suites
#   scripts/setup.sh --server  only what building and running the bot needs (make setup-server)
set -euo pipefail
cd "$(dirname "$0")/.."

server_only=false
[ "${1:-}" = "--server" ] && server_only=true

packages=(
  build-essential cmake pkg-config ccache
  libcpp-httplib-dev nlohmann-json3-dev libsqlite3-dev libspdlog-dev
  libssl-dev wordnet-base liblinear-dev libpqxx-dev curl
)
# PostgreSQL and nginx run the replica rig and tests/postgres; a server that wants replicas
# installs them itself (docs/deploy.md), so a single-replica server gets no idle cluster.
if ! $server_only; then
  packages+=(libgtest-dev libbenchmark-dev wrk chromium nodejs npm postgresql-15 nginx-light
    clang-tidy-14)  # make check runs scripts/check_tidy.sh
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node may come from elsewhere than Debian (as on the CI image); don't fight it.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for p in "${missing[@]}"; do [[ "$p" == nodejs || "$p" == npm ]] || filtered+=("$p"); done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}"
fi

$server_only && exit 0

# Test-side Node tools, each folder with its own lock file.
for dir in tests/browser tests/discord; do
  if [ -f "$dir/package.json" ] && [ ! -d "$dir/node_modules" ]; then
    echo "setup: npm install in $dir"
    (cd "$dir" && npm install --no-audit --no-fund --silent)
  fi
done
