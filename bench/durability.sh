#!/usr/bin/env bash
# Durability of quiz submissions across kill -9, on H2 in file mode (the default configuration:
# WRITE_DELAY=0, every commit written at once). Each round puts CLIENTS clients to work starting
# and submitting attempts over the JSON API, kills the server JVM with SIGKILL at a random moment
# 2-8 s into that load, restarts it on the same database and checks, through the app, that every
# submit the server answered 2xx is there exactly once, submitted and graded, and that the
# progress module (which hears of each graded attempt by an event, re-delivered at start-up when
# the crash cut it short) holds exactly one score for it. A check, not a benchmark: it prints a
# table per round and PASS or FAIL.
#
#   bench/durability.sh                    # 5 rounds, 8 clients, 16 learners, port 18095
#   bench/durability.sh --port 19095       # or PORT=19095
#   ROUNDS=10 CLIENTS=4 bench/durability.sh
#   KILL_AFTER_MIN=0.5 KILL_AFTER_MAX=3 bench/durability.sh   # kill sooner into the load
#   SERVER_JAVA_OPTS= bench/durability.sh  # the server on the JVM's default JIT (slower starts)
#   KEEP=1 bench/durability.sh             # keep the temporary folder (database, records, app log)
#   DB_EXTRA=';RETENTION_TIME=0' bench/durability.sh   # chunks rewritten at once: kills meet the housekeeping
#
# The client appends every attempt it starts, and every one whose submit came back 2xx, to files it
# writes line by line without buffering, so the record of what was acknowledged does not depend on
# the client surviving either. An attempt stored as submitted but never acknowledged (the kill
# came between the commit and the response) is fine, and counted. Between each kill and restart the
# H2 file is opened read-only with H2's own tools (from the portal's jar), to count the event
# publications the crash left unfinished: the ones the restart has to deliver again. After the last
# round the server is stopped and the file queried again, for every round at once: each
# acknowledged attempt one row, submitted and graded, with one quiz_score; no event publication
# left unfinished; no attempt's graded answers recorded twice. Everything runs on the loopback address only.
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/common.sh
port_from_args 18095 "$@"
ROUNDS=${ROUNDS:-5}
CLIENTS=${CLIENTS:-8}
LEARNERS=${LEARNERS:-16}
KILL_AFTER_MIN=${KILL_AFTER_MIN:-2}
KILL_AFTER_MAX=${KILL_AFTER_MAX:-8}
# Re-delivered events wait for the app to be up; on two busy cores that can take a while.
PROGRESS_WAIT=${PROGRESS_WAIT:-120}
START_WAIT=${START_WAIT:-300}
# The server's JVM stops at the quick first JIT tier: a round is a few seconds of load on a server
# just started, so the optimising compiler would only add its work to every start-up (about 40% of
# the CPU time of a start on two cores) and never pay it back. The JIT tier has no bearing on what
# reaches the database. SERVER_JAVA_OPTS= runs the JVM's defaults.
SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS-"-XX:TieredStopAtLevel=1"}
QUIZ=shared-responsibility-check
# Each client keeps learners of its own, so that no two clients share an attempt in progress.
[ "$LEARNERS" -ge "$CLIENTS" ] || { echo "LEARNERS ($LEARNERS) must be at least CLIENTS ($CLIENTS)" >&2; exit 2; }

need_curl

port_must_be_free

packaged_jar

work_folder

# The bundled course, with its quiz opened to unlimited attempts: each learner submits hundreds.
cp -r src/main/resources/content "$work/content"
quiz_file="$work/content/aws-data-security/shared-responsibility.quiz.yml"
sed -i 's/^attempts:.*/attempts: unlimited/' "$quiz_file"
grep -q '^attempts: unlimited$' "$quiz_file" || { echo "could not open $QUIZ to unlimited attempts" >&2; exit 1; }

base="http://127.0.0.1:$PORT"
db_file="$work/db/lectern"
# The app's own default settings, on a database of this run; DB_EXTRA adds H2 settings, e.g.
# ';RETENTION_TIME=0' so that the file's housekeeping rewrites chunks at once, during the kills too.
db="$(default_database "$work/db")${DB_EXTRA:-}"
acked="$work/acknowledged.csv"
started="$work/started.csv"
: >"$acked"
: >"$started"

# start_app: starts the server on the database and waits until it is healthy; sets start_s.
start_app() {
  local began=$SECONDS
  # shellcheck disable=SC2086 # SERVER_JAVA_OPTS holds several options
  java $SERVER_JAVA_OPTS -jar "$jar" --server.address=127.0.0.1 --server.port="$PORT" --spring.datasource.url="$db" \
    --lectern.content.dir="$work/content" >>"$work/app.log" 2>&1 &
  app_pid=$!
  wait_until_up "$base/actuator/health" "$app_pid" "$work/app.log" "$START_WAIT"
  start_s=$(( SECONDS - began ))
}

# unquote FILE: a CSV file H2 wrote, which quotes every field, without the quotes.
unquote() { tr -d '"' <"$1"; }
# field FILE KEY: the value of KEY=value on the client's machine-readable line in FILE.
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" "$1"; }

classes="$work/classes"
javac -d "$classes" -sourcepath bench/src bench/src/DurabilityBench.java
# H2's own tools, from the portal's jar: they read the database file directly.
unzip -q -o -j "$jar" 'BOOT-INF/lib/h2-*.jar' -d "$work/lib"

run_started=$SECONDS
start_app
first_start_s=$start_s
info=$(curl -fsS "$base/api/quizzes/$QUIZ")
if grep -q '"attemptsAllowed"' <<<"$info"; then echo "the server does not show $QUIZ with unlimited attempts" >&2; exit 1; fi

declare -a kill_at restart_s
for round in $(seq 1 "$ROUNDS"); do
  # The load runs until the kill ends it; the time limit only stops a client whose server outlived it.
  java -cp "$classes" DurabilityBench load "$base" "$QUIZ" "$CLIENTS" "$LEARNERS" "$round" "$acked" "$started" \
    "$(awk -v m="$KILL_AFTER_MAX" 'BEGIN { print m + 60 }')" >"$work/load-$round.txt" 2>&1 &
  load_pid=$!
  until grep -qs '^LOADING' "$work/load-$round.txt"; do
    kill -0 "$load_pid" 2>/dev/null || { cat "$work/load-$round.txt"; echo "the load client of round $round failed" >&2; exit 1; }
    sleep 0.1
  done
  kill_at[round]=$(awk -v lo="$KILL_AFTER_MIN" -v hi="$KILL_AFTER_MAX" -v r="$RANDOM" \
    'BEGIN { printf "%.1f", lo + (hi - lo) * r / 32767 }')
  sleep "${kill_at[round]}"
  kill -0 "$load_pid" 2>/dev/null || { cat "$work/load-$round.txt"; echo "the load of round $round ended before the kill" >&2; exit 1; }
  kill -9 "$app_pid"
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
  wait "$load_pid" || { cat "$work/load-$round.txt"; echo "the load client of round $round failed" >&2; exit 1; }
  load_pid=""
  grep '^LOAD ' "$work/load-$round.txt" >&2
  # The file as the crash left it, opened read-only so that the restart still finds it unrecovered:
  # how many attempts it holds as submitted, and how many event publications were left unfinished,
  # which the restart must deliver again.
  cat >"$work/crash-$round.sql" <<SQL
CALL CSVWRITE('$work/crash-$round.csv', \$\$
  SELECT (SELECT COUNT(*) FROM quiz_attempt WHERE state = 'SUBMITTED'),
    (SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL)
\$\$, 'writeColumnHeader=false');
SQL
  java -cp "$work/lib/"'*' org.h2.tools.RunScript -url "jdbc:h2:file:$db_file;ACCESS_MODE_DATA=r" -user sa \
    -script "$work/crash-$round.sql"
  start_app
  restart_s[round]=$start_s
  java -cp "$classes" DurabilityBench check "$base" "$QUIZ" "$LEARNERS" "$round" "$acked" "$started" "$PROGRESS_WAIT" \
    >"$work/check-$round.txt" 2>&1 || { cat "$work/check-$round.txt"; echo "the check of round $round failed" >&2; exit 1; }
  grep -v '^CHECK ' "$work/check-$round.txt" >&2 || true
  grep '^CHECK ' "$work/check-$round.txt" >&2
done

# Stopped as an operator would (graceful shutdown lets the listeners still running finish), then
# the H2 file read directly: the database as it is, whatever the app shows of it.
kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=""
cat >"$work/final.sql" <<SQL
CALL CSVWRITE('$work/final-rounds.csv', \$\$
  SELECT CAST(A.R AS INT), COUNT(*),
    SUM(CASE WHEN (SELECT COUNT(*) FROM quiz_attempt Q WHERE Q.public_id = A.ID) = 1
      AND (SELECT COUNT(*) FROM quiz_attempt Q WHERE Q.public_id = A.ID AND Q.state = 'SUBMITTED'
        AND Q.score IS NOT NULL AND Q.graded_at IS NOT NULL) = 1 THEN 1 ELSE 0 END),
    SUM(CASE WHEN (SELECT COUNT(*) FROM quiz_score S WHERE S.attempt_id = A.ID) = 1 THEN 1 ELSE 0 END)
  FROM CSVREAD('$acked', 'R,ID,LEARNER,N') A GROUP BY CAST(A.R AS INT) ORDER BY 1
\$\$, 'writeColumnHeader=false');
CALL CSVWRITE('$work/final-totals.csv', \$\$
  SELECT
    (SELECT COUNT(*) FROM quiz_attempt WHERE state = 'SUBMITTED'),
    (SELECT COUNT(*) FROM quiz_score),
    (SELECT COUNT(*) FROM quiz_attempt Q WHERE Q.state = 'SUBMITTED'
      AND NOT EXISTS (SELECT 1 FROM quiz_score S WHERE S.attempt_id = Q.public_id)),
    (SELECT COUNT(*) FROM quiz_score S WHERE NOT EXISTS (SELECT 1 FROM quiz_attempt Q
      WHERE Q.public_id = S.attempt_id AND Q.state = 'SUBMITTED')),
    (SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL),
    (SELECT COUNT(*) FROM (SELECT 1 FROM graded_answers WHERE answered_in = 'QUIZ'
      GROUP BY learner, quiz_id, answered_at HAVING COUNT(*) > 1))
\$\$, 'writeColumnHeader=false');
SQL
java -cp "$work/lib/"'*' org.h2.tools.RunScript -url "jdbc:h2:file:$db_file" -user sa -script "$work/final.sql"
read -r db_submitted db_scores db_unscored db_orphan_scores db_unfinished_events db_duplicate_results \
  <<<"$(unquote "$work/final-totals.csv" | tr ',' ' ')"
total_s=$(( SECONDS - run_started ))

ok=1
echo
echo "quiz $QUIZ, unlimited attempts; H2 file database, WRITE_DELAY=0; $CLIENTS clients, $LEARNERS learners"
echo "kill -9 at a random moment ${KILL_AFTER_MIN}-${KILL_AFTER_MAX} s into each round's load; first start ${first_start_s} s;" \
  "server JVM options: ${SERVER_JAVA_OPTS:-none}"
echo "through the app, after each restart (scores: those the progress module keeps, one per attempt):"
row() { printf '%5s %7s %7s %6s %8s %11s %9s %9s %9s\n' "$@"; }
row round "kill s" "acked" "once" "missing" "duplicated" "unacked" "scores" "restart"
row "" "" "(2xx)" "" "" "" "stored" "(acked)" "s"
details=""
for round in $(seq 1 "$ROUNDS"); do
  c="$work/check-$round.txt"
  acknowledged=$(field "$c" acknowledged); once=$(field "$c" once); missing=$(field "$c" missing)
  duplicated=$(field "$c" duplicated); unacknowledged=$(field "$c" unacknowledged); in_progress=$(field "$c" in_progress)
  not_stored=$(field "$c" not_stored); scored=$(field "$c" scored); unacked_scored=$(field "$c" unacknowledged_scored)
  scores_missing=$(field "$c" scores_missing); scores_duplicated=$(field "$c" scores_duplicated)
  IFS=, read -r crash_submitted crash_events <<<"$(unquote "$work/crash-$round.csv")"
  row "$round" "${kill_at[round]}" "$acknowledged" "$once" "$missing" "$duplicated" "$unacknowledged" "$scored" \
    "${restart_s[round]}"
  details+=$(printf '%5s %8s %9s %9s %9s %9s %10s %9s' "$round" "$(field "$work/load-$round.txt" started)" "$in_progress" \
    "$not_stored" "$unacked_scored" "$crash_events" "$crash_submitted/$(field "$c" submitted_total)" \
    "$(field "$c" progress_wait)")$'\n'
  # A committed attempt's event must reach progress whether or not its submitter heard back, and a
  # start answered 201 is as acknowledged as a submit.
  if [ "$missing" != 0 ] || [ "$duplicated" != 0 ] || [ "$not_stored" != 0 ] || [ "$once" != "$acknowledged" ] \
    || [ "$scored" != "$acknowledged" ] || [ "$scores_missing" != 0 ] || [ "$scores_duplicated" != 0 ]; then
    ok=0
  fi
done
echo "details: attempts started; of those unacknowledged, left in progress, lost (start answered 201, then gone),"
echo "stored as submitted with a score; at the kill, in the file: event publications unfinished, and attempts"
echo "submitted / submitted as listed after the restart; seconds until progress had every score:"
printf '%5s %8s %9s %9s %9s %9s %10s %9s\n' round started "in prog" "lost" "unacked" "events" "submitted" "progress"
printf '%5s %8s %9s %9s %9s %9s %10s %9s\n' "" "" "" "" "scored" "at kill" "kill/after" "wait s"
printf '%s' "$details"
echo "in the H2 file after the last round and a graceful stop:"
printf '%5s %6s %14s %14s\n' round acked "stored once" "score once"
while IFS=, read -r round acknowledged stored scored; do
  printf '%5s %6s %14s %14s\n' "$round" "$acknowledged" "$stored" "$scored"
  [ "$stored" = "$acknowledged" ] && [ "$scored" = "$acknowledged" ] || ok=0
done < <(unquote "$work/final-rounds.csv")
echo "submitted attempts $db_submitted, quiz scores $db_scores; submitted without a score $db_unscored," \
  "scores without a submitted attempt $db_orphan_scores"
echo "event publications unfinished $db_unfinished_events; attempts whose graded answers were recorded twice $db_duplicate_results"
[ "$db_unscored" = 0 ] && [ "$db_orphan_scores" = 0 ] && [ "$db_unfinished_events" = 0 ] \
  && [ "$db_duplicate_results" = 0 ] || ok=0
failed=0
for round in $(seq 1 "$ROUNDS"); do failed=$(( failed + $(field "$work/load-$round.txt" failed) )); done
echo "requests answered other than 2xx during the loads: $failed;" \
  "ERROR lines in the app log: $(grep -cE '^[0-9-]+T.* ERROR ' "$work/app.log" || true); whole run ${total_s} s"
if [ "$ok" = 1 ]; then
  echo "PASS: every acknowledged submission survived $ROUNDS kills exactly once, each with one progress score"
else
  echo "FAIL: acknowledged submissions or their progress scores missing or duplicated (see above)"
  exit 1
fi
