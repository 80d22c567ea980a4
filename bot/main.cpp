// lenbot: wiring only. Parses the command line, builds the parts, runs the command.
#include <cstdio>

int main() {
  std::puts("lenbot: under construction");
  return 0;
}
