#!/usr/bin/env bash
# Start-up against the framework's own floor: Lectern and a bare Spring Boot application with the same
# starters (bench/bare: web MVC, Thymeleaf, JPA, security, Flyway, actuator, H2; one entity, one
# page), each timed from `java -jar` to its first served page, alternated RUNS times (default 3),
# each on a fresh data folder; then Lectern as its container image runs it (the same jar, which holds
# Spring's ahead-of-time classes, extracted, on the image's JDK with the ahead-of-time cache that
# deploy/aot-training.sh writes, the Dockerfile's own ENTRYPOINT options). Prints the medians and the ratios to the bare application's median: absolute
# seconds on a shared machine mean little. A benchmark, not a test.
#
#   bench/startup.sh
#   RUNS=5 bench/startup.sh --port 19090
#   JAVA_OPTS="-XX:TieredStopAtLevel=1" bench/startup.sh   # both applications with the same JVM options
#   BEFORE=/path/to/an-older.jar bench/startup.sh   # that build too, alternated with the others
#   IMAGE_JAVA_HOME=/path/to/jdk-25 bench/startup.sh   # the image's JDK (the Dockerfile's runtime stage)
#   STEPS=1 bench/startup.sh   # then Lectern once more, printing its ten longest start-up steps
#   SPRING_AOT=1 bench/startup.sh   # also java -jar and the image form started without the generated
#                                   # beans, as a start whose settings differ from the build's
#   COMPOSE=1 bench/startup.sh      # also deploy/compose.yml's settings on PostgreSQL, in the image
#                                   # built by default and in the one built for them (AOT_SETTINGS)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh

RUNS=${RUNS:-3}
LESSON_PATH=${LESSON_PATH:-/courses/aws-data-security/shared-responsibility}
port_from_args 18095 "$@"
need_curl
port_must_be_free
packaged_jar
bare_jar=bench/bare/target/bare.jar
if [ ! -f "$bare_jar" ]; then
  ./mvnw -B -q -ntp -f bench/bare/pom.xml -DskipTests package
fi
work_folder

# start_ms NAME URL_PATH DIR JAVA_ARGS...: runs the application in DIR (its data folder inside),
# waits for URL_PATH to answer, stops it, and prints the milliseconds from the java command to then
# and the CPU milliseconds (user + system, all its threads) the JVM had spent by then. The CPU time
# hardly moves with the machine's other load, unlike the wall clock, so it is the steadier figure.
start_ms() {
  local name=$1 path=$2 dir=$3 started pid elapsed cpu
  shift 3
  mkdir -p "$dir"
  started=$(date +%s%N)
  # shellcheck disable=SC2086 # the options are words on purpose
  (cd "${RUN_IN:-$dir}" && exec "${JAVA:-java}" ${JAVA_OPTS:-} "$@" --server.address=127.0.0.1 --server.port="$PORT") \
    >"$dir/$name.log" 2>&1 &
  pid=$!
  POLL=0.05 wait_until_up "http://127.0.0.1:$PORT$path" "$pid" "$dir/$name.log" "${LIMIT_S:-600}"
  elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
  cpu=$(cpu_ms "$pid")
  kill "$pid" && wait "$pid" 2>/dev/null || true
  echo "$elapsed $cpu"
}

# cpu_ms PID: user + system CPU time of the process so far, in milliseconds (fields 14 and 15 of
# /proc/PID/stat, in clock ticks, counted after the command name, which may hold spaces).
cpu_ms() {
  local ticks
  ticks=$(getconf CLK_TCK)
  sed 's/^.*) //' "/proc/$1/stat" | awk -v hz="$ticks" '{ printf "%d", ($12 + $13) * 1000 / hz }'
}

median() {
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

ratio() {
  awk "BEGIN { printf \"%.2f\", $1 / $2 }"
}

# The container form, as the Dockerfile builds it: the jar extracted, and the ahead-of-time cache
# written by deploy/aot-training.sh, on the JDK of the image's runtime stage (IMAGE_JAVA_HOME; the
# java on the PATH when it is that version). The cache only works with the JDK that wrote it.
image_jdk=$(sed -n 's/^FROM eclipse-temurin:\([0-9]*\)-jre.*/\1/p' Dockerfile)
image_java=${IMAGE_JAVA_HOME:+$IMAGE_JAVA_HOME/bin/}java
if ! "$image_java" -version 2>&1 | head -1 | grep -q "version \"$image_jdk[.\"]"; then
  echo "the image runs JDK $image_jdk: set IMAGE_JAVA_HOME to a JDK $image_jdk" >&2; exit 2
fi
# image_form DIR JAR: JAR extracted into DIR and its cache trained there, as the Dockerfile does.
image_form() {
  local dir=$1 from=$2
  java -Djarmode=tools -jar "$from" extract --destination "$dir" >/dev/null
  mv "$dir"/"$(basename "$from")" "$dir/app.jar"
  (cd "$dir" && PATH="$(dirname "$(command -v "$image_java")"):$PATH" TRAINING_PORT="$PORT" \
    bash "$OLDPWD/deploy/aot-training.sh" app.aot >"$dir.training.log" 2>&1) || { tail -40 "$dir.training.log" >&2; exit 1; }
}
container="$work/container"
image_form "$container" "$jar"
# COMPOSE=1: deploy/compose.yml's settings (the postgres profile, on a PostgreSQL from the test
# classpath's embedded binaries, and a management port) in the image form, twice: the image as built
# by default, which starts the usual way with them, and the image built for them (compose.yml's
# AOT_SETTINGS), which starts from its generated beans. The database is migrated once, before the runs,
# as an instance started beside others or restarted finds it.
if [ -n "${COMPOSE:-}" ]; then
  ./mvnw -B -q -ntp -DskipTests "-Dspring-boot.aot.jvmArguments=$(sed -n 's/^ *AOT_SETTINGS: //p' deploy/compose.yml)" \
    package >"$work/compose-build.log" 2>&1
  cp "$(ls target/lectern-*.jar | grep -v '\.original$' | head -1)" "$work/compose.jar"
  ./mvnw -B -q -ntp -DskipTests package >>"$work/compose-build.log" 2>&1   # the default jar back in target/
  image_form "$work/container-compose" "$work/compose.jar"
  start_postgres $((PORT + 9))
  export LECTERN_DB_URL="$pg_url" LECTERN_DB_USER=postgres LECTERN_DB_PASSWORD=postgres
  # compose_start NAME DIR RUN: the image form in DIR with compose's settings, as start_ms prints it.
  compose_start() {
    SPRING_PROFILES_ACTIVE=postgres MANAGEMENT_SERVER_PORT=$((PORT + 2)) MANAGEMENT_SERVER_ADDRESS=127.0.0.1 \
      JAVA="$image_java" RUN_IN="$2" start_ms "$1" "$LESSON_PATH" "$work/$1-$3" "${entrypoint[@]}" \
      --lectern.data.dir="$work/$1-$3/data"
  }
fi
# The image's own command line (the Dockerfile's ENTRYPOINT), run in the folder above as in the image.
read -ra entrypoint < <(sed -n 's/^ENTRYPOINT \["java", \(.*\)\]/\1/p' Dockerfile | tr -d '",')
# The training start's settings (a port, a database, a data folder) are the build's, so it runs from
# the generated beans, as a default start of the image does, and the cache holds that kind of start.
# SPRING_AOT=1 also starts the image form with -Dspring.aot.enabled=false: what a start whose settings
# differ from the build's gets (the postgres profile, a management port).
plain=-Dspring.aot.enabled=false
bare=() lectern=() image=() before=() bare_cpu=() lectern_cpu=() image_cpu=() before_cpu=()
laot=() laot_cpu=() iaot=() iaot_cpu=()
cdef=() cdef_cpu=() cbuilt=() cbuilt_cpu=()
if [ -n "${COMPOSE:-}" ]; then
  compose_start compose-migrating "$container" 0 >/dev/null
fi
abs_jar=$(realpath "$jar") abs_bare=$(realpath "$bare_jar")
for run in $(seq 1 "$RUNS"); do
  read -r ms cpu < <(start_ms bare / "$work/bare-$run" -jar "$abs_bare")
  bare+=("$ms") bare_cpu+=("$cpu")
  if [ -n "${BEFORE:-}" ]; then
    read -r ms cpu < <(start_ms before "$LESSON_PATH" "$work/before-$run" -jar "$(realpath "$BEFORE")")
    before+=("$ms") before_cpu+=("$cpu")
    echo "run $run: the build before (wall / CPU ms) ${before[-1]} / ${before_cpu[-1]}" >&2
  fi
  read -r ms cpu < <(start_ms lectern "$LESSON_PATH" "$work/lectern-$run" -jar "$abs_jar")
  lectern+=("$ms") lectern_cpu+=("$cpu")
  grep -q 'Starting AOT-processed' "$work/lectern-$run/lectern.log" \
    || echo "note: java -jar started without Spring AOT (see $work/lectern-$run/lectern.log)" >&2
  # In the image's folder, as the image runs it; its data folder and database are this run's own.
  read -r ms cpu < <(JAVA="$image_java" RUN_IN="$container" start_ms image "$LESSON_PATH" "$work/image-$run" \
    "${entrypoint[@]}" --lectern.data.dir="$work/image-$run/data" \
    --spring.datasource.url="$(default_database "$work/image-$run/data")")
  image+=("$ms") image_cpu+=("$cpu")
  grep -q 'Starting AOT-processed' "$work/image-$run/image.log" \
    || echo "note: the image form started without Spring AOT (see $work/image-$run/image.log)" >&2
  echo "run $run (wall / CPU ms): bare ${bare[-1]} / ${bare_cpu[-1]}, lectern ${lectern[-1]} / ${lectern_cpu[-1]}," \
    "lectern as in the image ${image[-1]} / ${image_cpu[-1]} (load average $(cut -d' ' -f1 /proc/loadavg))" >&2
  if [ -n "${SPRING_AOT:-}" ]; then
    read -r ms cpu < <(start_ms lectern-plain "$LESSON_PATH" "$work/lectern-plain-$run" "$plain" -jar "$abs_jar")
    laot+=("$ms") laot_cpu+=("$cpu")
    read -r ms cpu < <(JAVA="$image_java" RUN_IN="$container" start_ms image-plain "$LESSON_PATH" "$work/image-plain-$run" \
      "$plain" "${entrypoint[@]}" --lectern.data.dir="$work/image-plain-$run/data" \
      --spring.datasource.url="$(default_database "$work/image-plain-$run/data")")
    iaot+=("$ms") iaot_cpu+=("$cpu")
    echo "run $run (wall / CPU ms): lectern, java -jar started plainly ${laot[-1]} / ${laot_cpu[-1]}," \
      "the image form started plainly ${iaot[-1]} / ${iaot_cpu[-1]} (load average $(cut -d' ' -f1 /proc/loadavg))" >&2
  fi
  if [ -n "${COMPOSE:-}" ]; then
    read -r ms cpu < <(compose_start compose-default "$container" "$run")
    cdef+=("$ms") cdef_cpu+=("$cpu")
    read -r ms cpu < <(compose_start compose-built "$work/container-compose" "$run")
    cbuilt+=("$ms") cbuilt_cpu+=("$cpu")
    grep -q 'Starting AOT-processed' "$work/compose-built-$run/compose-built.log" \
      || echo "note: the image built for compose's settings started without Spring AOT" >&2
    echo "run $run (wall / CPU ms), compose's settings: the default image ${cdef[-1]} / ${cdef_cpu[-1]}," \
      "the image built for them ${cbuilt[-1]} / ${cbuilt_cpu[-1]} (load average $(cut -d' ' -f1 /proc/loadavg))" >&2
  fi
done

b=$(median "${bare[@]}") bc=$(median "${bare_cpu[@]}")
# row LABEL WALLS CPUS [NOTE]: the medians of the two arrays named, with their ratios to the bare application's.
row() {
  local -n walls=$2 cpus=$3
  local w c
  w=$(median "${walls[@]}") c=$(median "${cpus[@]}")
  printf '  %-44s %6d ms (%s x bare)   %6d ms (%s x bare)%s\n' "$1" "$w" "$(ratio "$w" "$b")" "$c" "$(ratio "$c" "$bc")" \
    "${4:+   $4}"
}
echo "medians of $RUNS runs, java command to the first served page (load average $(cut -d' ' -f1-3 /proc/loadavg)):"
echo "                                               wall clock               CPU (user + system)"
printf '  %-44s %6d ms                %6d ms\n' "bare Spring Boot application:" "$b" "$bc"
row "Lectern, java -jar:" lectern lectern_cpu "target <= 1.2"
[ -z "${BEFORE:-}" ] || row "the build before, java -jar:" before before_cpu
row "Lectern as the image runs it (JDK $image_jdk, cache):" image image_cpu "target <= 0.6"
if [ -n "${SPRING_AOT:-}" ]; then
  row "Lectern, java -jar, settings not the build's:" laot laot_cpu
  row "the image form, settings not the build's:" iaot iaot_cpu
fi
if [ -n "${COMPOSE:-}" ]; then
  row "compose's settings, the default image:" cdef cdef_cpu
  row "compose's settings, the image built for them:" cbuilt cbuilt_cpu
fi

if [ -n "${STEPS:-}" ]; then
  # Spring's own record of start-up (BufferingApplicationStartup, which the portal keeps when asked),
  # read from the actuator: the ten longest steps, a bean's time including the beans it needed.
  dir="$work/steps"
  mkdir -p "$dir"
  # The management port of its own, as in deploy/, answers the actuator without a login.
  (cd "$dir" && exec java ${JAVA_OPTS:-} -Dlectern.startup.record=true -jar "$abs_jar" --server.address=127.0.0.1 \
    --server.port="$PORT" --management.server.port=$((PORT + 1)) --management.server.address=127.0.0.1 \
    --management.endpoints.web.exposure.include=startup,health) >"$dir/steps.log" 2>&1 &
  pid=$!
  POLL=0.05 wait_until_up "http://127.0.0.1:$PORT$LESSON_PATH" "$pid" "$dir/steps.log" 300
  curl -fsS "http://127.0.0.1:$((PORT + 1))/actuator/startup" >"$dir/steps.json"
  kill "$pid" && wait "$pid" 2>/dev/null || true
  echo "the ten longest start-up steps:"
  python3 - "$dir/steps.json" <<'PY'
import json, re, sys
events = json.load(open(sys.argv[1]))["timeline"]["events"]
def seconds(duration):
    parts = re.fullmatch(r"PT(?:([0-9]+)M)?([0-9.]+)S", duration)
    return int(parts.group(1) or 0) * 60 + float(parts.group(2)) if parts else 0.0
steps = []
for event in events:
    step = event["startupStep"]
    tags = ", ".join(tag["value"] for tag in step.get("tags", []) if tag["key"] in ("beanName", "beanType", "postProcessor"))
    steps.append((seconds(event["duration"]), step["name"], tags))
for took, name, tags in sorted(steps, reverse=True)[:10]:
    print(f"  {took:7.3f} s  {name}  {tags[:90]}")
PY
fi
