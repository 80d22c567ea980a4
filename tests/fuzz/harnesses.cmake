# The libFuzzer harnesses, one per parser of outside input: tests/fuzz/<name>_fuzzer.cpp with a
# seed corpus in tests/fuzz/corpus/<name>/. Both the clang fuzz build and the replay tests use it.
set(LENBOT_FUZZERS
  article_parser
  question
  chat_request
  quiz_request
  discord_signature
  discord_interaction
  message_webhook
  quiz_answer)
