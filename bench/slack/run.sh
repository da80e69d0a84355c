#!/usr/bin/env bash
# Side-by-side load benchmark of signed Slack slash commands on loopback:
#   ours  = Bot.Host `POST /slack/command` (ASP.NET Core, verifies the signature, answers /ask inline)
#   bolt  = @slack/bolt app (default HTTPReceiver, verifies the signature, ack()s /ask)
# Both are started, checked for correctness (signed -> 200; unsigned, forged, stale -> 401), then loaded one
# after the other with the same wrk command while the other one sits idle. Prints a markdown table.
#
# Knobs (env): CACHE_ENTRIES=1000 (0: the engine answers every request) THREADS=2 CONNECTIONS=200 DURATION=20s WARMUP=5s OURS_PORT=5081 BOLT_PORT=3081 SKIP_BUILD=0
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-200}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-5s}"
OURS_PORT="${OURS_PORT:-5081}"
BOLT_PORT="${BOLT_PORT:-3081}"
OURS_URL="http://127.0.0.1:${OURS_PORT}/slack/command"
BOLT_URL="http://127.0.0.1:${BOLT_PORT}/slack/command"
OUT="$(mktemp -d "${TMPDIR:-/tmp}/slack-bench.XXXXXX")"

log() { printf '[run.sh] %s\n' "$*" >&2; }
die() { printf '[run.sh] FAIL: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- prerequisites
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
apt_install() {
  log "installing $* with apt-get"
  $SUDO apt-get install -y "$@" >"$OUT/apt.log" 2>&1 || { $SUDO apt-get update >>"$OUT/apt.log" 2>&1 && $SUDO apt-get install -y "$@" >>"$OUT/apt.log" 2>&1; } \
    || die "apt-get install $* failed (see $OUT/apt.log)"
}
for tool in wrk curl openssl; do
  command -v "$tool" >/dev/null 2>&1 || apt_install "$tool"
done
command -v dotnet >/dev/null 2>&1 || die "dotnet (SDK 10) is required"
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || die "node >= 20 and npm are required (@slack/bolt 5 needs node >= 20)"
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' || die "node >= 20 required, found $(node --version)"

if [ ! -f "$HERE/bolt/node_modules/@slack/bolt/package.json" ]; then
  log "npm ci in bench/slack/bolt"
  (cd "$HERE/bolt" && npm ci --no-audit --no-fund >"$OUT/npm.log" 2>&1) || die "npm ci failed (see $OUT/npm.log)"
fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "dotnet build -c Release src/Bot.Host"
  (cd "$ROOT" && dotnet build -c Release src/Bot.Host >"$OUT/build.log" 2>&1) || die "build failed (see $OUT/build.log)"
fi
OURS_DLL="$ROOT/src/Bot.Host/bin/Release/net10.0/Bot.Host.dll"
[ -f "$OURS_DLL" ] || die "missing $OURS_DLL"

for port in "$OURS_PORT" "$BOLT_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then die "port $port is already in use"; fi
done

# ---------------------------------------------------------------- start both servers
SECRET="$(openssl rand -hex 32)"
OURS_PID=""
BOLT_PID=""
cleanup() {
  for pid in $OURS_PID $BOLT_PID; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in $OURS_PID $BOLT_PID; do
    wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT

log "starting ours on $OURS_URL"
env Slack__SigningSecret="$SECRET" Slack__BotToken=xoxb-bench Slack__ApiBaseUrl=http://127.0.0.1:9/api/ \
  Corpus__Path="$ROOT/corpus" Corpus__Watch=false Logging__LogLevel__Default=Warning \
  Ai__CacheEntries="${CACHE_ENTRIES:-1000}" \
  dotnet "$OURS_DLL" serve --urls "http://127.0.0.1:${OURS_PORT}" >"$OUT/ours.log" 2>&1 &
OURS_PID=$!

log "starting bolt on $BOLT_URL"
env SLACK_SIGNING_SECRET="$SECRET" BOLT_PORT="$BOLT_PORT" BOLT_HOST=127.0.0.1 NODE_ENV=production \
  node "$HERE/bolt/app.js" >"$OUT/bolt.log" 2>&1 &
BOLT_PID=$!

wait_for() { # name url expected-code pid
  local code=""
  for _ in $(seq 1 120); do
    kill -0 "$4" 2>/dev/null || die "$1 exited during start-up (see $OUT/$1.log)"
    code="$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$2" || true)"
    [ "$code" = "$3" ] && return 0
    sleep 0.5
  done
  die "$1 not ready at $2 (last status $code; see $OUT/$1.log)"
}
wait_for ours "http://127.0.0.1:${OURS_PORT}/healthz" 200 "$OURS_PID"
wait_for bolt "http://127.0.0.1:${BOLT_PORT}/" 404 "$BOLT_PID" # Bolt's receiver answers 404 off its endpoint

# ---------------------------------------------------------------- signing
BENCH_BODY='token=bench-verification-token&team_id=T0BENCH&team_domain=bench&channel_id=C0BENCH&channel_name=general&user_id=U0BENCH&user_name=bench&command=%2Fask&text=Who+ordered+the+halt%3F&api_app_id=A0BENCH&is_enterprise_install=false&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT0BENCH%2F1%2Fbench&trigger_id=1.2.3'
hmac_sig() { # secret ts body
  printf 'v0=%s' "$(printf 'v0:%s:%s' "$2" "$3" | openssl dgst -sha256 -hmac "$1" -r | cut -d' ' -f1)"
}
sign_now() {
  BENCH_TS="$(date +%s)"
  BENCH_SIG="$(hmac_sig "$SECRET" "$BENCH_TS" "$BENCH_BODY")"
  BENCH_CONTENT_TYPE=application/x-www-form-urlencoded BENCH_TS_HEADER=X-Slack-Request-Timestamp BENCH_SIG_HEADER=X-Slack-Signature
  export BENCH_BODY BENCH_TS BENCH_SIG BENCH_CONTENT_TYPE BENCH_TS_HEADER BENCH_SIG_HEADER
}

# ---------------------------------------------------------------- correctness
post() { # url ts-or-empty sig-or-empty -> prints "status bytes", body to $OUT/last-body
  local args=(-s -m 10 -o "$OUT/last-body" -w '%{http_code} %{size_download}' -H 'Content-Type: application/x-www-form-urlencoded' --data-raw "$BENCH_BODY")
  [ -n "$2" ] && args+=(-H "X-Slack-Request-Timestamp: $2")
  [ -n "$3" ] && args+=(-H "X-Slack-Signature: $3")
  curl "${args[@]}" "$1" || true
}
expect() { # name case expected actual
  local status="${4%% *}"
  if [ "$status" = "$3" ]; then log "ok   $1: $2 -> $status"; else die "$1: $2 -> got '$4', expected $3"; fi
}
sign_now
STALE_TS=$((BENCH_TS - 600))
for server in ours bolt; do
  url="$OURS_URL"; [ "$server" = bolt ] && url="$BOLT_URL"
  expect "$server" "signed /ask" 200 "$(post "$url" "$BENCH_TS" "$BENCH_SIG")"
  if [ "$server" = ours ]; then
    grep -q 'Hegseth' "$OUT/last-body" || die "ours: signed /ask did not carry the answer ($(head -c 200 "$OUT/last-body"))"
    grep -q '"response_type"' "$OUT/last-body" || die "ours: signed /ask did not answer inline ($(head -c 200 "$OUT/last-body"))"
  fi
  expect "$server" "unsigned" 401 "$(post "$url" "" "")"
  expect "$server" "forged (other secret)" 401 "$(post "$url" "$BENCH_TS" "$(hmac_sig "not-the-secret" "$BENCH_TS" "$BENCH_BODY")")"
  expect "$server" "stale (ts-600s, correctly signed)" 401 "$(post "$url" "$STALE_TS" "$(hmac_sig "$SECRET" "$STALE_TS" "$BENCH_BODY")")"
done
grep -q OUTBOUND_CONNECT "$OUT/bolt.log" && die "bolt attempted an outbound connection (see $OUT/bolt.log)"
log "ok   bolt: no outbound connection attempted"

# ---------------------------------------------------------------- load
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
declare -A RESULT CPU
for server in ours bolt; do
  url="$OURS_URL"; pid="$OURS_PID"
  [ "$server" = bolt ] && { url="$BOLT_URL"; pid="$BOLT_PID"; }
  sign_now
  log "$server: warm-up wrk -t$THREADS -c$CONNECTIONS -d$WARMUP"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$HERE/../post-signed.lua" "$url" >"$OUT/$server-warmup.txt" 2>&1
  sleep 1
  log "$server: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -s ../post-signed.lua $url"
  t0="$(cpu_ticks "$pid")"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$HERE/../post-signed.lua" "$url" >"$OUT/$server-wrk.txt" 2>&1
  t1="$(cpu_ticks "$pid")"
  RESULT[$server]="$(grep '^BENCH_RESULT' "$OUT/$server-wrk.txt" || die "no result line in $OUT/$server-wrk.txt")"
  CPU[$server]="$(awk -v d="$((t1 - t0))" -v hz="$(getconf CLK_TCK)" -v s="$(sed -E 's/.* seconds=([0-9.]+).*/\1/' <<<"${RESULT[$server]}")" 'BEGIN { printf "%.2f", d / hz / s }')"
  sleep 2
done
grep -q OUTBOUND_CONNECT "$OUT/bolt.log" && die "bolt attempted an outbound connection under load (see $OUT/bolt.log)"

# ---------------------------------------------------------------- report
field() { sed -E "s/.* $2=([0-9.]+).*/\1/" <<<"$1"; }
ms() { awk -v us="$1" 'BEGIN { printf "%.2f ms", us / 1000 }'; }
echo
echo "Signed \`/ask\` slash commands, loopback, wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after ${WARMUP} warm-up), $(nproc) cores shared with wrk"
echo
echo "| server | requests/s | p50 | p99 | errors (non-2xx / socket) |"
echo "|---|---:|---:|---:|---|"
for server in ours bolt; do
  r="${RESULT[$server]}"
  socket=$(( $(field "$r" connect) + $(field "$r" read) + $(field "$r" write) + $(field "$r" timeout) ))
  name="ours (Bot.Host, .NET $(dotnet --list-runtimes | awk '/Microsoft.AspNetCore.App/ {v=$2} END {print v}'))"
  [ "$server" = bolt ] && name="@slack/bolt $(node -p 'require(process.argv[1]).version' "$HERE/bolt/node_modules/@slack/bolt/package.json") (node $(node --version))"
  printf '| %s | %s | %s | %s | %s / %s |\n' "$name" "$(field "$r" rps)" "$(ms "$(field "$r" p50_us)")" "$(ms "$(field "$r" p99_us)")" "$(field "$r" status_errors)" "$socket"
done
echo
ours_rps="$(field "${RESULT[ours]}" rps)"; bolt_rps="$(field "${RESULT[bolt]}" rps)"
awk -v o="$ours_rps" -v b="$bolt_rps" -v p="$(field "${RESULT[ours]}" p99_us)" 'BEGIN {
  printf "ours/bolt throughput: %.2fx (target >= 3x: %s); ours p99 %.2f ms (target <= 50 ms: %s)\n", o / b, (o >= 3 * b ? "met" : "NOT met"), p / 1000, (p <= 50000 ? "met" : "NOT met") }'
echo "server CPU during the measured window (cores busy): ours ${CPU[ours]}, bolt ${CPU[bolt]}"
echo "$(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2); raw wrk output and server logs: $OUT"
