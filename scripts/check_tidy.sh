#!/bin/bash
# Runs clang-tidy (the bug-finding checks in .clang-tidy) over every source file under bot/,
# using the compile commands of a configured build. Exits non-zero on any finding.
# Usage: scripts/check_tidy.sh [BUILD_DIR] (default build; configure it first).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
if [[ ! -f "$build/compile_commands.json" ]]; then
  echo "check_tidy: no $build/compile_commands.json; configure with cmake -S . -B $build" >&2
  exit 2
fi
tidy=$(command -v clang-tidy-14 || command -v clang-tidy)
# The build's flags are GCC's: clang does not know a few of the warnings, which is not a finding.
mapfile -t files < <(git ls-files 'bot/*.cpp')
printf '%s\n' "${files[@]}" |
  xargs -P "${JOBS:-$(nproc)}" -n 4 "$tidy" -p "$build" --quiet \
    --extra-arg=-Wno-unknown-warning-option 2>/dev/null
echo "check_tidy: ${#files[@]} files clean"
