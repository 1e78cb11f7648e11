#!/usr/bin/env bash
# Documents per second of the extraction module on the test corpus: born-digital PDFs and scans (OCR).
# Usage: bench/extraction-bench.sh [rounds]   (run from the project folder; not part of the test suite)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile -Dspotless.check.skip=true
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  vn.vanthu.extraction.internal.ExtractionBench src/test/resources/documents "${1:-5}" 2>/dev/null
