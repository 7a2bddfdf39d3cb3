-- wrk script: looks complaints up by tracking code (GET /api/v1/complaints/{code}), codes
-- taken at random from the file named by CODES (one per line).
local codes = {}
for line in io.lines(os.getenv("CODES")) do
  codes[#codes + 1] = line
end

request = function()
  return wrk.format("GET", "/api/v1/complaints/" .. codes[math.random(#codes)])
end
