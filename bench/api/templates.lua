-- GET /api/v1/templates as 5,000 different connected browsers, full answers (no If-None-Match),
-- accepting gzip as browsers do (BENCH_GZIP=0: without, the plain 51 KB JSON)
local encoding = os.getenv("BENCH_GZIP") == "0" and "identity" or "gzip, deflate, br, zstd"

request = function()
  local n = math.random(1, 5000)
  return wrk.format("GET", "/api/v1/templates", { ["Authorization"] = "Bearer bench-token-" .. n,
    ["Accept"] = "application/json", ["Accept-Encoding"] = encoding })
end
