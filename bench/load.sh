#!/usr/bin/env bash
# Load and soak: many signed-in learners at once on a fresh H2 file database, each by turns reading
# lesson pages (70% of requests), making a quiz attempt (20%: start and submit through the JSON API,
# timed as one operation) and opening the dashboard /me (10%). A benchmark, not a test: it prints,
# per kind of request, the count, the errors (any status but the expected one, or no answer; a
# submit told 503 because grading is saturated is sent again after its Retry-After, as the attempt
# page does, and counted apart), the median and the p99, and the overall throughput; then whether every submission the server
# acknowledged is stored exactly once, and how long the progress module took to score them all.
#
#   bench/load.sh                              # 200 learners, 30 s warm-up, 60 s measured
#   bench/load.sh --port 19120                 # or PORT=19120
#   LEARNERS=500 DURATION=600 bench/load.sh    # a longer soak with more learners
#   WARMUP=10 DURATION=15 BASELINE=5 bench/load.sh   # a quick check that it all works
#   WORKERS=16 THINK_MS=500 bench/load.sh      # fewer requests in flight, slower learners
#   KEEP=1 bench/load.sh                       # keep the temporary folder (database, content, app log)
#   SERVER_JAVA_OPTS=-Xmx512m bench/load.sh    # the server's JVM options (default -Xmx192m: a small server)
#   JAR=/path/to/an-older.jar bench/load.sh    # another build, e.g. the one before a change
#
# Every learner registers first, in parallel (registration logs in; Argon2 is slow on purpose, so
# it stays out of the measured phases). Then bench/src/LoadBench.java runs WORKERS threads (32)
# that serve the learners in turn: after each request a learner thinks for a random 0 to THINK_MS
# ms (200), then the next free worker makes its next request, of a kind drawn at random with the
# weights above, as that learner. Every learner stays active all along, none is ever in two
# requests at once, and at most WORKERS requests are in flight. Lesson pages are the bundled
# course's (from its course.yml), personalised for the learner; the quiz is the course's
# shared-responsibility-check, opened to unlimited attempts.
#
# The machine's own noise is measured in the same run: after the load, the same workers and
# learners fetch a static file (BASELINE_PATH, /favicon.svg) for BASELINE seconds (10), and each
# p99 is printed as a multiple of that file's p99.
#
# Storage is checked twice. Through the portal: each learner's "download my data" (/me/data.json)
# must list as many submitted attempts and progress scores as the learner had acknowledged, after
# waiting (PROGRESS_WAIT, 60 s at most) for the progress module, which hears of each graded attempt
# by an event after the response. Then in the database itself, with the app stopped: every
# acknowledged attempt, by its id, is a submitted quiz_attempt row of that learner and number and
# has one quiz_score row, and there are no submitted attempts or scores besides. Everything runs on
# the loopback address only.
#
# Memory: the server runs in a 192 MB heap (SERVER_JAVA_OPTS). The script prints the heap in use
# after a full collection and the process's resident memory (RSS) at idle, once started and again
# after the load, and under load (sampled each second over the measured phase): the median and the
# largest heap left after each of the collector's own pauses, from its log, and the median and
# largest RSS.
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/common.sh
port_from_args 18120 "$@"
LEARNERS=${LEARNERS:-200}
WORKERS=${WORKERS:-32}
WARMUP=${WARMUP:-30}
DURATION=${DURATION:-60}
BASELINE=${BASELINE:-10}
THINK_MS=${THINK_MS:-200}
PROGRESS_WAIT=${PROGRESS_WAIT:-60}
SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS:--Xmx192m}
BASELINE_PATH=/favicon.svg
COURSE=aws-data-security
QUIZ=shared-responsibility-check

need_curl

port_must_be_free

if [ -n "${JAR:-}" ]; then jar=$JAR; else packaged_jar; fi

work_folder

# The bundled course, its quiz opened to unlimited attempts (a learner makes dozens) and left at
# its own questions.
questions=$(grep -c '^  - id: ' "src/main/resources/content/$COURSE/shared-responsibility.quiz.yml")
quiz_content "$work/content" "$questions"
# A lesson's address is its file name without .md, under the course.
lessons=()
while read -r file; do lessons+=("/courses/$COURSE/${file%.md}"); done \
  < <(sed -n 's/^ *- \([^ ]*\.md\)$/\1/p' "$work/content/$COURSE/course.yml")
[ "${#lessons[@]}" -gt 0 ] || { echo "no lessons found in $COURSE/course.yml" >&2; exit 1; }

base="http://127.0.0.1:$PORT"
# The default, durable configuration (WRITE_DELAY=0: every commit flushed), on a new database.
# DB_CLOSE_ON_EXIT=FALSE leaves closing to the app, after its graceful shutdown has let the last
# requests and events finish, so the file checked afterwards holds everything they wrote.
db="jdbc:h2:file:$work/db/lectern"
# shellcheck disable=SC2086 # the options are words on purpose
java $SERVER_JAVA_OPTS -Xlog:gc:file="$work/gc.log" -jar "$jar" --server.address=127.0.0.1 --server.port="$PORT" \
  --spring.datasource.url="$(default_database "$work/db")" \
  --lectern.content.dir="$work/content" >"$work/app.log" 2>&1 &
app_pid=$!
wait_until_up "$base/actuator/health" "$app_pid" "$work/app.log"
for path in "${lessons[@]}" "$BASELINE_PATH"; do
  curl -fsS -o /dev/null "$base$path" || { echo "the server does not serve $path" >&2; exit 1; }
done

# rss_mb: the server's resident memory now. idle_memory: a full collection, then the heap still in
# use and the RSS, in MB.
rss_mb() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$app_pid/status"; }
idle_memory() {
  jcmd "$app_pid" GC.run >/dev/null
  echo "$(jcmd "$app_pid" GC.heap_info | sed -n 's/.*heap *total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1 \
    | awk '{ printf "%d", $1 / 1024 }') $(rss_mb)"
}
# sample_under_load: waits for the warm-up's end in the client's output, then for DURATION seconds
# writes the RSS each second and marks where the measured phase begins and ends in the GC log.
sample_under_load() {
  until grep -q '^warm-up ' "$work/out.txt" 2>/dev/null; do sleep 0.2; done
  wc -l <"$work/gc.log" >"$work/gc-from"
  for _ in $(seq 1 "$DURATION"); do rss_mb >>"$work/rss.txt"; echo >>"$work/rss.txt"; sleep 1; done
  wc -l <"$work/gc.log" >"$work/gc-to"
}
read -r idle_heap idle_rss < <(idle_memory)
sample_under_load &
sampler=$!

javac -d "$work/classes" -sourcepath bench/src bench/src/LoadBench.java
java -cp "$work/classes" LoadBench "$base" "$QUIZ" "$LEARNERS" "$WORKERS" "$WARMUP" "$DURATION" "$BASELINE" "$THINK_MS" \
  "$PROGRESS_WAIT" "$BASELINE_PATH" "$work/acked.csv" "${lessons[@]}" | tee "$work/out.txt"
server_errors=$(grep -cE '^[0-9-]+T.* ERROR ' "$work/app.log" || true)
wait "$sampler" 2>/dev/null || true
read -r after_heap after_rss < <(idle_memory)
# The heap left after each pause of the measured phase ("Pause Young ... 120M->48M(192M)"), and the RSS samples.
load_heap=$(sed -n "$(( $(cat "$work/gc-from") + 1 )),$(cat "$work/gc-to")p" "$work/gc.log" \
  | sed -n 's/.*Pause.*->\([0-9]*\)M(.*/\1/p' | sort -n | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)], v[NR], NR; else print "-", "-", 0 }')
load_rss=$(grep -v '^$' "$work/rss.txt" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)], v[NR] }')
heap_max=$(sed -n 's/.*Pause.*->[0-9]*M(\([0-9]*\)M).*/\1/p' "$work/gc.log" | tail -1)

# The database itself, with the app stopped (an H2 file opens in one process at a time), through
# the H2 jar inside the packaged one.
kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=""
unzip -q -o -j "$jar" 'BOOT-INF/lib/h2-*.jar' -d "$work/lib"
acked="CSVREAD('$work/acked.csv')"
# One short row per figure: the H2 shell cuts long values.
java -cp "$work/lib/"'*' org.h2.tools.Shell -url "$db" -user sa -sql "
SELECT 'DB acked=' || (SELECT COUNT(*) FROM $acked) AS R
UNION ALL SELECT 'DB distinct=' || (SELECT COUNT(DISTINCT ATTEMPT) FROM $acked)
UNION ALL SELECT 'DB stored=' || (SELECT COUNT(*) FROM $acked a JOIN quiz_attempt q ON q.public_id = a.ATTEMPT
  JOIN account u ON u.public_id = q.learner
  WHERE q.state = 'SUBMITTED' AND u.username = a.USERNAME AND q.attempt_number = CAST(a.NUMBER AS INT))
UNION ALL SELECT 'DB submitted=' || (SELECT COUNT(*) FROM quiz_attempt WHERE state = 'SUBMITTED')
UNION ALL SELECT 'DB open=' || (SELECT COUNT(*) FROM quiz_attempt WHERE state = 'IN_PROGRESS')
UNION ALL SELECT 'DB scored=' || (SELECT COUNT(*) FROM $acked a JOIN quiz_score s ON s.attempt_id = a.ATTEMPT)
UNION ALL SELECT 'DB scores=' || (SELECT COUNT(*) FROM quiz_score)
UNION ALL SELECT 'DB twice=' || (SELECT COUNT(*) FROM (SELECT learner FROM quiz_score
  GROUP BY learner, quiz_id, attempt_number HAVING COUNT(*) > 1) t)
UNION ALL SELECT 'DB pending=' || (SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL)" >"$work/db.txt"

result=$(grep '^RESULT ' "$work/out.txt")
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }
check=$(grep '^DB ' "$work/db.txt" | tr -s '\n ' ' ') || { cat "$work/db.txt" >&2; echo "the database check failed" >&2; exit 1; }
kind() { grep "^KIND $1 " "$work/out.txt"; }
row() {
  local line
  line=$(kind "$2")
  printf '%-34s %8s %7s %9s %9s %8s\n' "$1" "$(field count "$line")" "$(field errors "$line")" "$(field p50 "$line")" \
    "$(field p99 "$line")" "$(field ratio "$line")"
}
errors=$(field errors "$result"); warm_errors=$(field warm_errors "$result")
acked=$(field acked "$check"); distinct=$(field distinct "$check"); stored=$(field stored "$check")
submitted=$(field submitted "$check"); scored=$(field scored "$check"); scores=$(field scores "$check")
twice=$(field twice "$check"); pending=$(field pending "$check"); open=$(field open "$check")
mismatched=$(field mismatched "$result"); unscored=$(field unscored "$result"); lag=$(field lag "$result")

echo
echo "$LEARNERS learners (registered at $(field signups "$result")/s before the warm-up), $WORKERS workers," \
  "think time 0-$THINK_MS ms; warm-up ${WARMUP} s, measured $(field seconds "$result") s, baseline ${BASELINE} s"
echo "mix: 70% lesson page (${#lessons[@]} of them), 20% quiz start+submit ($questions questions), 10% /me; database $db"
echo "x base: p99 over the p99 of GET $BASELINE_PATH by the same workers and learners, just after the load"
printf '%-34s %8s %7s %9s %9s %8s\n' request count errors "p50 ms" "p99 ms" "x base"
row "lesson page (GET, 200)" lesson
row "quiz start+submit (201/200, 200)" quiz
row "dashboard /me (GET, 200)" me
row "baseline GET $BASELINE_PATH" baseline
for k in lesson quiz me baseline; do
  detail=$(field detail "$(kind "$k")")
  [ "$detail" = "{}" ] || echo "  $k errors: ${detail//_/ }"
done
printf '%-34s %8s\n' "operations/s (quiz = one)" "$(field ops "$result")"
printf '%-34s %8s\n' "HTTP requests/s" "$(field requests "$result")"
printf '%-34s %8s\n' "errors in the warm-up" "$warm_errors"
printf '%-34s %8s\n' "submits told 503, sent again" "$(field busy "$result") (warm-up $(field warm_busy "$result"))"
printf '%-34s %8s\n' "ERROR lines in the app log" "$server_errors"
echo "acknowledged submissions (warm-up and measured): $acked; in the database: $stored stored as submitted by that" \
  "learner and number, $submitted submitted in all, $open left open; $scored scored, $scores scores in all," \
  "$twice scored twice; $pending events not yet handled"
read -r heap_median heap_max_used pauses <<<"$load_heap"
read -r rss_median rss_max <<<"$load_rss"
echo "memory ($SERVER_JAVA_OPTS; heap now sized ${heap_max:-?} MB): idle after start-up, heap after a full GC" \
  "$idle_heap MB, RSS $idle_rss MB; under load, heap after each of $pauses pauses median $heap_median MB, largest" \
  "$heap_max_used MB, RSS median $rss_median MB, largest $rss_max MB; idle after the load, heap after a full GC" \
  "$after_heap MB, RSS $after_rss MB"
echo "learners whose /me/data.json matches what they were acknowledged: $(( LEARNERS - mismatched )) of $LEARNERS"
if [ "$lag" = none ]; then
  echo "progress scores: $unscored learners still missing some after $PROGRESS_WAIT s"
else
  echo "progress scores: all there ${lag} s after the measured phase ended (at most; waited up to $PROGRESS_WAIT s)"
fi
verdict() { if [ "$1" = 1 ]; then echo PASS; else echo FAIL; fi; }
echo "errors: $errors measured, $warm_errors in the warm-up (target 0): $(verdict "$([ "$errors" = 0 ] && [ "$warm_errors" = 0 ] && echo 1)")"
once=$([ "$distinct" = "$acked" ] && [ "$stored" = "$acked" ] && [ "$submitted" = "$acked" ] && [ "$scored" = "$acked" ] \
  && [ "$scores" = "$acked" ] && [ "$twice" = 0 ] && [ "$mismatched" = 0 ] && [ "$unscored" = 0 ] && echo 1)
echo "every acknowledged submission stored and scored exactly once: $(verdict "$once")"
