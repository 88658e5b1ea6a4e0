-- PUT /api/v1/requests/{new uuid}: each call creates a request for one of 5,000 clients
function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

local body = '{"company":"Acme Analytics","role":"Data analyst","interviewerName":"Dana Reyes",'
  .. '"recipientDomain":"acme.example.com","webmail":"gmail","channel":"EMAIL",'
  .. '"rejectionAt":"2026-11-25T09:30:00Z","templateVersionId":null,"parentRequestId":null}'

-- ids as the extension makes them (extension/src/content/uuid7.js): UUIDv7, the milliseconds since
-- 1970 then random bits. wrk's Lua has a clock of whole seconds, so the milliseconds within one are
-- drawn at random, as the clocks of many browsers would spread them. Five draws and one format
-- make an id, not a draw for each hex digit: wrk shares the machine with the server it measures.
local function v7()
  local ms = os.time() * 1000 + math.random(0, 999)
  local variant = math.random(0, 0x3fff) -- the variant's two bits, 10, then 12 random bits
  return string.format("%08x-%04x-7%03x-%x%03x-%06x%06x", math.floor(ms / 0x10000), ms % 0x10000,
    math.random(0, 0xfff), 8 + math.floor(variant / 0x1000), variant % 0x1000,
    math.random(0, 0xffffff), math.random(0, 0xffffff))
end

request = function()
  local n = math.random(1, 5000)
  local id = v7()
  return wrk.format("PUT", "/api/v1/requests/" .. id,
    { ["Authorization"] = "Bearer bench-token-" .. n, ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, body)
end
