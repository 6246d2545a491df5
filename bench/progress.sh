#!/usr/bin/env bash
# Progress pages on a large database: the learner's dashboard (/me) and the instructor's course
# report (/instructor/courses/<slug>), timed one request at a time after logging in through the
# login form. A benchmark, not a test: it prints median and p99 times and their ratio to a small
# static file fetched in the same rounds, with the same session.
#
#   bench/progress.sh                          # seed a new database (a few minutes), then measure
#   bench/progress.sh --reuse                  # measure on the database seeded last time, if any
#   bench/progress.sh --port 19082             # or PORT=19082
#   WARMUP=60 ROUNDS=500 bench/progress.sh --reuse
#   LEARNERS=1000 ATTEMPTS=20000 bench/progress.sh      # a smaller database, seeded in under a minute
#
# The database (H2 file, the default durable configuration) holds what the portal itself would
# have written for LEARNERS learners (10,000) who made ATTEMPTS graded quiz attempts (200,000,
# exponentially spread: many learners have a few, some very many) at the ten-question quizzes of a
# generated 20-lesson course: accounts, attempts with their answers and grades, and the progress
# module's scores, per-question results, review cards, completed lessons and courses and last
# visits. bench/src/ProgressSeed.java (with SeedQuizzes.java) writes it with JDBC batches, after
# Flyway has created the schema from the jar's own migrations; it starts and submits every attempt
# through the quiz module's own attempt, grading and encodings (its public AttemptColumns, in the
# jar), and every learner shares one password, hashed once with the portal's Argon2
# encoder. Everything lives in bench/out/progress/ (content, database, logs), kept for --reuse.
#
# The dashboard is timed for two learners: a typical one (the median number of attempts) and the
# one with the most attempts. The course report is timed as the admin the app creates at start-up
# (LECTERN_ADMIN_USERNAME and LECTERN_ADMIN_PASSWORD); a page that answers 404 is reported as
# missing. Everything runs on the loopback address only.
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/common.sh
reuse=""
args=()
for arg in "$@"; do
  if [ "$arg" = --reuse ]; then reuse=1; else args+=("$arg"); fi
done
port_from_args 18082 ${args[@]+"${args[@]}"}
LEARNERS=${LEARNERS:-10000}
ATTEMPTS=${ATTEMPTS:-200000}
WARMUP=${WARMUP:-30}
ROUNDS=${ROUNDS:-300}
TARGET_ME=${TARGET_ME:-20}
TARGET_REPORT=${TARGET_REPORT:-200}
COURSE=big-course
PASSWORD=lectern-bench-learner
ADMIN=bench-admin
ADMIN_PASSWORD=lectern-bench-admin
BASELINE_PATH=/favicon.svg

need_curl

port_must_be_free

packaged_jar

data=bench/out/progress
db="jdbc:h2:file:$PWD/$data/db/lectern"
summary="$data/seed.txt"
app_pid=""
tmp=$(mktemp -d)
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

# Seeds unless asked to reuse a database seeded with the same numbers.
seeded_with() { grep -qx "learners=$LEARNERS" "$summary" && grep -qx "attempts=$ATTEMPTS" "$summary"; }
if [ -n "$reuse" ] && [ -f "$summary" ] && [ -f "$data/db/lectern.mv.db" ] && seeded_with; then
  how="reused from the last seeding ($(sed -n 's/^seconds=//p' "$summary") s then)"
else
  rm -rf "$data"
  mkdir -p "$data"
  N=20 bench/large-course.sh --generate "$data/content" >/dev/null
  # The seeder runs on the jar's own classes and libraries: its content and quiz loaders, quiz
  # attempts, grading, Argon2 encoder, Flyway and H2 driver.
  mkdir "$tmp/app"
  (cd "$tmp/app" && jar xf "$OLDPWD/$jar" BOOT-INF)
  cp="$tmp/app/BOOT-INF/classes:$tmp/app/BOOT-INF/lib/*"
  javac -d "$tmp/seed" -cp "$cp" -sourcepath bench/src bench/src/ProgressSeed.java
  echo "seeding $LEARNERS learners and $ATTEMPTS graded attempts into $data/db ..."
  if ! java -cp "$tmp/seed:$cp" ProgressSeed "$data/content" "$COURSE" "$db" "$LEARNERS" "$ATTEMPTS" "$PASSWORD" "$summary" \
    2>&1 | tee "$data/seed.log" | grep --line-buffered '^seeded '; then
    tail -30 "$data/seed.log" >&2; echo "seeding failed" >&2; exit 1
  fi
  how="seeded in $(sed -n 's/^seconds=//p' "$summary") s"
fi
value() { sed -n "s/^$1=//p" "$summary"; }

base="http://127.0.0.1:$PORT"
LECTERN_ADMIN_USERNAME=$ADMIN LECTERN_ADMIN_PASSWORD=$ADMIN_PASSWORD \
  java -jar "$jar" --server.address=127.0.0.1 --server.port="$PORT" --spring.datasource.url="$db;WRITE_DELAY=0" \
  --lectern.content.dir="$PWD/$data/content" >"$data/app.log" 2>&1 &
app_pid=$!
started=$(date +%s)
wait_until_up "$base/actuator/health" "$app_pid" "$data/app.log"
startup_s=$(( $(date +%s) - started ))

javac -d "$tmp/classes" -sourcepath bench/src bench/src/ProgressBench.java
report="/instructor/courses/$COURSE"
java -cp "$tmp/classes" ProgressBench "$base" "$WARMUP" "$ROUNDS" "$BASELINE_PATH" \
  "me-typical=$(value typical):$PASSWORD:/me" "me-heaviest=$(value heaviest):$PASSWORD:/me" \
  "report=$ADMIN:$ADMIN_PASSWORD:$report" | tee "$tmp/out.txt"
server_errors=$(grep -cE '^[0-9-]+T.* ERROR ' "$data/app.log" || true)

page() { grep "^PAGE $1 " "$tmp/out.txt"; }
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$(page "$1")"; }
verdict() { if [ "$1" = 1 ]; then echo PASS; else echo FAIL; fi; }
within() { if [[ $1 =~ ^[0-9.]+$ ]]; then awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t) }'; else echo 0; fi; }
number() { sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<<"$1"; }

echo
echo "database: $(number "$(value learners)") learners, $(number "$(value attempts)") graded attempts," \
  "$(number "$(value question_results)") question results, $(number "$(value review_cards)") review cards," \
  "$(number "$(value lesson_completions)") lessons and $(number "$(value course_completions)") courses completed"
echo "database file $(( $(stat -c %s "$data/db/lectern.mv.db") / 1048576 )) MB, $how"
echo "course $COURSE: 20 lessons, a 10-question quiz each; app started in $startup_s s; warm-up $WARMUP s, then $ROUNDS rounds"
echo "bytes as sent (compressed where the app compresses); x base: median over the baseline's median"
printf '%-44s %6s %7s %9s %9s %7s\n' page status bytes "p50 ms" "p99 ms" "x base"
row() {
  printf '%-44s %6s %7s %9s %9s %7s\n' "$1" "$(field "$2" status)" "$(field "$2" bytes)" "$(field "$2" p50)" "$(field "$2" p99)" \
    "$(field "$2" ratio)"
}
row "/me, typical learner ($(value typical_attempts) attempts)" me-typical
row "/me, busiest learner ($(value heaviest_attempts) attempts)" me-heaviest
row "$report (as admin)" report
row "baseline GET $BASELINE_PATH" baseline
printf '%-44s %6s\n' "ERROR lines in the app log" "$server_errors"
for who in typical heaviest; do
  p50=$(field "me-$who" p50)
  echo "/me median, $who learner: $p50 ms (target <= $TARGET_ME ms): $(verdict "$(within "$p50" "$TARGET_ME")")"
done
status=$(field report status)
if [ "$status" = 404 ]; then
  echo "$report: missing (404), the instructor pages are not on this branch yet: not measured"
else
  p50=$(field report p50)
  echo "$report median: $p50 ms (status $status; target <= $TARGET_REPORT ms): $(verdict "$(within "$p50" "$TARGET_REPORT")")"
fi
