#!/usr/bin/env bash
# The sanitizer builds CI runs (part of `make test`; docs/hardening.md has the timings):
#   asan  the asan-ubsan preset (build-asan): the whole GoogleTest suite and the CLI batch test
#         under AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer.
#   tsan  the tsan preset (build-tsan): the tests that run lenbot's code on several threads at
#         once (live HTTP server, routes, rate limiter, conversation store, quiz store and
#         service, metrics) under ThreadSanitizer (tests/tsan.supp, when present, holds
#         suppressions for third-party code only).
# Every sanitizer report stops its process with a non-zero status, so any report fails the run.
# Usage: scripts/check_sanitizers.sh [asan|tsan|all]   (JOBS=n sets build parallelism)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
which=${1:-all}
jobs=${JOBS:-$(nproc)}

# The tests that exercise threads: whatever else TSan would see runs on one thread only.
tsan_filter='ServerTest.*:ServerRateLimitTest.*:ChannelRoutes*:QuizRoutes*:RateLimiterTest.*'
tsan_filter+=':ConversationStoreTest.*:*QuizStoreContract*:QuizServiceTest.*:MetricsTest.*'

log() { echo "check_sanitizers: $*"; }

timed() {
  local what=$1 start=$SECONDS
  shift
  "$@"
  log "$what: $((SECONDS - start)) s"
}

# Configures `preset` and builds only `targets` (the benchmarks are off in both presets).
build() {
  local preset=$1 dir=$2
  shift 2
  cmake --preset "$preset" >/dev/null
  cmake --build "$dir" -j "$jobs" --target "$@"
}

run_asan() {
  timed "asan-ubsan build" build asan-ubsan build-asan lenbot_tests lenbot
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  timed "asan-ubsan GoogleTest suite" build-asan/tests/lenbot_tests --gtest_brief=1
  # ctest runs this from the test build directory; so does this.
  timed "asan-ubsan CLI batch test" bash -c 'cd build-asan/tests &&
    bash "$1/tests/cli/ask_batch_test.sh" "$1/build-asan/lenbot" "$1/tests/data"' _ "$root"
}

run_tsan() {
  timed "tsan build" build tsan build-tsan lenbot_tests
  export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1"
  if [ -f tests/tsan.supp ]; then TSAN_OPTIONS+=" suppressions=$root/tests/tsan.supp"; fi
  timed "tsan threaded tests" build-tsan/tests/lenbot_tests --gtest_brief=1 \
    --gtest_filter="$tsan_filter"
}

case $which in
  asan) run_asan ;;
  tsan) run_tsan ;;
  all)
    run_asan
    run_tsan
    ;;
  *)
    echo "usage: $0 [asan|tsan|all]" >&2
    exit 2
    ;;
esac
log "passed ($which)"
