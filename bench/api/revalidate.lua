-- GET /api/v1/templates as 5,000 connected browsers that already hold their list, as the extension
-- does each time its popup opens: If-None-Match with the ETag of the stored list, answered 304.
-- The ETags come from etags.py (the path is in the ETAGS environment variable).
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  etags = dofile(os.getenv("ETAGS"))
  not_modified, other = 0, 0
end

request = function()
  local n = math.random(1, #etags)
  return wrk.format("GET", "/api/v1/templates", { ["Authorization"] = "Bearer bench-token-" .. n,
    ["Accept"] = "application/json", ["Accept-Encoding"] = "gzip, deflate, br, zstd", ["If-None-Match"] = etags[n] })
end

response = function(status, headers, body)
  if status == 304 then not_modified = not_modified + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local answered, unexpected = 0, 0
  for _, thread in ipairs(threads) do
    answered = answered + thread:get("not_modified")
    unexpected = unexpected + thread:get("other")
  end
  io.write(string.format("304 answers: %d, other answers: %d\n", answered, unexpected))
end
