#!/usr/bin/env bash
# Checks a jar built with Spring's ahead-of-time processing (./mvnw package -Paot, as the image is):
#  1. started with the build's settings, it chooses the generated beans and serves what a first visit
#     uses: a lesson page, registration, a completed lesson that shows on /me (the progress module's
#     standing, fed by the event), the API docs and health;
#  2. started with a management port, a setting the build did not have, it starts the usual way, says
#     which setting differs, and opens that port;
#  3. asked for AOT mode with that setting, it refuses to start and names the setting.
# CI runs it after the tests (.ci/run).
#
#   deploy/aot-check.sh target/aot/lectern-0.1.0-SNAPSHOT.jar [PORT]
set -euo pipefail
jar=$(realpath "$1")
port=${2:-18190}
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; [ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
base="http://127.0.0.1:$port"
lesson=/courses/aws-data-security/shared-responsibility

fail() { echo "aot-check: $*" >&2; [ -n "${log:-}" ] && tail -30 "$log" >&2; exit 1; }

# start NAME ARGS...: the jar in a data folder of its own, until the lesson page answers.
start() {
  local name=$1
  shift
  log="$work/$name.log"
  mkdir -p "$work/$name"
  (cd "$work/$name" && exec java -jar "$jar" --server.address=127.0.0.1 --server.port="$port" "$@") >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 240); do
    curl -fs -o /dev/null "$base$lesson" && return 0
    kill -0 "$pid" 2>/dev/null || fail "$name: the portal stopped before it served $lesson"
    sleep 0.5
  done
  fail "$name: no lesson page after 120 s"
}

stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

csrf() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }

# 1. The build's settings.
start generated
grep -q 'Starting AOT-processed' "$log" || fail "the build's own settings did not start from the generated beans"
cookies="$work/cookies"
token=$(curl -fsS -c "$cookies" -b "$cookies" "$base/register" | csrf)
password='correct horse battery staple 42'
curl -fsS -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=ada" --data-urlencode "displayName=Ada" \
  --data-urlencode "email=ada@example.org" --data-urlencode "password=$password" \
  --data-urlencode "confirmPassword=$password" --data-urlencode "_csrf=$token" "$base/register" \
  || fail "registration was refused"
token=$(curl -fsS -c "$cookies" -b "$cookies" "$base$lesson" | csrf)
[ -n "$token" ] || fail "the lesson page has no form for a signed-in learner"
curl -fsS -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "course=aws-data-security" \
  --data-urlencode "lesson=shared-responsibility" --data-urlencode "_csrf=$token" "$base/progress/completions" \
  || fail "marking the lesson complete was refused"
for _ in $(seq 1 60); do
  curl -fsS -b "$cookies" "$base/me" | grep -q '1 of [0-9]* lessons completed' && break
  sleep 0.5
done
curl -fsS -b "$cookies" "$base/me" >"$work/me.html"
grep -q "1 of [0-9]* lessons completed" "$work/me.html" || fail "/me does not count the completed lesson: $(grep -o "[0-9]* of [0-9]* lessons completed" "$work/me.html")"
curl -fsS -o /dev/null "$base/api/docs" || fail "/api/docs did not answer"
curl -fsS "$base/actuator/health" | grep -q '"UP"' || fail "/actuator/health is not UP"
stop
echo "aot-check: the build's settings start from the generated beans and serve a first visit"

# 2. A setting the build did not have.
management=$((port + 1))
start usual --management.server.port="$management" --management.server.address=127.0.0.1
grep -q 'as these settings differ from the build.s: management.server.address, management.server.port' "$log" \
  || fail "a management port did not make the start a usual one that names it"
grep -q 'Starting AOT-processed' "$log" && fail "a management port still started from the generated beans"
curl -fsS "http://127.0.0.1:$management/actuator/health" | grep -q '"UP"' || fail "the management port did not open"
stop
echo "aot-check: a management port starts the usual way and opens"

# 3. Insisting on AOT mode with that setting.
(cd "$work" && exec java -Dspring.aot.enabled=true -jar "$jar" --server.port="$port" \
  --management.server.port="$management") >"$work/refused.log" 2>&1 && fail "AOT mode was forced with a management port"
grep -q 'differ from those the jar was built with.*management.server.port' "$work/refused.log" \
  || { log="$work/refused.log"; fail "the refusal does not name the setting"; }
echo "aot-check: forcing AOT mode with a management port is refused, naming it"
