#!/usr/bin/env bash
# E-mails per second for a circular to N units (default 1000), beside a plain Jakarta Mail loop over one
# connection, same run, same SMTP server. Usage: bench/distribution.sh [units] [smtp-host:port]
# Without a server, an in-process GreenMail (with TCP_NODELAY) takes the mail; give Postfix as 127.0.0.1:25.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests -Dspotless.check.skip=true test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    vn.vanthu.bench.DistributionBenchmark "$@"
