-- wrk script for scripts/soak.sh: a fixed mix of good, malformed and attacking requests, paced
-- by a per-request delay. Run it with as many connections as threads (-tN -cN), so each thread
-- has one connection and every response belongs to the request just sent: responses are then
-- counted per request class against the status that class must get.
--   wrk -t4 -c4 -d60s -s bench/soak_mix.lua URL -- DISCORD_POOL.lua DEV_QUESTIONS.jsonl DELAY_MS
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

local json_headers = { ["Content-Type"] = "application/json" }
local discord, questions, plan = {}, {}, {}
local step, delay_ms, quiz_round = 0, 50, 0
local current = nil
counts = {}   -- "class status" -> n, read by done() through thread:get
wrong = {}    -- class -> responses with a status the class must not get

local function post(path, body, headers)
  return wrk.format("POST", path, headers or json_headers, body)
end

-- Each entry: class, expected status (or a predicate), request builder.
local function build_plan()
  local user = "soak-" .. id
  local deep = string.rep("[", 200) .. string.rep("]", 200)
  local many_headers = {}
  for i = 1, 80 do many_headers["X-Flood-" .. i] = "x" end
  local next_entry = { [true] = 0, [false] = 0 }  -- good and bad entries rotate separately
  local function chat()
    local q = questions[(step % #questions) + 1]
    return post("/api/chat", '{"conversation":"' .. user .. '","user":"' .. user ..
      '","message":"' .. q .. '"}')
  end
  local function quiz()
    -- Each thread plays its own users one after another: start, then answers to whatever is
    -- asked; a new user every 40 answers so sessions keep being created.
    quiz_round = quiz_round + 1
    local player = user .. "-" .. math.floor(quiz_round / 41)
    if quiz_round % 41 == 0 or quiz_round == 1 then
      return post("/api/quiz/start", '{"channel":"soak","user":"' .. player .. '"}')
    end
    return post("/api/quiz/answer", '{"channel":"soak","user":"' .. player .. '","answer":"A"}')
  end
  local function signed(want)
    return function()
      -- Rotate through the pool's entries of this kind (good or bad signature). A good one is
      -- refused if sent twice (replay), so each thread takes only every 8th entry, its own.
      for _ = 1, #discord do
        next_entry[want] = next_entry[want] % #discord + 1
        local e = discord[next_entry[want]]
        local mine = not want or (next_entry[want] - 1) % 8 == (id - 1) % 8
        if (e.expect == 200) == want and mine then
          current = e.name
          return post("/discord/interactions", e.body, {
            ["Content-Type"] = "application/json", ["X-Signature-Ed25519"] = e.sig,
            ["X-Signature-Timestamp"] = e.ts })
        end
      end
    end
  end
  plan = {
    { "chat", 200, chat },
    { "quiz", 200, quiz },
    { "discord", 200, signed(true) },
    { "healthz", 200, function() return wrk.format("GET", "/healthz") end },
    { "chat", 200, chat },
    { "quiz", 200, quiz },
    { "discord", 200, signed(true) },
    { "quiz_score", 200, function()
        return wrk.format("GET", "/api/quiz/leaderboard?channel=soak&limit=5") end },
    { "discord_bad_signature", 401, signed(false) },
    { "bad_json", 400, function() return post("/api/chat", '{"message": "hi len",') end },
    { "deep_json", 400, function() return post("/api/chat", '{"message":' .. deep .. '}') end },
    { "bad_utf8", 400, function() return post("/api/chat", '{"message":"hi \255\254 len"}') end },
    { "quiz_forged", 400, function()
        return post("/api/quiz/answer", '{"channel":"discord:1","user":"x","answer":"A"}') end },
    -- Head refusals: no body is sent, so the server's "Connection: close" cannot reset the
    -- connection under unread bytes and the 4xx always reaches wrk.
    { "oversized", 413, function()
        return "POST /api/chat HTTP/1.1\r\nHost: soak\r\nContent-Type: application/json\r\n" ..
          "Content-Length: 10000000\r\n\r\n" end },
    { "chunked", 411, function()
        return "POST /api/chat HTTP/1.1\r\nHost: soak\r\nContent-Type: application/json\r\n" ..
          "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n" end },
    { "compressed", 415, function()
        return "POST /api/chat HTTP/1.1\r\nHost: soak\r\nContent-Encoding: gzip\r\n" ..
          "Content-Length: 0\r\n\r\n" end },
    { "range", 416, function() return wrk.format("GET", "/healthz", { Range = "bytes=0-1" }) end },
    { "long_path", 414, function() return wrk.format("GET", "/" .. string.rep("a", 400)) end },
    { "header_flood", 431, function() return wrk.format("GET", "/healthz", many_headers) end },
    { "unknown_route", 404, function() return wrk.format("GET", "/wp-admin.php") end },
  }
end

function init(args)
  discord = dofile(args[1])
  local file = assert(io.open(args[2], "r"))
  for line in file:lines() do
    local q = line:match('"q"%s*:%s*"(.-[^\\])"')
    if q then table.insert(questions, q) end
  end
  file:close()
  delay_ms = tonumber(args[3] or "50")
  build_plan()
  step = id  -- threads start at different places in the plan
end

function request()
  step = step + 1
  local entry = plan[(step % #plan) + 1]
  current = entry[1]
  local req = entry[3]()
  expected = entry[2]
  return req
end

function delay()
  return delay_ms
end

function response(status, headers, body)
  local key = current .. " " .. status
  counts[key] = (counts[key] or 0) + 1
  if status ~= expected then
    wrong[current] = (wrong[current] or 0) + 1
  end
end

function done(summary, latency, requests)
  local total, bad = {}, {}
  for _, thread in ipairs(threads) do
    for key, n in pairs(thread:get("counts")) do total[key] = (total[key] or 0) + n end
    for key, n in pairs(thread:get("wrong")) do bad[key] = (bad[key] or 0) + n end
  end
  -- One line per class and status, for soak.sh to add up: "COUNT class status n".
  for key, n in pairs(total) do io.write("COUNT " .. key .. " " .. n .. "\n") end
  for key, n in pairs(bad) do io.write("WRONG " .. key .. " " .. n .. "\n") end
  local e = summary.errors
  io.write(string.format("ERRORS connect %d read %d write %d timeout %d status %d\n",
    e.connect, e.read, e.write, e.timeout, e.status))
end
