#!/usr/bin/env bash
# Quiz submissions end to end over HTTP, on a fresh H2 file database: 16 clients, each with its own
# logged-in learners, each starting an attempt and submitting it (20 questions) as fast as it can.
# A benchmark, not a test: it prints figures and a ratio to a trivial GET measured in the same run.
#
#   bench/quiz-submissions.sh                  # 16 clients, 90 s warm-up, 20 s measured, 10 s baseline
#   bench/quiz-submissions.sh --port 19081     # or PORT=19081
#   CLIENTS=8 WARMUP=60 MEASURE=30 BASELINE=10 bench/quiz-submissions.sh
#   WARMUP=20 MEASURE=10 BASELINE=5 bench/quiz-submissions.sh   # a quick check that it all works
#   ATTEMPTS_PER_LEARNER=0 bench/quiz-submissions.sh    # one learner per client for the whole run
#   LEARNERS_PER_CLIENT=64 bench/quiz-submissions.sh    # more learners, so shorter histories
#   DATASOURCE_URL=jdbc:h2:mem:bench bench/quiz-submissions.sh   # in memory, for comparison
#   KEEP=1 bench/quiz-submissions.sh           # keep the temporary folder (database, content, app log)
#   KEEP=1 JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/quiz.jfr,settings=profile bench/quiz-submissions.sh  # profile the server
#   JAR=/path/to/an-older.jar bench/quiz-submissions.sh   # another build, e.g. the one before a change
#
# A quiz attempt needs a login, and passwords are hashed with Argon2, slow on purpose (tens of ms a
# hash, more on a busy machine). So before the warm-up each client registers LEARNERS_PER_CLIENT learners (default 32:
# 512 in all, which registration logs in), and the run reuses those sessions: by default a client
# moves on to its next learner every 3 attempts, round its own learners, as a real learner has a
# handful of attempts and a submit reads the learner's attempts to apply the review rules. The JIT
# compiler needs over a minute on two cores, hence the long warm-up. After the run it checks that
# every graded attempt is stored once, and waits (PROGRESS_WAIT, 60 s at most) until the progress
# module has kept a score for each (in the submit's own transaction, or after it when that failed).
# Then the same flow again from wrk (if installed) over the same sessions, whose light client shows
# the server's own rate, and as its baseline a trivial signed-in GET from wrk, so that the ratio of
# the two compares like with like. Everything runs on the loopback address only.
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/common.sh
port_from_args 18081 "$@"
CLIENTS=${CLIENTS:-16}
WARMUP=${WARMUP:-90}
MEASURE=${MEASURE:-20}
BASELINE=${BASELINE:-10}
TARGET=${TARGET:-500}
QUESTIONS=${QUESTIONS:-20}
ATTEMPTS_PER_LEARNER=${ATTEMPTS_PER_LEARNER:-3}
LEARNERS_PER_CLIENT=${LEARNERS_PER_CLIENT:-32}
PROGRESS_WAIT=${PROGRESS_WAIT:-60}
QUIZ=shared-responsibility-check

need_curl

port_must_be_free

if [ -n "${JAR:-}" ]; then jar=$JAR; else packaged_jar; fi

work_folder

# The bundled course, with its quiz opened to unlimited attempts and padded to $QUESTIONS questions.
quiz_content "$work/content" "$QUESTIONS"
quiz_file="$work/content/aws-data-security/shared-responsibility.quiz.yml"
questions=$(grep -c '^  - id: ' "$quiz_file")

base="http://127.0.0.1:$PORT"
# The default, durable configuration (WRITE_DELAY=0: every commit flushed), on a new database.
db=${DATASOURCE_URL:-$(default_database "$work/db")}
java ${JAVA_OPTS:-} -jar "$jar" --server.address=127.0.0.1 --server.port="$PORT" --spring.datasource.url="$db" \
  --lectern.content.dir="$work/content" >"$work/app.log" 2>&1 &
app_pid=$!
wait_until_up "$base/actuator/health" "$app_pid" "$work/app.log"
curl -fsS "$base/api/quizzes/$QUIZ" | grep -q "\"questions\":$questions," \
  || { echo "the server does not show the $questions-question quiz $QUIZ" >&2; exit 1; }

# The server's CPU time so far in clock ticks, "work jit": its JIT compiler threads apart, as on two
# cores they take a large share of the first minutes. CPU time, unlike a rate, hardly depends on
# what else the machine runs.
server_cpu() {
  local total jit=0 task
  total=$(sed 's/^.*) //' "/proc/$app_pid/stat" | awk '{ print $12 + $13 }')
  for task in /proc/"$app_pid"/task/*; do
    case "$(cat "$task/comm" 2>/dev/null)" in
      C1\ Compiler*|C2\ Compiler*) jit=$(( jit + $(sed 's/^.*) //' "$task/stat" | awk '{ print $12 + $13 }') )) ;;
    esac
  done
  echo "$(( total - jit )) $jit"
}

classes="$work/classes"
javac -d "$classes" -sourcepath bench/src bench/src/SubmissionBench.java
# From the end of registration (Argon2, not measured) to the result line, which comes once the
# progress module has kept every score: all the work of the warm-up's and the measured attempts.
java -cp "$classes" SubmissionBench "$base" "$QUIZ" "$CLIENTS" "$WARMUP" "$MEASURE" "$BASELINE" "$ATTEMPTS_PER_LEARNER" \
  "$LEARNERS_PER_CLIENT" "$work/sessions.txt" "$PROGRESS_WAIT" | while IFS= read -r line; do
    printf '%s\n' "$line"
    case "$line" in
      "registered and logged in"*) server_cpu >"$work/cpu-from" ;;
      RESULT*) server_cpu >"$work/cpu-to" ;;
    esac
  done | tee "$work/out.txt"
result=$(grep '^RESULT ' "$work/out.txt")
# The same flow from wrk, whose client costs the two cores far less than Java's HTTP client: the
# server's own rate, over the sessions the Java client logged in. Skipped when wrk is missing.
wrk_rate=""
if command -v wrk >/dev/null; then
  wrk -t"$CLIENTS" -c"$CLIENTS" -d"${MEASURE}s" -s bench/src/submissions.lua "$base" \
    -- "$work/sessions.txt" "$CLIENTS" "$ATTEMPTS_PER_LEARNER" >"$work/wrk.txt" 2>&1 || true
  wrk_line=$(grep '^WRK ' "$work/wrk.txt" || true)
  if [ -n "$wrk_line" ]; then
    wrk_submitted=$(sed -n 's/.*submitted=\([0-9]*\).*/\1/p' <<<"$wrk_line")
    wrk_failed=$(sed -n 's/.*failed=\([0-9]*\).*/\1/p' <<<"$wrk_line")
    wrk_seconds=$(sed -n 's/.*seconds=\([0-9.]*\).*/\1/p' <<<"$wrk_line")
    wrk_rate=$(awk -v n="$wrk_submitted" -v s="$wrk_seconds" 'BEGIN { printf "%.1f", n / s }')
  fi
  # The baseline for that rate: a trivial GET from the same wrk client, signed in as the first learner.
  cookie=$(head -1 "$work/sessions.txt" | cut -d' ' -f1)
  wrk -t"$CLIENTS" -c"$CLIENTS" -d"${BASELINE}s" -H "Cookie: $cookie" "$base/api/csrf" >"$work/wrk-get.txt" 2>&1 || true
  wrk_get_rate=$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$work/wrk-get.txt")
fi
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$result"; }
rate=$(field rate); p50=$(field p50); p99=$(field p99); errors=$(field errors)
baseline=$(field baseline); mismatched=$(field mismatched); learners=$(field learners); history=$(field history)
signups=$(field signups); unscored=$(field unscored); lag=$(field lag)
server_errors=$(grep -cE '^[0-9-]+T.* ERROR ' "$work/app.log" || true)
read -r work_from jit_from <"$work/cpu-from"
read -r work_to jit_to <"$work/cpu-to"
graded_in_all=$(sed -n 's/^\(warm-up\|measured\): \([0-9]*\) graded.*/\2/p' "$work/out.txt" | awk '{ n += $1 } END { print n }')
ticks=$(getconf CLK_TCK)
cpu_per_attempt=$(awk -v t=$(( work_to - work_from )) -v n="$graded_in_all" -v hz="$ticks" 'BEGIN { printf "%.1f", 1000 * t / hz / n }')
jit_seconds=$(awk -v t=$(( jit_to - jit_from )) -v hz="$ticks" 'BEGIN { printf "%.0f", t / hz }')
# The database file at the end, against every attempt graded into it (Java client and wrk): H2
# writes each commit as a new chunk, and a file that only grows shows here (docs/benchmarks.md).
db_file="$work/db/lectern.mv.db"
if [ -f "$db_file" ]; then
  db_bytes=$(stat -c %s "$db_file")
  db_size=$(awk -v b="$db_bytes" -v n=$(( graded_in_all + ${wrk_submitted:-0} )) \
    'BEGIN { printf "%.1f MB (%.1f KB per graded attempt)", b / 1048576, b / 1024 / n }')
fi

echo
echo "quiz $QUIZ: $questions questions, unlimited attempts; database $db"
echo "$CLIENTS clients; start + submit per attempt; warm-up ${WARMUP} s, measured ${MEASURE} s"
if [ "$ATTEMPTS_PER_LEARNER" = 0 ]; then per="one learner per client for the whole run"
else per="the client's next learner (of $LEARNERS_PER_CLIENT) every $ATTEMPTS_PER_LEARNER attempts"; fi
echo "$learners learners registered and logged in before the warm-up; $per"
echo "submitted attempts per learner at the end of the Java client's run: $history on average"
printf '%-30s %10s\n' "graded attempts/s" "$rate"
printf '%-30s %10s\n' "submit p50 ms" "$p50"
printf '%-30s %10s\n' "submit p99 ms" "$p99"
printf '%-30s %10s\n' "errors (measured)" "$errors"
printf '%-30s %10s\n' "server CPU ms per attempt" "$cpu_per_attempt (warm-up and measured, progress included; JIT apart: $jit_seconds s)"
printf '%-30s %10s\n' "ERROR lines in the app log" "$server_errors"
printf '%-30s %10s\n' "baseline GET /api/csrf req/s" "$baseline"
printf '%-30s %10s\n' "registrations/s (Argon2)" "$signups"
[ -n "${db_size:-}" ] && printf '%-30s %10s\n' "database file at the end" "$db_size"
if [ -n "$wrk_rate" ]; then
  printf '%-30s %10s\n' "graded attempts/s, wrk client" "$wrk_rate (failed: $wrk_failed)"
  printf '%-30s %10s\n' "baseline GET /api/csrf, wrk" "${wrk_get_rate:-?} req/s"
  [ -n "${wrk_get_rate:-}" ] && echo "submissions / baseline, wrk: $(awk -v a="$wrk_rate" -v b="$wrk_get_rate" 'BEGIN { printf "%.3f", a / b }')"
fi
echo "submissions / baseline: $(awk -v a="$rate" -v b="$baseline" 'BEGIN { printf "%.1f", 100 * a / b }')%"
echo "learners whose submitted count matches the server's: $(( learners - mismatched )) of $learners"
echo "learners with a progress score for every graded attempt: $(( learners - unscored )) of $learners" \
  "(the last caught up $lag s after the Java client's last submit; waited up to $PROGRESS_WAIT s)"
verdict() { if [ "$1" = 1 ]; then echo PASS; else echo MISS; fi; }
echo "graded attempts/s: $rate (target >= $TARGET): $(verdict "$(awk -v r="$rate" -v t="$TARGET" 'BEGIN { print (r >= t) }')")"
ok=$([ "$errors" = 0 ] && [ "$mismatched" = 0 ] && [ "$unscored" = 0 ] && echo 1 || echo 0)
echo "errors: $errors, miscounted learners $mismatched, learners missing scores $unscored (target 0): $(verdict "$ok")"
