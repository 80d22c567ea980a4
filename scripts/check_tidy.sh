#!/bin/bash
# Runs clang-tidy (the bug-finding checks in .clang-tidy) over every source file under bot/,
# using the compile commands of a configured build. Exits non-zero on any finding.
# Usage: scripts/check_tidy.sh [--analyzer] [BUILD_DIR] (default build; configure it first).
# JOBS=n sets how many files are checked at once (default: every core).
#
# By default the clang-analyzer-* checks are left out: they are about two thirds of the CPU
# time (path-sensitive analysis of every function, httplib's inlined bodies included; measured
# with --enable-check-profile and `time`, see .clang-tidy), and over all of bot/ the full set
# takes about 13 min on 2 cores. `make check` runs the default; --analyzer runs every check in
# .clang-tidy (before a release, or on the files a change touches).
#
# A clean file is remembered in BUILD_DIR/tidy-cache under a hash of everything its result
# depends on here: the file, every header under bot/, .clang-tidy, the compile commands and
# clang-tidy's version. A local re-run checks only files whose inputs changed; CI starts from a
# clean clone, so it checks everything (the time in the README is that uncached time).
set -euo pipefail
cd "$(dirname "$0")/.."
checks=--checks=-clang-analyzer-*  # added to .clang-tidy's list: takes them out
if [[ ${1:-} == --analyzer ]]; then
  checks=--checks=-readability-*  # a no-op (none is on): .clang-tidy's list as it stands
  shift
fi
build=${1:-build}
if [[ ! -f "$build/compile_commands.json" ]]; then
  echo "check_tidy: no $build/compile_commands.json; configure with cmake -S . -B $build" >&2
  exit 2
fi
tidy=$(command -v clang-tidy-14 || command -v clang-tidy)
cache=$build/tidy-cache
mkdir -p "$cache"
start=$SECONDS
common=$({
  "$tidy" --version
  echo "$checks"
  cat .clang-tidy "$build/compile_commands.json"
  git ls-files -z 'bot/*.h' | xargs -0 cat
} | sha256sum | cut -c1-64)

# Checks one file unless a clean result for the same inputs is cached. The build's flags are
# GCC's: clang does not know a few of the warnings, which is not a finding.
tidy_one() {
  local file=$1 key
  key=$({ echo "$common"; cat "$file"; } | sha256sum | cut -c1-64)
  [[ -f "$cache/$key" ]] && return 0
  "$tidy" -p "$build" --quiet "$checks" --extra-arg=-Wno-unknown-warning-option "$file" 2>/dev/null || return 1
  touch "$cache/$key"
}
export -f tidy_one
export tidy build cache common checks

mapfile -t files < <(git ls-files 'bot/*.cpp')
printf '%s\n' "${files[@]}" | xargs -P "${JOBS:-$(nproc)}" -n 1 bash -c 'tidy_one "$1"' _
echo "check_tidy: ${#files[@]} files clean in $((SECONDS - start)) s"
