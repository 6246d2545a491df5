#!/usr/bin/env bash
# Checks the jar ./mvnw package builds, which holds Spring's ahead-of-time classes (as the image does):
#  1. started with the build's settings, it chooses the generated beans and serves what a first visit
#     uses: a lesson page, registration, a completed lesson that shows on /me (the progress module's
#     standing, fed by the event), the API docs and health;
#  2. started with a management port, a setting the build did not have, it starts the usual way, says
#     which setting differs, and opens that port;
#  3. asked for AOT mode with that setting, it refuses to start and names the setting.
# With --compose, it checks instead a jar built for deploy/compose.yml's settings (the postgres profile
# and a management port of its own, as that file's AOT_SETTINGS give them):
#  4. two instances on one PostgreSQL start from the generated beans, each opens its management port
#     (on other numbers than the build's), and a learner who registers on one is signed in on the
#     other: the sessions live in the database.
# CI runs both after the tests (.ci/run).
#
#   deploy/aot-check.sh target/lectern-0.1.0-SNAPSHOT.jar [PORT]
#   ./mvnw package -DskipTests "-Dspring-boot.aot.jvmArguments=<compose.yml's AOT_SETTINGS>"
#   deploy/aot-check.sh --compose target/lectern-0.1.0-SNAPSHOT.jar [PORT]
set -euo pipefail
compose=
if [ "${1:-}" = --compose ]; then
  compose=1
  shift
fi
jar=$(realpath "$1")
port=${2:-18190}
cd "$(dirname "$0")/.."
. bench/common.sh
work_folder
declare -A portals
lesson=/courses/aws-data-security/shared-responsibility

fail() { echo "aot-check: $*" >&2; [ -n "${log:-}" ] && tail -30 "$log" >&2; exit 1; }

# launch NAME PORT ARGS...: the jar in a data folder of its own, in the background.
launch() {
  local name=$1 at=$2
  shift 2
  mkdir -p "$work/$name"
  (cd "$work/$name" && exec java -jar "$jar" --server.address=127.0.0.1 --server.port="$at" "$@") >"$work/$name.log" 2>&1 &
  portals[$name]=$!
}

# await NAME PORT: until that portal's lesson page answers (at most 120 s).
await() {
  log="$work/$1.log"
  POLL=0.5 wait_until_up "http://127.0.0.1:$2$lesson" "${portals[$1]}" "$log" 120
}

# start NAME PORT ARGS...: launch, then await.
start() {
  launch "$@"
  await "$1" "$2"
}

stop() { kill "${portals[@]}"; wait "${portals[@]}" 2>/dev/null || true; portals=(); }

csrf() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }

# register BASE: a new learner, signed in with the cookies in $cookies.
register() {
  local token password='correct horse battery staple 42'
  token=$(curl -fsS -c "$cookies" -b "$cookies" "$1/register" | csrf)
  curl -fsS -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=ada" --data-urlencode "displayName=Ada" \
    --data-urlencode "email=ada@example.org" --data-urlencode "password=$password" \
    --data-urlencode "confirmPassword=$password" --data-urlencode "_csrf=$token" "$1/register" \
    || fail "registration was refused"
}

# healthy URL: the actuator's health at URL says UP.
healthy() { curl -fsS -o "$work/health.json" "$1" && grep -q '"UP"' "$work/health.json"; }

cookies="$work/cookies"
if [ -n "$compose" ]; then
  # 4. The compose settings, on a PostgreSQL of the test classpath's embedded binaries.
  start_postgres $((port + 9))
  export SPRING_PROFILES_ACTIVE=postgres LECTERN_DB_URL="$pg_url" LECTERN_DB_USER=postgres LECTERN_DB_PASSWORD=postgres
  # At once, as compose starts them: one creates the schema while the other waits for Flyway's lock.
  launch first "$port" --management.server.port=$((port + 2)) --management.server.address=127.0.0.1
  launch second $((port + 1)) --management.server.port=$((port + 3)) --management.server.address=127.0.0.1
  await first "$port"
  await second $((port + 1))
  for name in first second; do
    grep -q 'Starting AOT-processed' "$work/$name.log" || { log="$work/$name.log"; fail "$name did not start from the generated beans"; }
  done
  healthy "http://127.0.0.1:$((port + 2))/actuator/health" || fail "the first management port did not open"
  healthy "http://127.0.0.1:$((port + 3))/actuator/health" || fail "the second management port did not open"
  register "http://127.0.0.1:$port"
  curl -fsS -b "$cookies" -o "$work/me.html" "http://127.0.0.1:$((port + 1))/me" || fail "the second instance refused /me"
  grep -q 'Ada' "$work/me.html" || fail "the learner who registered on the first instance is not signed in on the second"
  stop
  echo "aot-check: built for the compose settings, two instances on PostgreSQL start from the generated beans and share a session"
  exit 0
fi

# 1. The build's settings.
base="http://127.0.0.1:$port"
start generated "$port"
grep -q 'Starting AOT-processed' "$log" || fail "the build's own settings did not start from the generated beans"
register "$base"
token=$(curl -fsS -c "$cookies" -b "$cookies" "$base$lesson" | csrf)
[ -n "$token" ] || fail "the lesson page has no form for a signed-in learner"
curl -fsS -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "course=aws-data-security" \
  --data-urlencode "lesson=shared-responsibility" --data-urlencode "_csrf=$token" "$base/progress/completions" \
  || fail "marking the lesson complete was refused"
for _ in $(seq 1 60); do
  curl -fsS -b "$cookies" -o "$work/me.html" "$base/me" && grep -q '1 of [0-9]* lessons completed' "$work/me.html" && break
  sleep 0.5
done
grep -q "1 of [0-9]* lessons completed" "$work/me.html" || fail "/me does not count the completed lesson: $(grep -o "[0-9]* of [0-9]* lessons completed" "$work/me.html")"
curl -fsS -o /dev/null "$base/api/docs" || fail "/api/docs did not answer"
healthy "$base/actuator/health" || fail "/actuator/health is not UP"
stop
echo "aot-check: the build's settings start from the generated beans and serve a first visit"

# 2. A setting the build did not have.
management=$((port + 1))
start usual "$port" --management.server.port="$management" --management.server.address=127.0.0.1
grep -q 'as these settings differ from the build.s: management.server.port' "$log" \
  || fail "a management port did not make the start a usual one that names it"
grep -q 'Starting AOT-processed' "$log" && fail "a management port still started from the generated beans"
healthy "http://127.0.0.1:$management/actuator/health" || fail "the management port did not open"
stop
echo "aot-check: a management port starts the usual way and opens"

# 3. Insisting on AOT mode with that setting.
(cd "$work" && exec java -Dspring.aot.enabled=true -jar "$jar" --server.port="$port" \
  --management.server.port="$management") >"$work/refused.log" 2>&1 && fail "AOT mode was forced with a management port"
grep -q 'differ from those the jar was built with.*management.server.port' "$work/refused.log" \
  || { log="$work/refused.log"; fail "the refusal does not name the setting"; }
echo "aot-check: forcing AOT mode with a management port is refused, naming it"
