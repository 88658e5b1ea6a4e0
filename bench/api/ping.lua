-- GET /api/v1/ping: the same application, no token, no database: the ceiling
request = function()
  return wrk.format("GET", "/api/v1/ping", { ["Accept"] = "application/json" })
end
