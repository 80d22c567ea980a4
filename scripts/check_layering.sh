#!/bin/bash
# Checks that each module under bot/ includes only itself and the modules it declares (directly
# or through them) in CMakeLists.txt. Usage: check_layering.sh BOT_DIR MODULE_DEPS_FILE, where
# the file (written by CMake) has one "module: dep dep ..." line per module.
set -euo pipefail
bot_dir=$1
deps_file=$2

declare -A direct
while IFS=: read -r module deps; do
  [[ -n "$module" ]] && direct[$module]="$deps"
done <"$deps_file"

# The modules `module` may include: itself and everything it reaches through declared deps.
reachable() {
  local -A seen=()
  local queue=("$1")
  while ((${#queue[@]})); do
    local m=${queue[0]}
    queue=("${queue[@]:1}")
    [[ -n "${seen[$m]:-}" ]] && continue
    seen[$m]=1
    for d in ${direct[$m]:-}; do queue+=("$d"); done
  done
  echo "${!seen[@]}"
}

status=0
for module in "${!direct[@]}"; do
  allowed=" $(reachable "$module") "
  for file in "$bot_dir/$module"/*.h "$bot_dir/$module"/*.cpp; do
    [[ -e "$file" ]] || continue
    while read -r used; do
      if [[ "$allowed" != *" $used "* ]]; then
        echo "layering: ${file#"$bot_dir"/} includes bot/$used/, which $module does not declare" >&2
        status=1
      fi
    done < <(grep -o '#include "bot/[a-z_]*/' "$file" | cut -d/ -f2 | sort -u)
  done
done

# A folder with code but no module is a module nobody declared.
for dir in "$bot_dir"/*/; do
  module=$(basename "$dir")
  if [[ -z "${direct[$module]+x}" ]] && compgen -G "$dir*.cpp" >/dev/null; then
    echo "layering: bot/$module/ has sources but is not a module in CMakeLists.txt" >&2
    status=1
  fi
done
exit $status
