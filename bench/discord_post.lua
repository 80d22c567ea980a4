-- wrk script: POST /discord/interactions with bodies signed beforehand (Ed25519 is out of
-- Lua's reach) by scripts/discord_pool.mjs. Sends the pool's entries named NAME in rotation.
--   wrk ... -s bench/discord_post.lua URL -- DISCORD_POOL.lua [NAME]   (default discord_ask)
local entries = {}
local next_index = 1

function init(args)
  local wanted = args[2] or "discord_ask"
  for _, e in ipairs(dofile(args[1])) do
    if e.name == wanted then table.insert(entries, e) end
  end
  assert(#entries > 0, "no " .. wanted .. " entries in " .. args[1])
  next_index = math.random(#entries)
end

function request()
  local e = entries[next_index]
  next_index = next_index % #entries + 1
  return wrk.format("POST", "/discord/interactions", {
    ["Content-Type"] = "application/json", ["X-Signature-Ed25519"] = e.sig,
    ["X-Signature-Timestamp"] = e.ts }, e.body)
end
