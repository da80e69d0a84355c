-- wrk script: POST one pre-signed Discord PING interaction, reused for every request.
-- run.sh signs it just before each wrk invocation and passes it in the environment:
--   BENCH_BODY  the exact JSON body that was signed (a PING, "type":1)
--   BENCH_TS    X-Signature-Timestamp (unix seconds, "now" at signing; ours refuses more than 300 s off)
--   BENCH_SIG   X-Signature-Ed25519 = hex(Ed25519-sign(private key, UTF-8(ts) .. body)), 128 hex chars
-- With no request() function wrk builds the request once and replays it (cheapest for the load generator).

local body = os.getenv("BENCH_BODY")
local ts = os.getenv("BENCH_TS")
local sig = os.getenv("BENCH_SIG")
if not body or not ts or not sig then
  error("post.lua needs BENCH_BODY, BENCH_TS and BENCH_SIG in the environment (run.sh sets them)")
end

wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Signature-Timestamp"] = ts
wrk.headers["X-Signature-Ed25519"] = sig

-- One machine-readable line for run.sh (latency in microseconds; status errors = responses with status > 399).
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "BENCH_RESULT requests=%d seconds=%.3f rps=%.1f p50_us=%d p99_us=%d max_us=%d status_errors=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50), latency:percentile(99), latency.max,
    e.status, e.connect, e.read, e.write, e.timeout))
end
