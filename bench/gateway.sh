#!/usr/bin/env bash
# The benchmark of issue 8 on one machine: intake and distribution of the packaged gateway (-Xmx512m, postgres
# profile) against Postfix, Dovecot and PostgreSQL on loopback, each beside a minimal program doing the same work
# in the same run; peak RSS and start-up time. Usage: bench/gateway.sh [letters=200] [units=1000]
# Needs root and the packages .ci/run installs (it starts the servers with e2e/servers.sh and .ci/start-postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
.ci/start-postgres
mvn -B -q -DskipTests -Dspotless.check.skip=true package dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
mvn -B -q -Dspotless.check.skip=true test-compile
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" vn.vanthu.bench.GatewayBenchmark "$@"
