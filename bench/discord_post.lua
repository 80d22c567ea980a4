-- wrk script: POST /discord/interactions with bodies signed beforehand (Ed25519 is out of
-- Lua's reach) by scripts/discord_pool.mjs. Sends the pool's entries named NAME in order.
--   wrk -tT ... -s bench/discord_post.lua URL -- DISCORD_POOL.lua [NAME] [T]
-- The server refuses a signed body it has already accepted (a replay), so each of the T
-- threads sends its own share of the entries, each once; the pool must hold enough of them
-- for the run (scripts/discord_pool.mjs asks DIR COUNT). Past the end a thread starts over,
-- and those replays show up as non-2xx responses.
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

local entries = {}
local next_index = 1

function init(args)
  local wanted = args[2] or "discord_ask"
  local threads = tonumber(args[3] or "1")
  local share = ((id or 1) - 1) % threads
  local seen = 0
  for _, e in ipairs(dofile(args[1])) do
    if e.name == wanted then
      if seen % threads == share then table.insert(entries, e) end
      seen = seen + 1
    end
  end
  assert(#entries > 0, "no " .. wanted .. " entries in " .. args[1])
end

function request()
  local e = entries[next_index]
  next_index = next_index % #entries + 1
  return wrk.format("POST", "/discord/interactions", {
    ["Content-Type"] = "application/json", ["X-Signature-Ed25519"] = e.sig,
    ["X-Signature-Timestamp"] = e.ts }, e.body)
end
