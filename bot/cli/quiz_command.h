#pragma once
// `lenbot quiz`: the quiz in a terminal, or the bank exported.
//   lenbot quiz [--until part1..part4|russia] [--shuffle] [--user NAME] [--channel NAME]
//               [--state data/state.db] [--corpus PATH] [--aliases PATH] [--persona PATH]
//   lenbot quiz --export opentdb [--out FILE]
// Interactive: reads one answer a line from stdin ("B", "2" or free text) and the commands
// hint, skip, score, leaderboard, stop (or end of input).
#include <iosfwd>
#include <string>
#include <vector>

namespace lenbot {

// `args` are the words after "quiz". Returns the process exit code: 0, or 2 on bad usage or a
// start-up failure (message on `err`).
int run_quiz_command(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
                     std::ostream& err);

// For main(): argv[0] is "quiz"; uses stdin, stdout and stderr.
int run_quiz_command(int argc, char** argv);

}  // namespace lenbot
