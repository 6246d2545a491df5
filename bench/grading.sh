#!/usr/bin/env bash
# Times grading a 20-question attempt in memory (pure Java, no Spring), after warm-up.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d target/classes/io/lectern/quiz/grading ] || ./mvnw -B -q -ntp -DskipTests compile
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
javac -d "$out" -cp target/classes bench/src/GradingBench.java
java -cp "$out:target/classes" GradingBench
