-- PUT /api/v1/requests/{new uuid}: each call creates a request for one of 5,000 clients
local function hex(digits)
  local out = {}
  for i = 1, digits do out[i] = string.format("%x", math.random(0, 15)) end
  return table.concat(out)
end

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

local body = '{"company":"Acme Analytics","role":"Data analyst","interviewerName":"Dana Reyes",'
  .. '"recipientDomain":"acme.example.com","webmail":"gmail","channel":"EMAIL",'
  .. '"rejectionAt":"2026-11-25T09:30:00Z","templateVersionId":null,"parentRequestId":null}'

-- ids as the extension makes them (extension/src/content/uuid7.js): UUIDv7, the milliseconds since
-- 1970 then random bits. wrk's Lua has a clock of whole seconds, so the milliseconds within one are
-- drawn at random, as the clocks of many browsers would spread them.
local function v7()
  local stamp = string.format("%012x", os.time() * 1000 + math.random(0, 999))
  return stamp:sub(1, 8) .. "-" .. stamp:sub(9, 12) .. "-7" .. hex(3) .. "-"
    .. string.format("%x", math.random(8, 11)) .. hex(3) .. "-" .. hex(12)
end

request = function()
  local n = math.random(1, 5000)
  local id = v7()
  return wrk.format("PUT", "/api/v1/requests/" .. id,
    { ["Authorization"] = "Bearer bench-token-" .. n, ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, body)
end
