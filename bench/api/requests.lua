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

request = function()
  local n = math.random(1, 5000)
  local id = hex(8) .. "-" .. hex(4) .. "-4" .. hex(3) .. "-" .. string.format("%x", math.random(8, 11)) .. hex(3) .. "-" .. hex(12)
  return wrk.format("PUT", "/api/v1/requests/" .. id,
    { ["Authorization"] = "Bearer bench-token-" .. n, ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, body)
end
