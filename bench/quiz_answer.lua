-- wrk script: POST /api/quiz/answer for USERS players per wrk thread in rotation
-- ("bench-<thread>-<n>", channel "bench"), each answering whatever question is waiting. The
-- players' quizzes must be started first (scripts/bench_http.sh does it with curl).
--   wrk ... -s bench/quiz_answer.lua URL -- [USERS]   (default 64)
local counter = 0
local users, next_user = 64, 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

function init(args)
  users = tonumber(args[1] or "64")
end

function request()
  next_user = (next_user + 1) % users
  return wrk.format("POST", "/api/quiz/answer", { ["Content-Type"] = "application/json" },
    '{"channel":"bench","user":"bench-' .. id .. '-' .. next_user .. '","answer":"B"}')
end
