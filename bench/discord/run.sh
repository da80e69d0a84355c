#!/usr/bin/env bash
# Side-by-side load benchmark of signed Discord interactions (PING -> PONG) on loopback:
#   ours = Bot.Host `POST /discord/interactions` (ASP.NET Core, verifies Ed25519 + timestamp window, answers {"type":1})
#   node = express + discord-interactions `verifyKeyMiddleware` (verifies Ed25519, answers {"type":1})
# Both are started with the same freshly generated Ed25519 key, checked for correctness (signed -> 200 {"type":1};
# tampered, unsigned, other key -> 401), then loaded one after the other with the same wrk command while the
# other one sits idle. Prints a markdown table.
#
# Knobs (env): THREADS=2 CONNECTIONS=200 DURATION=20s WARMUP=5s OURS_PORT=5082 NODE_PORT=3082 SKIP_BUILD=0
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-200}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-5s}"
OURS_PORT="${OURS_PORT:-5082}"
NODE_PORT="${NODE_PORT:-3082}"
OURS_URL="http://127.0.0.1:${OURS_PORT}/discord/interactions"
NODE_URL="http://127.0.0.1:${NODE_PORT}/discord/interactions"
OUT="$(mktemp -d "${TMPDIR:-/tmp}/discord-bench.XXXXXX")"

log() { printf '[run.sh] %s\n' "$*" >&2; }
die() { printf '[run.sh] FAIL: %s\n' "$*" >&2; exit 1; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# ---------------------------------------------------------------- prerequisites
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
apt_install() {
  log "installing $* with apt-get"
  $SUDO apt-get install -y "$@" >"$OUT/apt.log" 2>&1 || { $SUDO apt-get update >>"$OUT/apt.log" 2>&1 && $SUDO apt-get install -y "$@" >>"$OUT/apt.log" 2>&1; } \
    || die "apt-get install $* failed (see $OUT/apt.log)"
}
for tool in wrk curl openssl od; do
  command -v "$tool" >/dev/null 2>&1 || apt_install "$tool"
done
command -v dotnet >/dev/null 2>&1 || die "dotnet (SDK 10) is required"
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || die "node >= 18.4 and npm are required (discord-interactions 4 needs Ed25519 in WebCrypto)"
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a > 18 || (a === 18 && b >= 4) ? 0 : 1)' \
  || die "node >= 18.4 required, found $(node --version)"

if [ ! -f "$HERE/node/node_modules/discord-interactions/package.json" ] || [ ! -f "$HERE/node/node_modules/express/package.json" ]; then
  log "npm ci in bench/discord/node"
  (cd "$HERE/node" && npm ci --no-audit --no-fund >"$OUT/npm.log" 2>&1) || die "npm ci failed (see $OUT/npm.log)"
fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "dotnet build -c Release src/Bot.Host"
  (cd "$ROOT" && dotnet build -c Release src/Bot.Host >"$OUT/build.log" 2>&1) || die "build failed (see $OUT/build.log)"
fi
OURS_DLL="$ROOT/src/Bot.Host/bin/Release/net10.0/Bot.Host.dll"
[ -f "$OURS_DLL" ] || die "missing $OURS_DLL"

for port in "$OURS_PORT" "$NODE_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then die "port $port is already in use"; fi
done

# ---------------------------------------------------------------- keys
# Ed25519 key pair; Discord's "public key" is the raw 32-byte key as 64 hex chars (the last 32 bytes of the DER SPKI).
hex() { od -An -v -tx1 | tr -d ' \n'; }
openssl genpkey -algorithm ed25519 -out "$OUT/key.pem" 2>"$OUT/openssl.log" || die "openssl genpkey ed25519 failed"
openssl genpkey -algorithm ed25519 -out "$OUT/other-key.pem" 2>>"$OUT/openssl.log" || die "openssl genpkey ed25519 failed"
PUBLIC_KEY="$(openssl pkey -in "$OUT/key.pem" -pubout -outform DER | tail -c 32 | hex)"
[ "${#PUBLIC_KEY}" = 64 ] || die "could not extract the raw public key (got '$PUBLIC_KEY')"
log "public key $PUBLIC_KEY"

# ---------------------------------------------------------------- start both servers
OURS_PID=""
NODE_PID=""
cleanup() {
  for pid in $OURS_PID $NODE_PID; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in $OURS_PID $NODE_PID; do
    wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT

log "starting ours on $OURS_URL"
env Discord__PublicKey="$PUBLIC_KEY" Discord__ApplicationId=111222333444555666 Discord__ApiBaseUrl=http://127.0.0.1:9/api/v10/ \
  Corpus__Path="$ROOT/corpus" Corpus__Watch=false Logging__LogLevel__Default=Warning \
  dotnet "$OURS_DLL" serve --urls "http://127.0.0.1:${OURS_PORT}" >"$OUT/ours.log" 2>&1 &
OURS_PID=$!

log "starting node on $NODE_URL"
env DISCORD_PUBLIC_KEY="$PUBLIC_KEY" NODE_PORT="$NODE_PORT" NODE_HOST=127.0.0.1 NODE_ENV=production \
  node "$HERE/node/app.js" >"$OUT/node.log" 2>&1 &
NODE_PID=$!

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
wait_for node "http://127.0.0.1:${NODE_PORT}/" 404 "$NODE_PID" # express answers 404 off its route

# ---------------------------------------------------------------- signing
# A PING as Discord sends it for the endpoint check (shape only; ids are placeholders).
BENCH_BODY='{"app_permissions":"562949953601536","application_id":"111222333444555666","authorizing_integration_owners":{},"entitlements":[],"id":"1310000000000000001","token":"aW50ZXJhY3Rpb246MTMxMDAwMDAwMDAwMDAwMDAwMTpiZW5jaC10b2tlbg","type":1,"version":1}'
ed_sig() { # key.pem ts body -> 128 hex chars of Ed25519(key, ts || body)
  printf '%s%s' "$2" "$3" >"$OUT/msg.bin"
  openssl pkeyutl -sign -inkey "$1" -rawin -in "$OUT/msg.bin" | hex
}
sign_now() {
  BENCH_TS="$(date +%s)"
  BENCH_SIG="$(ed_sig "$OUT/key.pem" "$BENCH_TS" "$BENCH_BODY")"
  [ "${#BENCH_SIG}" = 128 ] || die "openssl pkeyutl -sign -rawin did not give a 64-byte signature (see $OUT/openssl.log)"
  BENCH_CONTENT_TYPE=application/json BENCH_TS_HEADER=X-Signature-Timestamp BENCH_SIG_HEADER=X-Signature-Ed25519
  export BENCH_BODY BENCH_TS BENCH_SIG BENCH_CONTENT_TYPE BENCH_TS_HEADER BENCH_SIG_HEADER
}

# ---------------------------------------------------------------- correctness
post() { # url body ts-or-empty sig-or-empty -> prints "status bytes", body to $OUT/last-body
  local args=(-s -m 10 -o "$OUT/last-body" -w '%{http_code} %{size_download}' -H 'Content-Type: application/json' --data-raw "$2")
  [ -n "$3" ] && args+=(-H "X-Signature-Timestamp: $3")
  [ -n "$4" ] && args+=(-H "X-Signature-Ed25519: $4")
  curl "${args[@]}" "$1" || true
}
expect() { # name case expected actual
  local status="${4%% *}"
  if [ "$status" = "$3" ]; then log "ok   $1: $2 -> $status"; else die "$1: $2 -> got '$4', expected $3"; fi
}
sign_now
TAMPERED_BODY="${BENCH_BODY/\"version\":1/\"version\":2}"
[ "$TAMPERED_BODY" != "$BENCH_BODY" ] || die "could not build the tampered body"
STALE_TS=$((BENCH_TS - 600))
STALE_SIG="$(ed_sig "$OUT/key.pem" "$STALE_TS" "$BENCH_BODY")"
for server in ours node; do
  url="$OURS_URL"; [ "$server" = node ] && url="$NODE_URL"
  expect "$server" "signed PING" 200 "$(post "$url" "$BENCH_BODY" "$BENCH_TS" "$BENCH_SIG")"
  [ "$(cat "$OUT/last-body")" = '{"type":1}' ] || die "$server: signed PING answered '$(head -c 200 "$OUT/last-body")', expected {\"type\":1}"
  log "ok   $server: PONG body is {\"type\":1}"
  expect "$server" "tampered body (version 1 -> 2), original signature" 401 "$(post "$url" "$TAMPERED_BODY" "$BENCH_TS" "$BENCH_SIG")"
  expect "$server" "unsigned" 401 "$(post "$url" "$BENCH_BODY" "" "")"
  expect "$server" "signed with another key" 401 "$(post "$url" "$BENCH_BODY" "$BENCH_TS" "$(ed_sig "$OUT/other-key.pem" "$BENCH_TS" "$BENCH_BODY")")"
  # Replay window: ours refuses timestamps > 300 s off; discord-interactions has no timestamp check (informational).
  stale="$(post "$url" "$BENCH_BODY" "$STALE_TS" "$STALE_SIG")"
  if [ "$server" = ours ]; then
    expect "$server" "stale (ts-600s, correctly signed)" 401 "$stale"
  else
    log "info $server: stale (ts-600s, correctly signed) -> ${stale%% *} (discord-interactions does not check the timestamp's age)"
  fi
done
grep -q OUTBOUND_CONNECT "$OUT/node.log" && die "node attempted an outbound connection (see $OUT/node.log)"

# ---------------------------------------------------------------- load
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }       # a process's own user+system ticks
child_ticks() { awk '{print $16 + $17}' "/proc/$$/stat"; }    # this shell's waited-for children (wrk)
busy_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; } # whole machine, all cores
declare -A RESULT CPU LOAD WRKCPU OTHER
LOAD[start]="$(loadavg)"
log "load average before the load phase: ${LOAD[start]} ($(nproc) cores)"
for server in ours node; do
  url="$OURS_URL"; pid="$OURS_PID"
  [ "$server" = node ] && { url="$NODE_URL"; pid="$NODE_PID"; }
  LOAD[$server]="$(loadavg)"
  { echo "ours=$OURS_PID node=$NODE_PID"; ps -eo pid,pcpu,etime,args --sort=-pcpu | head -8 | cut -c1-160; } >"$OUT/$server-ps-before.txt"
  sign_now
  log "$server: load average ${LOAD[$server]}; warm-up wrk -t$THREADS -c$CONNECTIONS -d$WARMUP"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$HERE/../post-signed.lua" "$url" >"$OUT/$server-warmup.txt" 2>&1
  sleep 1
  log "$server: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -s ../post-signed.lua $url"
  t0="$(cpu_ticks "$pid")"; w0="$(child_ticks)"; b0="$(busy_ticks)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$HERE/../post-signed.lua" "$url" >"$OUT/$server-wrk.txt" 2>&1
  t1="$(cpu_ticks "$pid")"; w1="$(child_ticks)"; b1="$(busy_ticks)"
  RESULT[$server]="$(grep '^BENCH_RESULT' "$OUT/$server-wrk.txt" || die "no result line in $OUT/$server-wrk.txt")"
  secs="$(sed -E 's/.* seconds=([0-9.]+).*/\1/' <<<"${RESULT[$server]}")"
  cores() { awk -v d="$1" -v hz="$(getconf CLK_TCK)" -v s="$secs" 'BEGIN { v = d / hz / s; printf "%.2f", (v < 0 ? 0 : v) }'; }
  CPU[$server]="$(cores $((t1 - t0)))"
  WRKCPU[$server]="$(cores $((w1 - w0)))"
  # Everything else on the machine (other engineers' builds, the idle server, the kernel outside these processes).
  OTHER[$server]="$(cores $(( (b1 - b0) - (t1 - t0) - (w1 - w0) )))"
  sleep 2
done
grep -q OUTBOUND_CONNECT "$OUT/node.log" && die "node attempted an outbound connection under load (see $OUT/node.log)"

# ---------------------------------------------------------------- report
field() { sed -E "s/.* $2=([0-9.]+).*/\1/" <<<"$1"; }
ms() { awk -v us="$1" 'BEGIN { printf "%.2f ms", us / 1000 }'; }
pkgver() { node -p 'require(process.argv[1]).version' "$HERE/node/node_modules/$1/package.json"; }
echo
echo "Signed Discord PING interactions, loopback, wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after ${WARMUP} warm-up), $(nproc) cores shared with wrk"
echo
echo "| server | requests/s | p50 | p99 | errors (non-2xx / socket) |"
echo "|---|---:|---:|---:|---|"
for server in ours node; do
  r="${RESULT[$server]}"
  socket=$(( $(field "$r" connect) + $(field "$r" read) + $(field "$r" write) + $(field "$r" timeout) ))
  name="ours (Bot.Host, .NET $(dotnet --list-runtimes | awk '/Microsoft.AspNetCore.App/ {v=$2} END {print v}'))"
  [ "$server" = node ] && name="discord-interactions $(pkgver discord-interactions) + express $(pkgver express) (node $(node --version))"
  printf '| %s | %s | %s | %s | %s / %s |\n' "$name" "$(field "$r" rps)" "$(ms "$(field "$r" p50_us)")" "$(ms "$(field "$r" p99_us)")" "$(field "$r" status_errors)" "$socket"
done
echo
awk -v o="$(field "${RESULT[ours]}" rps)" -v n="$(field "${RESULT[node]}" rps)" 'BEGIN { printf "ours/node throughput: %.2fx\n", o / n }'
echo "CPU during the measured window (cores busy): server ours ${CPU[ours]} / node ${CPU[node]}; wrk ${WRKCPU[ours]} / ${WRKCPU[node]}; everything else ${OTHER[ours]} / ${OTHER[node]} (> ~0.2 means the machine was busy with something else)"
echo "load average (1/5/15 min) at start of load phase: ${LOAD[start]}; before ours: ${LOAD[ours]}; before node: ${LOAD[node]}; now: $(loadavg)"
echo "$(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2); raw wrk output, server logs, ps snapshots: $OUT"
