#!/usr/bin/env bash
# Loads and renders a generated course of N lessons (default 1,000) with the same code the portal
# uses at start-up, through `java -jar lectern.jar --validate=<folder>`, and reports the time.
# A benchmark, not a test.
#
#   bench/large-course.sh
#   N=5000 bench/large-course.sh
#   N=3 bench/large-course.sh --generate DIR    # only write DIR/big-course/ and stop
#   KEEP=1 bench/large-course.sh                 # keep the generated folder and the app's output
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-1000}
TARGET_MS=${TARGET_MS:-3000}

# Writes $1/big-course/: course.yml and lesson-0001.md ... lesson-$N.md, each about 400 words with
# headings, a GFM table, a Java code block, a NOTE admonition, a list and a link to the next lesson.
generate() {
  local course="$1/big-course" i next
  mkdir -p "$course"
  {
    echo 'title: "Generated course"'
    echo 'slug: big-course'
    echo 'summary: A large generated course for measuring load and render time.'
    echo 'lessons:'
    for i in $(seq 1 "$N"); do printf '  - lesson-%04d.md\n' "$i"; done
  } >"$course/course.yml"

  local paragraph="Security in the cloud is shared: the provider protects the hardware, the network and the
hypervisor, while the customer protects the data, the identities and every configuration choice.
Encryption at rest and in transit, least-privilege policies, and careful network rules are the
customer's daily work, whichever service model a workload uses."
  for i in $(seq 1 "$N"); do
    next=$(( i % N + 1 ))
    {
      printf -- '---\ntitle: "Lesson %d"\nsummary: "Generated lesson number %d."\ntopics: [generated]\n---\n\n' "$i" "$i"
      printf '## Overview\n\n%s\n\n%s\n\n### Details\n\n%s\n\n' "$paragraph" "$paragraph" "$paragraph"
      printf '| Layer | Owner | Examples |\n| --- | --- | --- |\n| Hardware | Provider | racks, disks |\n| Data | Customer | tables, keys |\n\n'
      printf '```java\nclass Lesson%d {\n  String owner() { return "customer"; }\n}\n```\n\n' "$i"
      printf '> [!NOTE]\n> %s\n\n' "Access and data stay with the customer in every model."
      printf -- '- patch the operating system\n- restrict security groups\n- rotate keys\n\n'
      printf '## Next steps\n\n%s\n\n### Further reading\n\n%s Continue with [the next lesson](lesson-%04d.md).\n\n%s\n' \
        "$paragraph" "$paragraph" "$next" "$paragraph"
    } >"$course/$(printf 'lesson-%04d.md' "$i")"
  done
}

if [ "${1:-}" = "--generate" ]; then
  [ -n "${2:-}" ] || { echo "usage: $0 [--generate DIR]" >&2; exit 2; }
  generate "$2"
  echo "generated $N lessons in $2/big-course"
  exit 0
fi

jar=$(ls target/lectern-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
if [ -z "$jar" ]; then
  ./mvnw -B -q -ntp -DskipTests package
  jar=$(ls target/lectern-*.jar | grep -v '\.original$' | head -1)
fi

work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] && echo "kept $work" >&2 || rm -rf "$work"' EXIT
generate "$work"
words=$(wc -w <"$work/big-course/lesson-0001.md")

started=$(date +%s%N)
status=0
java -jar "$jar" --validate="$work" >"$work/out.txt" 2>&1 || status=$?
wall_ms=$(( ($(date +%s%N) - started) / 1000000 ))
line=$(grep -E '^Checked [0-9]+ course' "$work/out.txt" | tail -1 || true)
load_ms=$(sed -n 's/.* in \([0-9,]*\) ms.*/\1/p' <<<"$line" | tr -d ,)

echo "generated $N lessons of about $words words each"
echo "lectern: ${line:-(no summary line)}"
echo "whole command (JVM start included): $wall_ms ms"
if [ "$status" -ne 0 ] || [ -z "$load_ms" ]; then
  echo "validation failed (exit $status); first lines of its output:" >&2
  head -20 "$work/out.txt" >&2
  exit 1
fi
verdict=$([ "$load_ms" -le "$TARGET_MS" ] && echo PASS || echo MISS)
echo "load and render: $load_ms ms (target <= $TARGET_MS ms): $verdict"
