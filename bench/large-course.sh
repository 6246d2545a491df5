#!/usr/bin/env bash
# Loads and renders a generated course of N lessons (default 1,000) with the same code the portal
# uses at start-up, through `java -jar lectern.jar --validate=<folder>`, and reports the time.
#
#   bench/large-course.sh
#   N=5000 bench/large-course.sh
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-1000}
TARGET_MS=${TARGET_MS:-3000}

jar=$(ls target/lectern-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
if [ -z "$jar" ]; then
  ./mvnw -B -q -ntp -DskipTests package
  jar=$(ls target/lectern-*.jar | grep -v '\.original$' | head -1)
fi

work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
course="$work/big-course"
mkdir -p "$course"

{
  echo 'title: "Generated course"'
  echo 'slug: big-course'
  echo 'summary: A large generated course for measuring load and render time.'
  echo 'lessons:'
  for i in $(seq 1 "$N"); do printf '  - lesson-%04d.md\n' "$i"; done
} >"$course/course.yml"

paragraph="Security in the cloud is shared: the provider protects the hardware, the network and the
hypervisor, while the customer protects the data, the identities and every configuration choice.
Encryption at rest and in transit, least-privilege policies, and careful network rules are the
customer's daily work, whichever service model a workload uses."
for i in $(seq 1 "$N"); do
  next=$(( i % N + 1 ))
  {
    printf -- '---\ntitle: "Lesson %d"\nsummary: "Generated lesson number %d."\ntopics: [generated]\n---\n\n' "$i" "$i"
    printf '## Overview\n\n%s\n\n### Details\n\n%s\n\n' "$paragraph" "$paragraph"
    printf '| Layer | Owner |\n| --- | --- |\n| Hardware | Provider |\n| Data | Customer |\n\n'
    printf '```java\nclass Lesson%d {\n  String owner() { return "customer"; }\n}\n```\n\n' "$i"
    printf '> [!NOTE]\n> %s\n\n' "Access and data stay with the customer in every model."
    printf -- '- patch the operating system\n- restrict security groups\n- rotate keys\n\n'
    printf '## Next steps\n\n%s Continue with [the next lesson](lesson-%04d.md).\n\n%s\n' "$paragraph" "$next" "$paragraph"
  } >"$course/$(printf 'lesson-%04d.md' "$i")"
done

words=$(cat "$course"/lesson-0001.md | wc -w)
started=$(date +%s%N)
set +e
line=$(java -jar "$jar" --validate="$work" | tail -1)
status=$?
set -e
wall_ms=$(( ($(date +%s%N) - started) / 1000000 ))
load_ms=$(sed -n 's/.* in \([0-9]*\) ms.*/\1/p' <<<"$line")

echo "generated $N lessons of about $words words each"
echo "lectern: $line"
echo "whole command (JVM start included): $wall_ms ms"
if [ "$status" -ne 0 ] || [ -z "$load_ms" ]; then
  echo "validation failed" >&2
  exit 1
fi
verdict=$([ "$load_ms" -le "$TARGET_MS" ] && echo PASS || echo MISS)
echo "load and render: $load_ms ms (target <= $TARGET_MS ms): $verdict"
