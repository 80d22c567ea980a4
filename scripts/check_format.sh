#!/usr/bin/env bash
# Fails when any C++ source under bot/, tests/ or bench/ differs from what clang-format (the
# repo's .clang-format: Google, 100 columns) would write. Fix with:
#   git ls-files 'bot/*.cpp' 'bot/*.h' ... | xargs clang-format -i
set -euo pipefail
cd "$(dirname "$0")/.."

format=${CLANG_FORMAT:-clang-format}
if ! command -v "$format" >/dev/null; then
  echo "check_format: $format not found (apt-get install clang-format)" >&2
  exit 1
fi

# Tracked and new (untracked, not ignored) files, so node_modules and build trees never count.
mapfile -d '' files < <(git ls-files -z --cached --others --exclude-standard -- \
  'bot/*.cpp' 'bot/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'bench/*.h' |
  grep -zv '/node_modules/' || true)
if [ "${#files[@]}" -eq 0 ]; then
  echo "check_format: no C++ sources found" >&2
  exit 1
fi

start=$SECONDS
"$format" --style=file --dry-run --Werror "${files[@]}"
echo "check_format: ${#files[@]} files formatted ($("$format" --version | sed 's/.*version //'))," \
  "$((SECONDS - start)) s"
