# Warnings live on an INTERFACE target that each target links PRIVATE, so they never leak
# into consumers and never touch CMAKE_CXX_FLAGS.
add_library(lenbot_warnings INTERFACE)
target_compile_options(lenbot_warnings INTERFACE
  -Wall -Wextra -Wpedantic  # the baseline every file must pass
  -Wshadow                  # a local hiding a member has bitten parsers before
  -Wnon-virtual-dtor        # interfaces (stores) are deleted through base pointers
  -Wold-style-cast          # casts must say which kind they are
  -Wimplicit-fallthrough)   # switch over intents and interaction types
