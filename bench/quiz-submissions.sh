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
#   FLOOR=1 bench/quiz-submissions.sh          # also the frameworks' floor: see below
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
# the two compares like with like. The server's CPU over each wrk phase, divided by what it served,
# gives the CPU of a warm attempt and of a warm trivial GET.
#
# FLOOR=1 adds the floor the frameworks set: the server runs from the jar extracted, with
# bench/floor/FloorController.java compiled onto its classpath (never into the portal), and after
# the wrk phases the same flow runs against it, a start and a submit that do none of an attempt's
# work but answer the bytes a real start and submit answered, through the same security chain,
# session and JSON. Its ratio to the trivial GET is the most any attempt could reach on this stack.
# Everything runs on the loopback address only.
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
launch=(-jar "$jar")
if [ -n "${FLOOR:-}" ]; then
  # The generated beans were worked out without the floor's controller: a plain start has it.
  java -Djarmode=tools -jar "$jar" extract --destination "$work/extracted" >/dev/null
  extracted_jar=$(ls "$work/extracted"/*.jar)
  javac -parameters -d "$work/floor-classes" -cp "$extracted_jar:$work/extracted/lib/*" bench/floor/FloorController.java
  mkdir -p "$work/floor"
  launch=(-Dspring.aot.enabled=false -Dlectern.bench.floor="$work/floor" -cp "$work/floor-classes:$extracted_jar"
    io.lectern.LecternApplication)
fi
java ${JAVA_OPTS:-} "${launch[@]}" --server.address=127.0.0.1 --server.port="$PORT" --spring.datasource.url="$db" \
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
# From the end of registration (Argon2, not measured) to the end of the measured attempts: all the
# work of the warm-up's and the measured attempts, progress included, as it is kept in each submit's
# own transaction (the lag printed at the end is 0 when none was left for after); not the trivial
# GETs of the baseline, nor the checks that follow.
java -cp "$classes" SubmissionBench "$base" "$QUIZ" "$CLIENTS" "$WARMUP" "$MEASURE" "$BASELINE" "$ATTEMPTS_PER_LEARNER" \
  "$LEARNERS_PER_CLIENT" "$work/sessions.txt" "$PROGRESS_WAIT" | while IFS= read -r line; do
    printf '%s\n' "$line"
    case "$line" in
      "registered and logged in"*) server_cpu >"$work/cpu-from" ;;
      "attempts over"*) server_cpu >"$work/cpu-to" ;;
    esac
  done | tee "$work/out.txt"
result=$(grep '^RESULT ' "$work/out.txt")
# The same flow from wrk, whose client costs the two cores far less than Java's HTTP client: the
# server's own rate, over the sessions the Java client logged in. Skipped when wrk is missing.
wrk_rate=""
# ticks_per ticks count: ms of CPU each, at the kernel's clock ticks a second.
ticks_per() { awk -v t="$1" -v n="$2" -v hz="$(getconf CLK_TCK)" 'BEGIN { if (n > 0) printf "%.2f", 1000 * t / hz / n }'; }
# wrk_flow SCRIPT: the attempt flow from wrk for MEASURE seconds; sets flow_done, flow_failed,
# flow_rate (a second) and flow_cpu (server ms an attempt).
wrk_flow() {
  local from line
  from=$(server_cpu | cut -d' ' -f1)
  line=$(wrk -t"$CLIENTS" -c"$CLIENTS" -d"${MEASURE}s" -s "$1" "$base" \
    -- "$work/sessions.txt" "$CLIENTS" "$ATTEMPTS_PER_LEARNER" 2>&1 | tee -a "$work/wrk.txt" | grep '^WRK ' || true)
  flow_done=$(sed -n 's/.*submitted=\([0-9]*\).*/\1/p' <<<"$line")
  flow_cpu=$(ticks_per $(( $(server_cpu | cut -d' ' -f1) - from )) "${flow_done:-0}")
  flow_failed=$(sed -n 's/.*failed=\([0-9]*\).*/\1/p' <<<"$line")
  flow_rate=$(awk -v n="${flow_done:-0}" -v s="$(sed -n 's/.*seconds=\([0-9.]*\).*/\1/p' <<<"$line")" \
    'BEGIN { if (s > 0) printf "%.1f", n / s }')
}
if command -v wrk >/dev/null; then
  wrk_flow bench/src/submissions.lua
  wrk_submitted=$flow_done wrk_failed=$flow_failed wrk_rate=$flow_rate wrk_cpu=$flow_cpu
  # The baseline for that rate: a trivial GET from the same wrk client, signed in as the first learner.
  cookie=$(head -1 "$work/sessions.txt" | cut -d' ' -f1)
  from=$(server_cpu | cut -d' ' -f1)
  wrk -t"$CLIENTS" -c"$CLIENTS" -d"${BASELINE}s" -H "Cookie: $cookie" "$base/api/csrf" >"$work/wrk-get.txt" 2>&1 || true
  wrk_get_rate=$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$work/wrk-get.txt")
  wrk_get_cpu=$(ticks_per $(( $(server_cpu | cut -d' ' -f1) - from )) \
    "$(awk '/requests in/ { print $1 }' "$work/wrk-get.txt")")
  if [ -n "${FLOOR:-}" ]; then
    # A real start and submit as the first learner, whose answers the floor then gives every request.
    read -r cookie header token <"$work/sessions.txt"
    curl -fsS -X POST -H "Cookie: $cookie" -H "$header: $token" "$base/api/quizzes/$QUIZ/attempts" >"$work/floor/start.json"
    attempt=$(sed -n 's/^{"id":"\([^"]*\)".*/\1/p' "$work/floor/start.json")
    # The answers the wrk script gives (its table of them), so the submit answers what a graded one does.
    declare -A given
    while read -r id answer; do given[$id]=$answer; done \
      < <(sed -n "s/^  \[\"\([^\"]*\)\"\] = '\(.*\)',\?$/\1 \2/p" bench/src/submissions.lua)
    answers=$(grep -o '"id":"[^"]*","number":[0-9]*,"type"' "$work/floor/start.json" | sed 's/^"id":"\([^"]*\)".*/\1/' \
      | while read -r id; do printf '"%s":%s\n' "$id" "${given[${id%-copy*}]:-null}"; done | paste -sd, -)
    curl -fsS -X POST -H "Cookie: $cookie" -H "$header: $token" -H 'Content-Type: application/json' \
      --data "{\"answers\":{$answers}}" "$base/api/quizzes/$QUIZ/attempts/$attempt/submission" >"$work/floor/submit.json"
    sed 's|/api/quizzes/|/api/floor/|' bench/src/submissions.lua >"$work/floor/floor.lua"
    wrk_flow "$work/floor/floor.lua"
    floor_failed=$flow_failed floor_rate=$flow_rate floor_cpu=$flow_cpu
  fi
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
  printf '%-30s %10s\n' "server CPU ms, warm (wrk)" "${wrk_cpu:-?} an attempt, ${wrk_get_cpu:-?} a trivial GET"
  if [ -n "${floor_rate:-}" ]; then
    printf '%-30s %10s\n' "the floor: attempts/s, wrk" "$floor_rate (failed: $floor_failed; ${floor_cpu:-?} ms of CPU each)"
    echo "the floor / baseline, wrk: $(awk -v a="$floor_rate" -v b="$wrk_get_rate" 'BEGIN { printf "%.3f", a / b }')" \
      "(what an attempt that did no work of its own would reach)"
  fi
fi
echo "submissions / baseline: $(awk -v a="$rate" -v b="$baseline" 'BEGIN { printf "%.1f", 100 * a / b }')%"
echo "learners whose submitted count matches the server's: $(( learners - mismatched )) of $learners"
echo "learners with a progress score for every graded attempt: $(( learners - unscored )) of $learners" \
  "(the last caught up $lag s after the Java client's last submit; waited up to $PROGRESS_WAIT s)"
verdict() { if [ "$1" = 1 ]; then echo PASS; else echo MISS; fi; }
echo "graded attempts/s: $rate (target >= $TARGET): $(verdict "$(awk -v r="$rate" -v t="$TARGET" 'BEGIN { print (r >= t) }')")"
ok=$([ "$errors" = 0 ] && [ "$mismatched" = 0 ] && [ "$unscored" = 0 ] && echo 1 || echo 0)
echo "errors: $errors, miscounted learners $mismatched, learners missing scores $unscored (target 0): $(verdict "$ok")"
