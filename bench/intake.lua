-- wrk script: files complaints through the JSON API (POST /api/v1/complaints).
wrk.method = "POST"
wrk.path = "/api/v1/complaints"
wrk.headers["Content-Type"] = "application/json"

local categories = { "SAN-FEES", "EDU-FEES", "JUS-DELAY", "FP-CAREER", "SAN-STOCKOUT" }
local communes = { "BF130004", "BF530102", "BF500105", "BF540307", "BF490304" } -- Ouagadougou, Bobo-Dioulasso, Koudougou, Ouahigouya, Kaya
local n = 0

request = function()
  n = n + 1
  local body = string.format(
    '{"category":"%s","description":"Complaint %d from the load test: a fee was asked for a free service.",' ..
    '"location":{"commune":"%s"},"complainant":{"phone":"70 11 22 33"}}',
    categories[n % #categories + 1], n, communes[n % #communes + 1])
  return wrk.format(nil, nil, nil, body)
end
