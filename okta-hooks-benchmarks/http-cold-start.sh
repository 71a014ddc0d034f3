#!/usr/bin/env bash
# Cold start of a token hook service on the JDK's HttpServer: a fresh JVM per sample, from starting
# the JVM to the first answered token call, for the SDK (SdkHttpService: HookEndpoint behind the
# example's JdkHttpServerRoute) and for a hand-written JDK HttpServer + Jackson + nimbus service
# (HandWrittenHttpService), each with Basic auth and with a Bearer JWT whose keys the service fetched
# over HTTPS before opening its port (io.oktahooks.benchmarks.httpstart.HttpColdStart). Prints median,
# min, max. The JWKS is served on loopback with a certificate this script makes with keytool; both
# services trust it through a copy of the JDK's cacerts with it added (what they would load for Okta).
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
    dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=target/cold-start-classpath.txt >&2
jar_of() { ls "$root/$1"/target/"$1"-*.jar | grep -v -e sources -e javadoc -e tests | head -1; }
# What such a service deploys, and nothing else: the service classes, the example's route, core and
# auth with their runtime dependencies (Jackson, nimbus, SLF4J API) and an SLF4J binding
# (slf4j-simple, the example's). The hand-written service loads only Jackson and nimbus of it.
binding="$(tr ':' '\n' < "$module/target/cold-start-classpath.txt" | grep '/slf4j-simple-' | head -1)"
service_cp="$module/target/classes:$(jar_of okta-hooks-examples):$(jar_of okta-hooks-auth):$(cat "$root/okta-hooks-auth/target/cold-start-classpath.txt"):$binding"
driver_cp="$module/target/classes:$(cat "$module/target/cold-start-classpath.txt")"

# The loopback JWKS certificate (RSA 2048, for 127.0.0.1, two days) and the services' trust store.
tls="$module/target/cold-start-tls"
rm -rf "$tls" && mkdir -p "$tls"
java_home="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')"
keytool -genkeypair -alias loopback-jwks -keyalg RSA -keysize 2048 -validity 2 -dname CN=127.0.0.1 \
    -ext san=ip:127.0.0.1 -storetype PKCS12 -keystore "$tls/server.p12" -storepass changeit -keypass changeit 2>/dev/null
keytool -exportcert -rfc -alias loopback-jwks -keystore "$tls/server.p12" -storepass changeit -file "$tls/server.pem" >/dev/null
cp -L "$java_home/lib/security/cacerts" "$tls/cacerts" && chmod u+w "$tls/cacerts"
keytool -importcert -noprompt -alias loopback-jwks -file "$tls/server.pem" -keystore "$tls/cacerts" \
    -storepass changeit >/dev/null 2>&1

echo "java: $(java -version 2>&1 | head -1); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086
java -Dokta.hooks.bench.tls.keyStore="$tls/server.p12" -Dokta.hooks.bench.tls.trustStore="$tls/cacerts" \
    -cp "$driver_cp" io.oktahooks.benchmarks.httpstart.HttpColdStart "$runs" "$service_cp" ${JAVA_OPTS:-}
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
