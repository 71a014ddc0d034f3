#!/usr/bin/env bash
# Benchmark 6: the example service with Basic auth under 64 concurrent connections on loopback.
# Needs wrk (Debian: apt-get install wrk). Usage: okta-hooks-benchmarks/load.sh [seconds] [connections]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-30}"
connections="${2:-64}"
port="${HOOKS_PORT:-18082}"
command -v wrk >/dev/null || { echo "load.sh: wrk is not installed (apt-get install wrk)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
cp "$root/okta-hooks-testkit/src/main/resources/io/oktahooks/testkit/fixtures/token-authorization-code.json" "$work/token-request.json"

HOOKS_PORT="$port" HOOKS_BASIC_USER=load HOOKS_BASIC_PASSWORD=load-password-1234 "$root/okta-hooks" example > "$work/service.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  sleep 1
done
auth="Basic $(printf 'load:load-password-1234' | base64)"
# warm-up, then the measured run
TOKEN_BODY="$work/token-request.json" AUTHORIZATION="$auth" wrk -t2 -c"$connections" -d10s -s "$root/okta-hooks-benchmarks/load/token.lua" \
    "http://127.0.0.1:$port/hooks/token" > /dev/null
TOKEN_BODY="$work/token-request.json" AUTHORIZATION="$auth" wrk -t2 -c"$connections" -d"${seconds}s" --latency \
    -s "$root/okta-hooks-benchmarks/load/token.lua" "http://127.0.0.1:$port/hooks/token"
