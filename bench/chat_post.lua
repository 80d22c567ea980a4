-- wrk script: POST /api/chat with the dev questions in rotation (tests/data/dev_questions.jsonl,
-- or the file given after "--"). Each wrk thread starts at a different question.
local bodies = {}
local next_index = 1

function init(args)
  local path = args[1] or "tests/data/dev_questions.jsonl"
  local file = assert(io.open(path, "r"))
  local n = 0
  for line in file:lines() do
    -- "q" is already a JSON string body; reuse it as it is (escapes included).
    local q = line:match('"q"%s*:%s*"(.-[^\\])"')
    if q then
      n = n + 1
      bodies[n] = '{"conversation":"bench-' .. (n % 16) .. '","user":"bench","message":"' .. q .. '"}'
    end
  end
  file:close()
  assert(n > 0, "no questions in " .. path)
  next_index = math.random(n)
end

function request()
  local body = bodies[next_index]
  next_index = next_index % #bodies + 1
  return wrk.format("POST", "/api/chat", { ["Content-Type"] = "application/json" }, body)
end
