-- wrk script: files complaints through the citizen's web form (multipart POST
-- /complaints/new), as a browser without JavaScript does, with the CSRF cookie and token
-- the suite fetched once (env COOKIE and CSRF).
wrk.method = "POST"
wrk.path = "/complaints/new"
wrk.headers["Cookie"] = os.getenv("COOKIE")
local boundary = "----redressbench"
wrk.headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
local csrf = os.getenv("CSRF")
local n = 0

local function part(name, value)
  return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"\r\n\r\n" .. value .. "\r\n"
end

request = function()
  n = n + 1
  local body = part("csrf", csrf) .. part("kind", "complaint") .. part("category", "SAN-FEES") ..
    part("commune", "BF130004") .. part("consent", "on") ..
    part("description", "Complaint " .. n .. " from the form load test: a fee was asked for a free consultation.") ..
    "--" .. boundary .. "--\r\n"
  return wrk.format(nil, nil, nil, body)
end
