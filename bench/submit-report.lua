-- wrk script: POST /api/reports as emma (HTTP Basic), alternating named and confidential reports
-- with one affected customer, so each request stores a report, a recovery case, a receipt number
-- and an audit line in one transaction. bench/run uses it for P3 (docs/BENCHMARKS.md).
local auth = "Basic " .. "ZW1tYTpkaW1wbGUtZGVtbw=="   -- emma:dimple-demo (the demo password)
local counter = 0

request = function()
  counter = counter + 1
  local mode = (counter % 2 == 0) and "CONFIDENTIAL" or "NAMED"
  local body = string.format([[{"title":"Benchmark report %d","narrative":"The card encoder wrote room 214 while the screen showed 241. Caught it at the desk.","occurredAt":"2026-01-01T08:00:00Z","team":"Front Desk","kind":"NEAR_MISS","customerImpact":"NONE","reporterMode":"%s","affectedCustomers":[{"customerRef":"Order %d","proactive":true}]}]], counter, mode, counter)
  return wrk.format("POST", "/api/reports", {["Authorization"] = auth, ["Content-Type"] = "application/json"}, body)
end

local non201 = 0
response = function(status, headers, body)
  if status ~= 201 then
    non201 = non201 + 1
    if non201 <= 3 then
      io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
    end
  end
end
