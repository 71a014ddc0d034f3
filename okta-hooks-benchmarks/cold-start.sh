#!/usr/bin/env bash
# Cold start of a Lambda token hook: a fresh JVM per sample, from the benchmark's first class load
# to the first answered token event, for the SDK's HttpApiHookHandler and for a hand-written
# Jackson handler (io.oktahooks.benchmarks.coldstart.ColdStart). Prints median, min and max.
#   okta-hooks-benchmarks/cold-start.sh [RUNS]        RUNS processes per variant (default 15, at least 10)
# JVM flags: JAVA_OPTS, default -XX:+TieredCompilation -XX:TieredStopAtLevel=1, as Lambda's Java 17 runtime
# starts the JVM.
set -euo pipefail

runs="${1:-15}"
[ "$runs" -ge 10 ] || { echo "cold-start.sh: at least 10 runs per variant" >&2; exit 2; }
java_opts="${JAVA_OPTS:--XX:+TieredCompilation -XX:TieredStopAtLevel=1}"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
module="$root/okta-hooks-benchmarks"
samples="$module/target/cold-start-samples.txt"

echo "cold-start.sh: building okta-hooks-benchmarks and the class paths ..." >&2
# each module writes its own runtime class path to its target/cold-start-classpath.txt
"$root/mvnw" -q -B -ntp -f "$root/pom.xml" -pl okta-hooks-benchmarks -am -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true package \
    dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=target/cold-start-classpath.txt >&2
# What a Lambda deployment of the function holds, and nothing else (a long class path slows every
# ServiceLoader look-up, SLF4J's included): the benchmark's classes, okta-hooks-aws-lambda with its
# runtime dependencies (core, auth, Jackson, nimbus, SLF4J API, aws-lambda-java-core/-events), an
# SLF4J binding (slf4j-simple) and the testkit jar for its token fixture (a resource; none of its
# classes load). The Jackson variant uses the same class path and loads what it needs of it.
lambda_jar="$(ls "$root"/okta-hooks-aws-lambda/target/okta-hooks-aws-lambda-*.jar | grep -v -e sources -e javadoc | head -1)"
testkit_jar="$(ls "$root"/okta-hooks-testkit/target/okta-hooks-testkit-*.jar | grep -v -e sources -e javadoc | head -1)"
binding="$(tr ':' '\n' < "$module/target/cold-start-classpath.txt" | grep '/slf4j-simple-' | head -1)"
classpath="$module/target/classes:$lambda_jar:$(cat "$root/okta-hooks-aws-lambda/target/cold-start-classpath.txt"):$binding:$testkit_jar"

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
