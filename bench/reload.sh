#!/usr/bin/env bash
# The author's loop: how long from saving a lesson to the portal serving it, with the content folder
# watched, over 50 edits of a lesson in a generated course of N lessons (default 100); then the
# lesson-page throughput while the course reloads every second, as a ratio to the same without reloads.
# A benchmark, not a test. Targets: median <= 300 ms, p99 <= 1 s, throughput ratio >= 0.8.
#
#   bench/reload.sh                  # or --port N / PORT=N
#   N=300 EDITS=100 bench/reload.sh
#   DURATION=20s bench/reload.sh     # each throughput run (wrk, 2 threads, 32 connections)
#   START_LIMIT=900 bench/reload.sh  # seconds the portal may take to start (default 300), on a busy machine
#   JAVA_OPTS='-Dlogging.level.io.lectern.content=DEBUG' KEEP=1 bench/reload.sh  # each reload's steps in the kept log
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
port_from_args 18090 "$@"
N=${N:-100}
EDITS=${EDITS:-50}
DURATION=${DURATION:-15s}
START_LIMIT=${START_LIMIT:-300}
need_curl
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
port_must_be_free
packaged_jar

work=$(mktemp -d)
app_pid=""; edits_pid=""
cleanup() {
  [ -n "$edits_pid" ] && kill "$edits_pid" 2>/dev/null || true
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "${KEEP:-}" ] && echo "kept $work" || rm -rf "$work"
}
trap cleanup EXIT

N=$N bench/large-course.sh --generate "$work/content" >/dev/null
course="$work/content/big-course"
lesson="$course/lesson-0050.md"
url="http://127.0.0.1:$PORT/courses/big-course/lesson-0050"
original=$(cat "$lesson")

# shellcheck disable=SC2086 # JAVA_OPTS holds several options
java ${JAVA_OPTS:-} -jar "$jar" --server.port="$PORT" --server.address=127.0.0.1 --lectern.content.dir="$work/content" \
  --lectern.data.dir="$work/data" --spring.datasource.url="$(default_database "$work/data")" >"$work/app.log" 2>&1 &
app_pid=$!
wait_until_up "$url" "$app_pid" "$work/app.log" "$START_LIMIT"
grep -q "Watching the content folder" "$work/app.log" || sleep 2

# Each edit writes a marker into the lesson and asks for the page every 10 ms until the marker is served.
: >"$work/times"
for i in $(seq 1 "$EDITS"); do
  marker="edit-$i-$RANDOM"
  began=$(date +%s%N)
  printf '%s\n\nMarker %s.\n' "$original" "$marker" >"$lesson"
  until curl -fsS "$url" 2>/dev/null | grep -q "$marker"; do
    sleep 0.01
    if [ $(( ($(date +%s%N) - began) / 1000000 )) -gt 10000 ]; then
      tail -40 "$work/app.log" >&2; echo "edit $i: not served after 10 s" >&2; exit 1
    fi
  done
  echo $(( ($(date +%s%N) - began) / 1000000 )) >>"$work/times"
  sleep 0.3
done
sort -n "$work/times" >"$work/sorted"
count=$(wc -l <"$work/sorted")
median=$(sed -n "$(( (count + 1) / 2 ))p" "$work/sorted")
p99=$(sed -n "$(( (count * 99 + 99) / 100 ))p" "$work/sorted")
echo "Change to served page, $count edits of a lesson in a $N-lesson course: median $median ms, p99 $p99 ms (targets 300 ms, 1000 ms)"

throughput() {
  wrk -t2 -c32 -d"$DURATION" "$url" | awk '/Requests\/sec/ { print $2 }'
}
wrk -t2 -c32 -d5s "$url" >/dev/null
quiet=$(throughput)
( i=0; while true; do i=$((i + 1)); printf '%s\n\nReload %s.\n' "$original" "$i" >"$lesson"; sleep 1; done ) &
edits_pid=$!
reloading=$(throughput)
kill "$edits_pid"; edits_pid=""
ratio=$(awk -v a="$reloading" -v b="$quiet" 'BEGIN { printf "%.2f", a / b }')
echo "Lesson-page throughput: $quiet req/s without reloads, $reloading req/s with a reload every second: ratio $ratio (target 0.8)"
