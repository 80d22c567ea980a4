#!/bin/bash
# Checks that no two source files under bot/ define a type of the same name in namespace lenbot
# outside an anonymous namespace. Two such definitions break the one-definition rule: the linker
# keeps one copy of each inline member (a move constructor, say) for both, which corrupts memory
# silently in a release build (an ASan build caught two `lenbot::Candidate`s doing just that).
# Usage: check_unique_names.sh DIR...  (bot/ and tests/: both link into one test binary)
set -euo pipefail
dirs=("$@")

# "Name<TAB>file" for every column-0 struct/class/enum definition outside `namespace {`.
# clang-format keeps namespace members at column 0 and closes namespaces with "}  // namespace".
definitions() {
  local dir file
  for dir in "${dirs[@]}"; do
    for file in "$dir"/*/*.h "$dir"/*/*.cpp; do
      [[ -e "$file" ]] || continue
      awk -v file="$(basename "$dir")/${file#"$dir"/}" '
        /^namespace \{/ { anonymous++; next }
        /^\}  \/\/ namespace$/ { if (anonymous > 0) anonymous--; next }
        anonymous == 0 && match($0, /^(struct|class|enum class|enum) [A-Za-z_][A-Za-z0-9_]*( final)?( :[^;]*)? \{/) {
          n = split($0, words, /[ {:]+/)
          name = (words[1] == "enum" && words[2] == "class") ? words[3] : words[2]
          print name "\t" file
        }' "$file"
    done
  done
}

duplicates=$(definitions | sort | awk -F'\t' '
  $1 == previous { if (!shown) print previous_line; print; shown = 1; next }
  { previous = $1; previous_line = $0; shown = 0 }')
if [[ -n "$duplicates" ]]; then
  echo "unique names: these types share a name in namespace lenbot (rename one, or move it into"
  echo "an anonymous namespace if it is private to its file):"
  echo "$duplicates"
  exit 1
fi
echo "unique names: ok"
