#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz/) with clang in their own build directory and runs
# each one for a bounded time from its seed corpus. Fails on the first crash, leak, timeout or
# broken contract, keeping the reproducer under $BUILD/crashes/.
#
#   bash scripts/fuzz.sh                  every target, FUZZ_SECONDS (60) each
#   FUZZ_SECONDS=10 bash scripts/fuzz.sh question quiz_answer
#
# Everything a fuzzer writes (new corpus entries, its index and quiz state) goes to a temporary
# directory that is removed on exit; the seed corpus in the repository is only read.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${FUZZ_BUILD:-$ROOT/build-fuzz}"
SECONDS_PER_TARGET="${FUZZ_SECONDS:-60}"
JOBS="${JOBS:-2}"
# The harness list lives once, in tests/fuzz/harnesses.cmake: one name per indented line.
mapfile -t TARGETS < <(sed -n 's/^  \([a-z_]*\))\{0,1\}$/\1/p' "$ROOT/tests/fuzz/harnesses.cmake")
[[ $# -gt 0 ]] && TARGETS=("$@")

# clang's libFuzzer, installed the way scripts/setup.sh installs everything else.
missing=()
for p in clang-14 libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  sudo_cmd=()
  [[ "$(id -u)" -ne 0 ]] && sudo_cmd=(sudo)
  echo "fuzz: installing ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}"
fi

CC=clang-14 CXX=clang++-14 cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE= \
  -DLENBOT_BUILD_FUZZERS=ON -DLENBOT_BUILD_TESTS=OFF -DLENBOT_BUILD_BENCH=OFF >/dev/null
cmake --build "$BUILD" -j "$JOBS" --target $(printf 'fuzz_%s ' "${TARGETS[@]}")

WORK="$(mktemp -d -t lenbot-fuzz.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
export TMPDIR="$WORK"  # the fuzzers' scratch directories (index, quiz state) go here too

for target in "${TARGETS[@]}"; do
  seeds="$ROOT/tests/fuzz/corpus/$target"
  grown="$WORK/corpus-$target"
  mkdir -p "$grown" "$WORK/artifacts-$target"
  log="$WORK/$target.log"
  echo "fuzz: $target for ${SECONDS_PER_TARGET}s"
  if ! "$BUILD/tests/fuzz/fuzz_$target" "$grown" "$seeds" \
      -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
      -artifact_prefix="$WORK/artifacts-$target/" -print_final_stats=1 >"$log" 2>&1; then
    tail -n 60 "$log" >&2
    mkdir -p "$BUILD/crashes/$target"
    cp "$WORK/artifacts-$target/"* "$BUILD/crashes/$target/" 2>/dev/null || true
    echo "fuzz: $target FAILED; reproducer(s) in $BUILD/crashes/$target/" >&2
    exit 1
  fi
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")"
  speed="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")"
  cov="$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)"
  echo "fuzz: $target ok: ${runs:-?} runs, ${speed:-?} exec/s, ${cov:-cov: ?}"
done
