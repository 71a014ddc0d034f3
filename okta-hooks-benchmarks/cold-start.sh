#!/usr/bin/env bash
# Cold start of a Lambda token hook: a fresh JVM per sample, from the benchmark's first class load
# to the first answered token event, for the SDK's HttpApiHookHandler and for a hand-written
# Jackson handler (io.oktahooks.benchmarks.coldstart.ColdStart). Prints median, min and max.
#   okta-hooks-benchmarks/cold-start.sh [RUNS]        RUNS processes per variant (default 15, at least 10)
# JVM flags: JAVA_OPTS, default -XX:TieredStopAtLevel=1, as Lambda's Java 17+ runtimes start the JVM.
set -euo pipefail

runs="${1:-15}"
[ "$runs" -ge 10 ] || { echo "cold-start.sh: at least 10 runs per variant" >&2; exit 2; }
java_opts="${JAVA_OPTS:--XX:+TieredCompilation -XX:TieredStopAtLevel=1}"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
module="$root/okta-hooks-benchmarks"
classpath_file="$module/target/cold-start-classpath.txt"
samples="$module/target/cold-start-samples.txt"

echo "cold-start.sh: building okta-hooks-benchmarks and its class path ..." >&2
mvn -q -B -f "$root/pom.xml" -pl okta-hooks-benchmarks -am -DskipTests package \
    dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$classpath_file" >&2
classpath="$module/target/classes:$(cat "$classpath_file")"

: > "$samples"
for ((i = 1; i <= runs; i++)); do
  for variant in sdk jackson; do   # interleaved, so a noisy moment on the machine hits both
    # shellcheck disable=SC2086
    java $java_opts -cp "$classpath" io.oktahooks.benchmarks.coldstart.ColdStart "$variant" >> "$samples"
  done
done

echo "java: $(java -version 2>&1 | head -1); flags: $java_opts; $runs processes per variant; $(nproc) cores"
printf '%-8s %-6s %10s %10s %10s\n' variant metric median min max
for variant in sdk jackson; do
  for metric in main init first jvm; do
    grep "variant=$variant " "$samples" | sed -E "s/.* $metric=([0-9.]+).*/\1/" | sort -n | awk -v v="$variant" -v m="$metric" '
      { x[NR] = $1 }
      END {
        median = (NR % 2) ? x[(NR + 1) / 2] : (x[NR / 2] + x[NR / 2 + 1]) / 2
        printf "%-8s %-6s %10.1f %10.1f %10.1f\n", v, m, median, x[1], x[NR]
      }'
  done
done
echo "(ms; main = this benchmark's first class load to the answer = init + first; jvm = JVM start to the answer)"
