#!/usr/bin/env bash
# The instructor's reports on a large cohort: a generated course of 20 lessons and 10 quizzes,
# 10,000 learners with visits and completions, 200,000 graded attempts (20 per learner), and for
# one quiz its 20,000 attempts with every answer and grade. Times the first page of the cohort in
# the default order and by name, the whole cohort as CSV, and the busy quiz's item analysis, each
# against a trivial page measured in the same run. A benchmark, not a test.
#
#   bench/cohort.sh                    # port 18083
#   bench/cohort.sh --port 19082       # or PORT=19082
#   LEARNERS=2000 bench/cohort.sh      # a smaller cohort (attempts scale with it)
#   KEEP=1 bench/cohort.sh             # keep the temporary folder (database, content, app log)
#
# Everything runs on the loopback address only.
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/common.sh
port_from_args 18083 "$@"
LEARNERS=${LEARNERS:-10000}
LESSONS=20
QUIZZES=10
QUESTIONS=10
PASS_MARK=70
# Each learner has two graded attempts at every quiz: 10,000 learners make 200,000.
ATTEMPTS=2
WARMUP=${WARMUP:-30}
RUNS=${RUNS:-30}
TARGET_MS=${TARGET_MS:-200}
ADMIN=bench-admin
PASSWORD='correct horse battery staple 42'

need_curl

port_must_be_free

packaged_jar

work_folder

# The course: lesson-01.md ... lesson-20.md, and quiz-01 ... quiz-10, each on two lessons, each
# question a single choice whose right answer is "a".
course="$work/content/bench"
mkdir -p "$course"
{
  echo 'title: "Cohort benchmark"'
  echo 'slug: bench'
  echo 'summary: A generated course with a large cohort.'
  echo 'lessons:'
  for i in $(seq -w 1 "$LESSONS"); do echo "  - lesson-$i.md"; done
} >"$course/course.yml"
for i in $(seq -w 1 "$LESSONS"); do
  printf -- '---\ntitle: "Lesson %s"\n---\n\n## Overview\n\nGenerated lesson %s.\n' "$i" "$i" >"$course/lesson-$i.md"
done
for q in $(seq -w 1 "$QUIZZES"); do
  {
    echo "id: quiz-$q"
    echo "title: Quiz $q"
    echo "lessons: [lesson-$(printf '%02d' $((10#$q * 2 - 1))).md, lesson-$(printf '%02d' $((10#$q * 2))).md]"
    echo "pass_mark: $PASS_MARK"
    echo 'questions:'
    for n in $(seq -w 1 "$QUESTIONS"); do
      echo "  - id: q$n"
      echo '    type: single_choice'
      echo "    prompt: Generated question $n of quiz $q, long enough to be cut short in the report's table of questions."
      echo '    choices:'
      echo '      - {id: a, text: The right answer, correct: true}'
      echo '      - {id: b, text: A tempting wrong answer}'
      echo '      - {id: c, text: Another wrong answer}'
    done
  } >"$course/quiz-$q.quiz.yml"
done

base="http://127.0.0.1:$PORT"
db="jdbc:h2:file:$work/db/lectern"
start_app() {
  java -jar "$jar" --server.address=127.0.0.1 --server.port="$PORT" --spring.datasource.url="$db" \
    --lectern.content.dir="$work/content" --lectern.admin.username="$ADMIN" --lectern.admin.password="$PASSWORD" \
    >>"$work/app.log" 2>&1 &
  app_pid=$!
  wait_until_up "$base/actuator/health" "$app_pid" "$work/app.log"
}
stop_app() {
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
}

# Once to create the tables and the admin, then the cohort is written straight into the stopped
# database: registering 10,000 learners through the pages would take hours of password hashing.
start_app
stop_app
learner="'b' || LPAD(L.X, 35, '0')"
# The questions of an attempt at quiz-01, in the order shown, as a JSON array; and which choice
# (0 for "a", the right one) learner L.X gives to question N.X in attempt A.X.
questions="[$(for n in $(seq -w 1 "$QUESTIONS"); do printf '"q%s",' "$n"; done | sed 's/,$//')]"
choice="MOD(L.X * 31 + A.X * 7 + N.X * 17, 3)"
cat >"$work/seed.sql" <<SQL
INSERT INTO account (public_id, username, display_name, password_hash, created_at, version)
  SELECT $learner, 'learner' || L.X, 'Learner ' || L.X, '{noop}none', CURRENT_TIMESTAMP, 0
  FROM SYSTEM_RANGE(1, $LEARNERS) L;
INSERT INTO account_role (account_id, role) SELECT id, 'LEARNER' FROM account WHERE username LIKE 'learner%';
INSERT INTO lesson_visit (learner, course_slug, lesson_source, visited_at)
  SELECT $learner, 'bench', 'bench/lesson-' || LPAD(MOD(L.X, $LESSONS) + 1, 2, '0') || '.md',
    DATEADD('MINUTE', -L.X, CURRENT_TIMESTAMP)
  FROM SYSTEM_RANGE(1, $LEARNERS) L;
INSERT INTO lesson_completion (learner, course_slug, lesson_source, completed_at, completed_by)
  SELECT $learner, 'bench', 'bench/lesson-' || LPAD(N.X, 2, '0') || '.md',
    DATEADD('MINUTE', -L.X - N.X, CURRENT_TIMESTAMP), 'LEARNER'
  FROM SYSTEM_RANGE(1, $LEARNERS) L, SYSTEM_RANGE(1, $LESSONS) N WHERE N.X <= MOD(L.X, $LESSONS + 1);
INSERT INTO quiz_score (attempt_id, learner, quiz_id, attempt_number, percent, passed, graded_at)
  SELECT CAST(RANDOM_UUID() AS VARCHAR), $learner, 'quiz-' || LPAD(Q.X, 2, '0'), A.X,
    MOD(L.X * 7 + Q.X * 13 + A.X * 29, 11) * 10, MOD(L.X * 7 + Q.X * 13 + A.X * 29, 11) >= 7,
    DATEADD('MINUTE', -L.X - Q.X * 3 - A.X, CURRENT_TIMESTAMP)
  FROM SYSTEM_RANGE(1, $LEARNERS) L, SYSTEM_RANGE(1, $QUIZZES) Q, SYSTEM_RANGE(1, $ATTEMPTS) A;
-- Each attempt's answers and grades in its own row, one JSON object each by question id, as the
-- quiz module writes them (AnswerSheet: an answer in its stored form, a grade as the fraction
-- earned); its score is the points those grades add up to. The quiz's version is left to the
-- portal: at its next start it gives every attempt without one the version of its quiz as now
-- defined (EarlierAttempts), the row the attempt would have named had it been started there.
INSERT INTO quiz_attempt (public_id, quiz_id, learner, attempt_number, seed, questions, answers, grades, started_at,
    state, score, max_score, passed, graded_at, late, version)
  SELECT CAST(RANDOM_UUID() AS VARCHAR), 'quiz-01', $learner, A.X, 0, '$questions',
    (SELECT '{' || STRING_AGG('"q' || LPAD(N.X, 2, '0') || '":"C:' || SUBSTRING('abc', $choice + 1, 1) || '"', ','
      ORDER BY N.X) || '}' FROM SYSTEM_RANGE(1, $QUESTIONS) N),
    (SELECT '{' || STRING_AGG('"q' || LPAD(N.X, 2, '0') || '":' || CASE WHEN $choice = 0 THEN '1.0' ELSE '0.0' END, ','
      ORDER BY N.X) || '}' FROM SYSTEM_RANGE(1, $QUESTIONS) N),
    DATEADD('MINUTE', -L.X - A.X, CURRENT_TIMESTAMP), 'SUBMITTED',
    (SELECT COUNT(*) FROM SYSTEM_RANGE(1, $QUESTIONS) N WHERE $choice = 0), $QUESTIONS,
    (SELECT COUNT(*) FROM SYSTEM_RANGE(1, $QUESTIONS) N WHERE $choice = 0) * 100 >= $PASS_MARK * $QUESTIONS,
    DATEADD('MINUTE', -L.X - A.X, CURRENT_TIMESTAMP), FALSE, 1
  FROM SYSTEM_RANGE(1, $LEARNERS) L, SYSTEM_RANGE(1, $ATTEMPTS) A;
-- Rows written behind the portal's back have no standings: without a basis, the next start works
-- out every standing of the course from them, as it does for a database from an older version.
DELETE FROM course_standing_basis;
SQL
unzip -q -o -j "$jar" 'BOOT-INF/lib/h2-*.jar' -d "$work/lib"
seeded=$(date +%s%N)
java -cp "$work/lib/"'*' org.h2.tools.RunScript -url "$db" -user sa -script "$work/seed.sql"
seed_ms=$(( ($(date +%s%N) - seeded) / 1000000 ))
start_app

cookies="$work/cookies"
log_in() {
  local token
  rm -f "$cookies"
  token=$(curl -fsS -c "$cookies" -b "$cookies" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fsS -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=$ADMIN" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$base/login"
}
log_in
page=$(curl -fsS -b "$cookies" "$base/instructor/courses/bench")
grep -q "$LEARNERS learners have started" <<<"$page" || { echo "the cohort page does not show $LEARNERS learners" >&2; exit 1; }

# time_path PATH [WARMUP RUNS]: prints the median and the 90th percentile, in ms, of RUNS requests
# after WARMUP ones (by default $RUNS and $WARMUP).
time_path() {
  local i
  for i in $(seq 1 "${2:-$WARMUP}"); do curl -fsS -o /dev/null -b "$cookies" "$base$1"; done
  for i in $(seq 1 "${3:-$RUNS}"); do curl -fsS -o /dev/null -b "$cookies" -w '%{time_total}\n' "$base$1"; done \
    | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "%.0f %.0f", t[int((NR + 1) / 2)], t[int(NR * 0.9 + 0.5)] }'
}

baseline=$(time_path /instructor)
first=$(time_path /instructor/courses/bench)
by_name=$(time_path "/instructor/courses/bench?sort=name&dir=asc")
last=$(time_path "/instructor/courses/bench?page=$(( (LEARNERS + 49) / 50 ))")
csv=$(time_path /instructor/courses/bench/cohort.csv 3 5)
items=$(time_path /instructor/quizzes/quiz-01 3 5)
rows=$(curl -fsS -b "$cookies" "$base/instructor/courses/bench/cohort.csv" | wc -l)

# H2 hands back a query's last result while no table it reads has changed, as here between two
# requests. With learners at work the tables change all the time, so the pages are timed again
# with that reuse off: every request adds everything up anew.
stop_app
db="$db;OPTIMIZE_REUSE_RESULTS=FALSE"
start_app
log_in
fresh_baseline=$(time_path /instructor)
fresh_first=$(time_path /instructor/courses/bench)
fresh_by_name=$(time_path "/instructor/courses/bench?sort=name&dir=asc")

echo "cohort: $LEARNERS learners, $LESSONS lessons, $QUIZZES quizzes, $(( LEARNERS * QUIZZES * ATTEMPTS )) graded attempts;"
echo "quiz-01 has $(( LEARNERS * ATTEMPTS )) attempts with $QUESTIONS answers each (seeded in ${seed_ms} ms)"
printf '%-44s %8s %8s %8s\n' "" "p50 ms" "p90 ms" "p50/base"
row() { set -- "$1" $2; printf '%-44s %8s %8s %8s\n' "$1" "$2" "$3" "$(awk -v a="$2" -v b="${baseline%% *}" 'BEGIN { printf "%.1f", a / (b > 0 ? b : 1) }')"; }
row "baseline: /instructor" "$baseline"
row "cohort, first page, most recently active" "$first"
row "cohort, first page, by name" "$by_name"
row "cohort, last page" "$last"
row "cohort.csv ($(( rows - 1 )) learners)" "$csv"
row "item analysis of quiz-01" "$items"
echo "every request recomputed (H2's result reuse off, as while learners write):"
baseline=$fresh_baseline
row "baseline: /instructor" "$fresh_baseline"
row "cohort, first page, most recently active" "$fresh_first"
row "cohort, first page, by name" "$fresh_by_name"
verdict() { if [ "${1%% *}" -le "$TARGET_MS" ]; then echo PASS; else echo MISS; fi; }
echo "first page p50, database unchanged: ${first%% *} ms (target <= $TARGET_MS ms): $(verdict "$first")"
echo "first page p50, every request recomputed: ${fresh_first%% *} ms (target <= $TARGET_MS ms): $(verdict "$fresh_first")"
