#!/usr/bin/env bash
# Loads and renders a generated course of N lessons (default 1,000) with the same code the portal
# uses at start-up, through `java -jar lectern.jar --validate=<folder>`, and reports the time.
# A benchmark, not a test.
#
#   bench/large-course.sh
#   N=5000 bench/large-course.sh
#   N=3 bench/large-course.sh --generate DIR    # only write DIR/big-course/ and stop
#   KEEP=1 bench/large-course.sh                 # keep the generated folder and the app's output
#   MYST=1 bench/large-course.sh                 # MyST variant: each lesson also holds a dozen directives
#                                                # and 3 formulas of its own (3,000 in all); timed with the
#                                                # formula cache empty (target 15 s) and warm (target 4 s),
#                                                # beside the plain course in the same run; then
#                                                # the portal itself started on each, timed to its
#                                                # first lesson page (a page with formulas)
#   MYST=1 SKIP_PORTAL=1 bench/large-course.sh   # the checks only, not the portal's start
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh

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

# Appends MyST to every lesson of $1/big-course/: a dozen directives (admonitions, a dropdown, a
# figure-free table, a code block with a caption, tabs, a card, a margin note, an exercise and its
# solution, a glossary) and three formulas found in no other lesson, one of them labelled and
# referenced.
add_myst() {
  local course="$1/big-course" i
  for i in $(seq 1 "$N"); do
    cat >>"$course/$(printf 'lesson-%04d.md' "$i")" <<MYST

:::{note}
Keys stay with the customer in lesson $i.
:::

:::{warning} Rotate keys
Rotate every key at least once a year.
:::

:::{tip}
:class: dropdown
Use roles, not users, for workloads.
:::

\`\`\`{code-block} python
:caption: Listing for lesson $i
print("lesson $i")
\`\`\`

::::{tab-set}
:::{tab-item} Console
Open the console.
:::
:::{tab-item} CLI
Run the command line.
:::
::::

:::{card} Summary $i
The customer owns the data.
:::

:::{margin}
A note in the margin.
:::

\`\`\`{list-table} Owners
:header-rows: 1
* - Layer
  - Owner
* - Data
  - Customer
\`\`\`

:::{exercise}
:label: ex-$i
Who owns the data in lesson $i?
:::

:::{solution} ex-$i
The customer.
:::

:::{glossary}
KMS $i
: The key management service.
:::

:::{seealso}
The next lesson.
:::

The risk is \$r_{$i} = p_{$i} \\times i_{$i}\$, and in aggregate

\$\$
R_{$i} = \\sum_{k=1}^{$i} \\frac{r_k}{k + $i}
\$\$ (total-$i)

so that, by [](#total-$i),

\\begin{align}
a_{$i} &= b + $i \\\\
c &= d_{$i}
\\end{align}
MYST
  done
}

# Times --validate on $1 with the data folder $2 (where formulas are cached), the JVM given the
# options in $CHECK_JAVA_OPTS; prints the load time in ms.
validate_ms() {
  local out="$1/out-$(basename "$2").txt" line
  # shellcheck disable=SC2086 # the options are words on purpose
  LECTERN_DATA_DIR="$2" java ${CHECK_JAVA_OPTS:-} -jar "$jar" --validate="$1" >"$out" 2>&1 || { head -20 "$out" >&2; return 1; }
  line=$(grep -E '^Checked [0-9]+ course' "$out" | tail -1)
  echo "  $line" >&2
  sed -n 's/.* in \([0-9,]*\) ms.*/\1/p' <<<"$line" | tr -d ,
}

# Starts the portal on the course in $1 with the data folder $2 and times it, from the java command
# to the first answer of a lesson page halfway through the course (in the MyST course, a page with
# three formulas, which a portal with an empty formula cache typesets for that request); prints ms.
portal_ms() {
  local log="$2.log" started pid url
  url="http://127.0.0.1:$PORT/courses/big-course/lesson-$(printf '%04d' $(( (N + 1) / 2 )))"
  mkdir -p "$2"
  started=$(date +%s%N)
  LECTERN_CONTENT_DIR="$1" LECTERN_DATA_DIR="$2" java -jar "$jar" --server.address=127.0.0.1 --server.port="$PORT" \
    --spring.datasource.url="$(default_database "$2")" >"$log" 2>&1 &
  pid=$!
  POLL=0.05 wait_until_up "$url" "$pid" "$log"
  echo $(( ($(date +%s%N) - started) / 1000000 ))
  # The rest of the formulas are typeset after start-up; report how long that took.
  if [ -n "${WAIT_TYPESETTING:-}" ]; then
    until grep -q 'Typeset the formulas' "$log"; do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    grep -o 'Typeset the formulas.*' "$log" | sed 's/^/  portal: /' >&2 || true
  fi
  kill "$pid" && wait "$pid" 2>/dev/null || true
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

if [ -n "${MYST:-}" ]; then
  plain="$work/plain" myst="$work/myst"
  mkdir -p "$plain" "$myst"
  generate "$plain"
  generate "$myst"
  add_myst "$myst"
  echo "generated $N plain lessons and $N MyST lessons (12 directives, 3 formulas each)"
  plain_ms=$(validate_ms "$plain" "$work/data-plain")
  cold_ms=$(validate_ms "$myst" "$work/data-myst")
  warm_ms=$(validate_ms "$myst" "$work/data-myst")
  echo "plain course:                 $plain_ms ms"
  echo "MyST course, formulas cold:   $cold_ms ms (target <= 15000): $([ "$cold_ms" -le 15000 ] && echo PASS || echo MISS)"
  echo "MyST course, formulas cached: $warm_ms ms (target <= 4000): $([ "$warm_ms" -le 4000 ] && echo PASS || echo MISS)"
  echo "ratios to the plain course: cold $(awk "BEGIN {printf \"%.1f\", $cold_ms / $plain_ms}"), cached $(awk "BEGIN {printf \"%.1f\", $warm_ms / $plain_ms}")"
  # The same checks the way docs/authoring.md suggests running them in CI: with the JVM's quick
  # compiler only, which a run of a few seconds on two cores does not wait for the other to pay off.
  quick="-XX:TieredStopAtLevel=1"
  plain_quick=$(CHECK_JAVA_OPTS=$quick validate_ms "$plain" "$work/data-plain")
  cold_quick=$(CHECK_JAVA_OPTS=$quick validate_ms "$myst" "$work/data-myst-quick")
  warm_quick=$(CHECK_JAVA_OPTS=$quick validate_ms "$myst" "$work/data-myst-quick")
  echo "with $quick: plain $plain_quick ms; MyST cold $cold_quick ms ($([ "$cold_quick" -le 15000 ] && echo PASS || echo MISS)), cached $warm_quick ms ($([ "$warm_quick" -le 4000 ] && echo PASS || echo MISS))"
  [ -n "${SKIP_PORTAL:-}" ] && exit 0
  # The portal typesets formulas when a page first needs them, not before it starts.
  need_curl
  port_from_args 18089 "$@"
  port_must_be_free
  portal_plain=$(portal_ms "$plain" "$work/portal-plain")
  portal_cold=$(WAIT_TYPESETTING=1 portal_ms "$myst" "$work/portal-myst")
  portal_warm=$(portal_ms "$myst" "$work/portal-myst")
  echo "portal start to a lesson page, plain course:                 $portal_plain ms"
  echo "portal start to a lesson page with formulas, cache empty:    $portal_cold ms ($(awk "BEGIN {printf \"%.2f\", $portal_cold / $portal_plain}") x plain)"
  echo "portal start to a lesson page with formulas, cache warm:     $portal_warm ms ($(awk "BEGIN {printf \"%.2f\", $portal_warm / $portal_plain}") x plain)"
  exit 0
fi
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
