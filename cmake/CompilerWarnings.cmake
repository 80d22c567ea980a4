# Warnings live on an INTERFACE target that each target links PRIVATE, so they never leak
# into consumers and never touch CMAKE_CXX_FLAGS. The set follows cpp-best-practices'
# cmake_template (cmake/CompilerWarnings.cmake), one reason a flag.
option(LENBOT_WARNINGS_AS_ERRORS "Treat compiler warnings as errors (make check turns it on)" OFF)

add_library(lenbot_warnings INTERFACE)
target_compile_options(lenbot_warnings INTERFACE
  -Wall -Wextra -Wpedantic  # the baseline every file must pass
  -Wshadow                  # a local hiding a member has bitten parsers before
  -Wnon-virtual-dtor        # interfaces (stores) are deleted through base pointers
  -Wold-style-cast          # casts must say which kind they are
  -Wimplicit-fallthrough    # switch over intents and interaction types
  -Wcast-align              # a cast that raises alignment is undefined on some targets
  -Wunused                  # anything unused is a leftover
  -Woverloaded-virtual      # an overload that hides a virtual is usually a typo
  -Wconversion              # byte offsets, sizes and scores must not lose value silently
  -Wsign-conversion         # size_t <-> int mix-ups in offsets and counts
  -Wdouble-promotion        # float silently widened to double in scoring
  -Wformat=2                # printf-style formats checked, including non-literal ones
  -Wmisleading-indentation  # an if body that looks longer than it is
  # GCC only (clang, which builds the fuzzers, does not know them):
  $<$<CXX_COMPILER_ID:GNU>:-Wduplicated-cond>      # one condition twice in an if-else chain
  $<$<CXX_COMPILER_ID:GNU>:-Wduplicated-branches>  # both branches of an if the same
  $<$<CXX_COMPILER_ID:GNU>:-Wlogical-op>           # a logical op where a bitwise one was meant
  $<$<BOOL:${LENBOT_WARNINGS_AS_ERRORS}>:-Werror>)
# Not -Wnull-dereference: under GCC 12 it fires inside inlined nlohmann::json and
# std::vector::insert code (json.hpp:1360, stl_construct.h:97) on paths that cannot be null, so
# as an error it would fail builds over library internals. The one real case it found
# (config.cpp dereferencing find_key() unchecked) is fixed.
