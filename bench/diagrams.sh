#!/usr/bin/env bash
# Times drawing each kind of diagram in memory (pure Java, no Spring), after warm-up, and checks
# the size of the three-model comparison. A benchmark, not a test.
#
#   bench/diagrams.sh            # 5 s warm-up, 5 s measured
#   WARMUP=10 MEASURE=10 bench/diagrams.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d target/classes/io/lectern/diagrams ] || ./mvnw -B -q -ntp -DskipTests compile
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# The diagrams read YAML with SnakeYAML; take it from the project's own classpath.
./mvnw -B -q -ntp dependency:build-classpath -Dmdep.outputFile="$out/classpath" >/dev/null
yaml=$(tr ':' '\n' <"$out/classpath" | grep '/snakeyaml-[0-9.]*\.jar$')
javac -d "$out" -cp target/classes bench/src/DiagramBench.java
java -cp "$out:target/classes:$yaml" DiagramBench "${WARMUP:-5}" "${MEASURE:-5}"
