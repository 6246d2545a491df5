#!/usr/bin/env bash
# Measures the order the jar's libraries are put in (src/build/jar-order.txt, which the build's
# src/build/java/JarOrder.java applies): starts the packaged jar once with the JVM's class-loading
# log, asks for a lesson page, and lists the libraries by how many classes start-up and that first
# page loaded from each, most first. `java -jar` looks a class up library by library, so the most
# used ones first means the fewest passed. Writes the list, and prints it with the counts; rebuild
# the jar after (./mvnw package) for it to apply. A measurement, not a test.
#
#   bench/jar-order.sh
#   bench/jar-order.sh --port 19090
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh

LESSON_PATH=${LESSON_PATH:-/courses/aws-data-security/shared-responsibility}
port_from_args 18097 "$@"
need_curl
port_must_be_free
packaged_jar
work_folder
list=src/build/jar-order.txt

mkdir -p "$work/data"
java "-Xlog:class+load=info:file=$work/classes.log" -jar "$jar" --server.address=127.0.0.1 \
  --server.port="$PORT" --lectern.data.dir="$work/data" \
  --spring.datasource.url="$(default_database "$work/data")" >"$work/portal.log" 2>&1 &
pid=$!
wait_until_up "http://127.0.0.1:$PORT$LESSON_PATH" "$pid" "$work/portal.log" 600
# The search index is built beside the first page; let it finish, as it runs in every start.
for _ in $(seq 1 120); do grep -q 'for search in' "$work/portal.log" && break; sleep 0.5; done
kill "$pid" && wait "$pid" 2>/dev/null || true

# "COUNT NAME" a line, most first, named as the build's JarOrder matches them (without versions).
counts=$(java src/build/java/JarOrder.java --count "$work/classes.log")
{
  echo "# The jar's libraries, most used first: how many classes a start to the first lesson page loaded"
  echo "# from each (bench/jar-order.sh, $(date +%F)). JarOrder.java puts them first in this order;"
  echo "# libraries not named here follow in Maven's order. Names are without their versions."
  awk '{ print $2 }' <<<"$counts"
} >"$list"
echo "$counts"
echo "wrote $list: $(grep -vc '^#' "$list") libraries; ./mvnw package applies it" >&2
