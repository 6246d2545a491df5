#!/usr/bin/env bash
# Times TeX to MathML (Temml in GraalJS) in memory, without Spring: the engine's load, ms per new
# formula on one thread and on two, and ms per formula from the formula cache. A benchmark, not a test.
#
#   bench/math.sh          # 300 formulas per pass
#   N=1000 bench/math.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d target/classes/io/lectern/content/internal/math ] || ./mvnw -B -q -ntp -DskipTests compile
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
./mvnw -B -q -ntp dependency:build-classpath -Dmdep.outputFile="$out/classpath" >/dev/null
javac -d "$out" -cp "target/classes:$(cat "$out/classpath")" bench/src/MathBench.java
java -cp "$out:target/classes:$(cat "$out/classpath")" MathBench "${N:-300}"
