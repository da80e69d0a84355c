-- wrk script shared by bench/slack and bench/discord: POST one pre-signed body, reused for every request.
-- Each run.sh signs it just before each wrk invocation and passes it in the environment:
--   BENCH_BODY          the exact body that was signed
--   BENCH_TS            the signature timestamp (unix seconds, "now" at signing)
--   BENCH_SIG           the signature
--   BENCH_CONTENT_TYPE  e.g. application/x-www-form-urlencoded (Slack) or application/json (Discord)
--   BENCH_TS_HEADER     X-Slack-Request-Timestamp or X-Signature-Timestamp
--   BENCH_SIG_HEADER    X-Slack-Signature or X-Signature-Ed25519
-- With no request() function wrk builds the request once and replays it (cheapest for the load generator).

local body = os.getenv("BENCH_BODY")
local ts = os.getenv("BENCH_TS")
local sig = os.getenv("BENCH_SIG")
local contentType = os.getenv("BENCH_CONTENT_TYPE")
local tsHeader = os.getenv("BENCH_TS_HEADER")
local sigHeader = os.getenv("BENCH_SIG_HEADER")
if not body or not ts or not sig or not contentType or not tsHeader or not sigHeader then
  error("post-signed.lua needs BENCH_BODY, BENCH_TS, BENCH_SIG, BENCH_CONTENT_TYPE, BENCH_TS_HEADER and BENCH_SIG_HEADER (run.sh sets them)")
end

wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = contentType
wrk.headers[tsHeader] = ts
wrk.headers[sigHeader] = sig

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
