#!/usr/bin/env bash
# Generates a course of N lessons (default 1,000, the same as bench/large-course.sh), then loads,
# renders and indexes it as start-up does and times searches of several kinds over it, warmed up.
# A benchmark, not a test.
#
#   bench/search.sh
#   N=5000 WARMUP=20 MEASURE=20 bench/search.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d target/classes/io/lectern/content/internal/search ] || ./mvnw -B -q -ntp -DskipTests compile
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
N=${N:-1000} bench/large-course.sh --generate "$out/content" >/dev/null
./mvnw -B -q -ntp dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$out/classpath" >/dev/null
javac -d "$out/classes" -cp "target/classes:$(cat "$out/classpath")" bench/src/SearchBench.java
java -cp "$out/classes:target/classes:$(cat "$out/classpath")" SearchBench "$out/content" "${WARMUP:-10}" "${MEASURE:-10}"
