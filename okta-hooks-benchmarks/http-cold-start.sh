#!/usr/bin/env bash
# Cold start of a token hook service on the JDK's HttpServer: a fresh JVM per sample, from starting
# the JVM to the first answered token call, for the SDK (SdkHttpService: HookEndpoint behind the
# example's JdkHttpServerRoute) and for a hand-written JDK HttpServer + Jackson + nimbus service
# (HandWrittenHttpService), each with Basic auth and with a Bearer JWT whose keys the service fetched
# before opening its port (io.oktahooks.benchmarks.httpstart.HttpColdStart). Prints median, min, max.
#   okta-hooks-benchmarks/http-cold-start.sh [RUNS]   RUNS processes per variant (default 15, at least 10)
# JVM options of the services: JAVA_OPTS (default none: the JVM's defaults).
set -euo pipefail

runs="${1:-15}"
[ "$runs" -ge 10 ] || { echo "http-cold-start.sh: at least 10 runs per variant" >&2; exit 2; }
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
module="$root/okta-hooks-benchmarks"

echo "http-cold-start.sh: building okta-hooks-benchmarks and the class paths ..." >&2
"$root/mvnw" -q -B -ntp -f "$root/pom.xml" -pl okta-hooks-benchmarks -am -Dmaven.test.skip=true -Djacoco.skip=true \
    -Dmaven.javadoc.skip=true -Dmaven.source.skip=true package \
    dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/cold-start-classpath.txt >&2
jar_of() { ls "$root/$1"/target/"$1"-*.jar | grep -v -e sources -e javadoc -e tests | head -1; }
# What such a service deploys, and nothing else: the service classes, the example's route, core and
# auth with their runtime dependencies (Jackson, nimbus, SLF4J API) and an SLF4J binding
# (slf4j-simple, the example's). The hand-written service loads only Jackson and nimbus of it.
binding="$(tr ':' '\n' < "$module/target/cold-start-classpath.txt" | grep '/slf4j-simple-' | head -1)"
service_cp="$module/target/classes:$(jar_of okta-hooks-examples):$(jar_of okta-hooks-auth):$(cat "$root/okta-hooks-auth/target/cold-start-classpath.txt"):$binding"
driver_cp="$module/target/classes:$(cat "$module/target/cold-start-classpath.txt")"

echo "java: $(java -version 2>&1 | head -1); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086
java -cp "$driver_cp" io.oktahooks.benchmarks.httpstart.HttpColdStart "$runs" "$service_cp" ${JAVA_OPTS:-}
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
