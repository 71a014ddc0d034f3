#!/usr/bin/env bash
# Benchmark 6: the example service with Basic auth under 64 concurrent connections on loopback.
# Needs wrk (Debian: apt-get install wrk). Usage: okta-hooks-benchmarks/load.sh [seconds] [connections]
#   LOAD_PIN      "service-cpu,wrk-cpu" (default 0,1 on a machine with 2 or more CPUs): taskset pins the
#                 service to the first CPU and wrk to the second; "none" runs both unpinned
#   LOAD_THREADS  wrk threads (default 1 when pinned, one thread for its one CPU; 2 otherwise)
#   JAVA_OPTS     JVM options for the service (./okta-hooks passes them on)
#   LOAD_WARMUP   seconds of wrk before the measured run (default 30)
#   JAVA_HOME     the JDK that runs the service (default: java on the PATH)
#   LOAD_SERVICE  example (default: ./okta-hooks example, one INFO log line per call), sdk (the SDK alone on the
#                 same HttpServer and pool: SdkHttpService, no log line) or hand-written (HandWrittenHttpService:
#                 HttpServer + Jackson, the same pool), to tell the SDK's cost from the server's
#   HOOKS_PORT    the service's port (default 18082)
# Besides wrk's figures it prints the CPU the service and wrk used during the measured run
# (/proc/PID/stat utime+stime), per call, and the service's CPU by thread group.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-30}"
connections="${2:-64}"
port="${HOOKS_PORT:-18082}"
command -v wrk >/dev/null || { echo "load.sh: wrk is not installed (apt-get install wrk)" >&2; exit 2; }

pin="${LOAD_PIN:-}"
if [ -z "$pin" ]; then
  if [ "$(nproc)" -ge 2 ]; then pin="0,1"; else pin="none"; fi
fi
if [ "$pin" = "none" ]; then
  service_cmd=()
  wrk_cmd=()
  threads="${LOAD_THREADS:-2}"
else
  command -v taskset >/dev/null || { echo "load.sh: taskset is not installed (apt-get install util-linux)" >&2; exit 2; }
  service_cmd=(taskset -c "${pin%%,*}")
  wrk_cmd=(taskset -c "${pin#*,}")
  threads="${LOAD_THREADS:-1}"
fi
tick="$(getconf CLK_TCK)"

work="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }; rm -rf "$work"' EXIT
cp "$root/okta-hooks-testkit/src/main/resources/io/oktahooks/testkit/fixtures/token-authorization-code.json" "$work/token-request.json"

service="${LOAD_SERVICE:-example}"
case "$service" in
  example)
    # ./okta-hooks builds when its inputs changed, then execs java: $pid is the JVM's.
    HOOKS_PORT="$port" HOOKS_BASIC_USER=load HOOKS_BASIC_PASSWORD=load-password-1234 \
        "${service_cmd[@]}" "$root/okta-hooks" example > "$work/service.log" 2>&1 &
    pid=$! ;;
  sdk|hand-written)
    module="$root/okta-hooks-benchmarks"
    "$root/mvnw" -q -B -ntp -f "$root/pom.xml" -pl okta-hooks-benchmarks -am -Dmaven.test.skip=true -Djacoco.skip=true \
        -Dmaven.javadoc.skip=true -Dmaven.source.skip=true package \
        dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=target/cold-start-classpath.txt >&2
    main=io.oktahooks.benchmarks.httpstart.SdkHttpService
    [ "$service" = sdk ] || main=io.oktahooks.benchmarks.httpstart.HandWrittenHttpService
    # shellcheck disable=SC2086
    "${service_cmd[@]}" "${JAVA_HOME:+$JAVA_HOME/bin/}java" ${JAVA_OPTS:-} -cp "$module/target/classes:$(cat "$module/target/cold-start-classpath.txt")" "$main" \
        "$port" basic load load-password-1234 > "$work/service.log" 2>&1 &
    pid=$! ;;
  *) echo "load.sh: LOAD_SERVICE is example, sdk or hand-written, not $service" >&2; exit 2 ;;
esac
up() { [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/hooks/token" 2>/dev/null)" != 000 ]; }
for _ in $(seq 1 300); do
  up && break
  sleep 1
done
up || { echo "load.sh: the service did not start:" >&2; cat "$work/service.log" >&2; exit 1; }

auth="Basic $(printf 'load:load-password-1234' | base64)"
run_wrk() { # duration, extra wrk arguments...
  local duration="$1"; shift
  TOKEN_BODY="$work/token-request.json" AUTHORIZATION="$auth" "${wrk_cmd[@]}" "${time_cmd[@]}" wrk -t"$threads" -c"$connections" \
      -d"$duration" "$@" -s "$root/okta-hooks-benchmarks/load/token.lua" "http://127.0.0.1:$port/hooks/token"
}
time_cmd=()
# the CPU of a process (user + system, in ticks), from field 14 and 15 of /proc/PID/stat
cpu_ticks() { sed -E 's/^.*\) [A-Za-z] (([^ ]+ ){10})([0-9]+) ([0-9]+) .*/\3 \4/' "/proc/$1/stat"; }
# the same per thread, summed by thread name (digits folded, so "GC Thread#0" and "#1" are one group)
thread_ticks() {
  local task
  for task in /proc/"$1"/task/*; do
    sed -E 's/^[0-9]+ \((.*)\) [A-Za-z] (([^ ]+ ){10})([0-9]+) ([0-9]+) .*/\1\t\4\t\5/' "$task/stat" 2>/dev/null || true
  done | awk -F'\t' '{ name = $1; gsub(/[0-9]+/, "#", name); s[name] += $2 + $3 } END { for (n in s) print n "\t" s[n] }' | LC_ALL=C sort
}

# warm-up: pools, connections and the JIT, whose compiler threads share the service's one CPU with the
# workers when pinned, so C2 needs tens of seconds to finish (measured: after 10 s it still used about
# 18 us of CPU per call)
run_wrk "${LOAD_WARMUP:-30}s" > /dev/null

grep -E '^cpu[0-9]+ ' /proc/stat > "$work/cpus-before.txt"
lines_before="$(wc -l < "$work/service.log")"
service_before="$(cpu_ticks "$pid")"
thread_ticks "$pid" > "$work/threads-before.txt"
[ -x /usr/bin/time ] && time_cmd=(/usr/bin/time -f 'wrk_cpu %U %S' -o "$work/wrk-time.txt")
start_ns="$(date +%s%N)"
run_wrk "${seconds}s" --latency | tee "$work/wrk.txt"
end_ns="$(date +%s%N)"
service_after="$(cpu_ticks "$pid")"
thread_ticks "$pid" > "$work/threads-after.txt"
lines_after="$(wc -l < "$work/service.log")"
grep -E '^cpu[0-9]+ ' /proc/stat > "$work/cpus-after.txt"

requests="$(sed -n 's/^load: requests=\([0-9]*\).*/\1/p' "$work/wrk.txt")"
wall_s="$(awk -v a="$start_ns" -v b="$end_ns" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')"
echo "load: service=${service} pinned=${pin} wrk_threads=${threads} connections=${connections} java=$("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1 | sed 's/"//g')"
echo "$service_before $service_after" | awk -v hz="$tick" -v n="$requests" -v wall="$wall_s" -v l="$((lines_after - lines_before))" '{
  user = ($3 - $1) / hz; sys = ($4 - $2) / hz; cpu = user + sys
  printf "load: service_cpu_s=%.2f of wall_s=%.2f (%.0f%% of one CPU) cpu_per_call_us=%.1f (user %.1f, system %.1f) log_lines=%d\n",
      cpu, wall, 100 * cpu / wall, 1e6 * cpu / n, 1e6 * user / n, 1e6 * sys / n, l
}'
[ -s "$work/wrk-time.txt" ] && awk -v n="$requests" -v wall="$wall_s" '/^wrk_cpu/ { cpu = $2 + $3
  printf "load: wrk_cpu_s=%.2f (%.0f%% of one CPU) wrk_cpu_per_call_us=%.1f\n", cpu, 100 * cpu / wall, 1e6 * cpu / n }' "$work/wrk-time.txt"
# each CPU during the run (all processes): what the machine gave the service and wrk
paste -d' ' "$work/cpus-before.txt" "$work/cpus-after.txt" | awk '{ n = NF / 2; tot = 0
  for (i = 2; i <= n; i++) { d[i] = $(i + n) - $i; tot += d[i] }
  printf "load: %s busy %.0f%% (user %.0f%%, system %.0f%%, softirq %.0f%%), idle %.0f%%, steal %.0f%%\n", $1,
      100 * (tot - d[5] - d[6] - d[9]) / tot, 100 * (d[2] + d[3]) / tot, 100 * d[4] / tot, 100 * d[8] / tot, 100 * (d[5] + d[6]) / tot, 100 * d[9] / tot }'
echo "load: service CPU by thread (us per call):"
LC_ALL=C join -t $'\t' -a 2 -e 0 -o 0,1.2,2.2 "$work/threads-before.txt" "$work/threads-after.txt" \
  | awk -F'\t' -v hz="$tick" -v n="$requests" '{ d = ($3 - $2) / hz; if (d > 0) printf "  %8.1f  %s\n", 1e6 * d / n, $1 }' | sort -rn

