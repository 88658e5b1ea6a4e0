-- GET /api/v1/templates as 5,000 different connected browsers, full answers (no If-None-Match)
request = function()
  local n = math.random(1, 5000)
  return wrk.format("GET", "/api/v1/templates", { ["Authorization"] = "Bearer bench-token-" .. n, ["Accept"] = "application/json" })
end
