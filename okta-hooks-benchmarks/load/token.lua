-- wrk script: POST the testkit's token fixture to the example service with Basic auth.
-- Usage (see okta-hooks-benchmarks/load.sh): wrk -t2 -c64 -d30s --latency -s token.lua http://127.0.0.1:PORT/hooks/token
local body_file = os.getenv("TOKEN_BODY") or "token-request.json"
local f = assert(io.open(body_file, "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = os.getenv("AUTHORIZATION") or "Basic YWRtaW46c3VwZXJzZWNyZXQ="

local wrong = 0
response = function(status, headers, body)
  if status ~= 200 or not string.find(body, "extPatientId", 1, true) then
    wrong = wrong + 1
  end
end

done = function(summary, latency, requests)
  io.write(string.format("load: requests=%d duration_s=%.1f throughput_rps=%.0f\n",
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("load: p50_ms=%.3f p99_ms=%.3f p999_ms=%.3f max_ms=%.3f\n",
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000, latency.max / 1000))
  io.write(string.format("load: errors connect=%d read=%d write=%d timeout=%d status=%d\n",
      summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status))
end
