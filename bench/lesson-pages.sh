#!/usr/bin/env bash
# Lectern vs nginx serving the same lesson page, plus start-up time to the first served page.
# A benchmark, not a test: it prints figures and ratios measured in the same run.
#
#   bench/lesson-pages.sh                      # 2 threads, 64 connections, 15 s each
#   bench/lesson-pages.sh --port 19080         # or PORT=19080; nginx uses NGINX_PORT (18081)
#   DURATION=30s WARMUP=120s LESSON_PATH=/courses/x/y bench/lesson-pages.sh
#   JAR=/tmp/before.jar bench/lesson-pages.sh  # another build of the portal (before a change, say)
#   PROFILE=/tmp/prof bench/lesson-pages.sh    # also a JFR recording of each measured Lectern run
#
# Two pages are measured against nginx's: the lesson as a guest reads it (no cookie, the bytes
# nginx serves), and as a signed-in learner reads it: a bench learner registers through the
# portal's forms (bench/src/LearnerCookie.java) and every request carries their session cookie, so
# the portal splices in their own header and progress and notes their visit. After the guests'
# measured run the signed-in page gets its own warm-up (WARMUP_SIGNED_IN, 30 s) for its own code.
# With PROFILE, each measured Lectern run is recorded with JFR (settings=profile, which costs a
# few per cent of throughput) into PROFILE/guest.jfr and PROFILE/learner.jfr, and the hottest
# methods of each are printed (bench/src/HotMethods.java).
# Everything runs on the loopback address only. The load average is printed with each figure.
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/common.sh
port_from_args 18080 "$@"
NGINX_PORT=${NGINX_PORT:-18081}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-60s}
WARMUP_SIGNED_IN=${WARMUP_SIGNED_IN:-30s}
PROFILE=${PROFILE:-}
LESSON_PATH=${LESSON_PATH:-/courses/aws-data-security/shared-responsibility}

need() { command -v "$1" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need nginx nginx-light
need curl curl

# A port that already answers would be measured instead of the server started here.
busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$PORT" "$NGINX_PORT"; do
  if busy "$p"; then echo "port $p on 127.0.0.1 is in use: choose another (PORT, NGINX_PORT)" >&2; exit 1; fi
done

if [ -n "${JAR:-}" ]; then jar=$JAR; else packaged_jar; fi
[ -n "$PROFILE" ] && mkdir -p "$PROFILE"

work=$(mktemp -d)
chmod 755 "$work"   # nginx's workers run as an unprivileged user and must read the page
app_pid=""; nginx_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

url="http://127.0.0.1:$PORT$LESSON_PATH"
started=$(date +%s%N)
java -jar "$jar" --server.address=127.0.0.1 --server.port="$PORT" --spring.datasource.url=jdbc:h2:mem:bench >"$work/app.log" 2>&1 &
app_pid=$!
POLL=0.05 wait_until_up "$url" "$app_pid" "$work/app.log"
startup_ms=$(( ($(date +%s%N) - started) / 1000000 ))
curl -fsS -o "$work/index.html" "$url"

chmod 644 "$work/index.html"
cat >"$work/nginx.conf" <<CONF
daemon off;
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $work;
    location = $LESSON_PATH { default_type text/html; try_files /index.html =404; }
  }
}
CONF
nginx -c "$work/nginx.conf" -p "$work" -e "$work/nginx-error.log" &
nginx_pid=$!
POLL=0.05 wait_until_up "http://127.0.0.1:$NGINX_PORT$LESSON_PATH" "$nginx_pid" "$work/nginx-error.log"

# Warm the JVM up before measuring, as a long-running server would be: on two cores its JIT
# compiler needs about a minute under load to compile the request path.
wrk -t2 -c64 -d"$WARMUP" "$url" >/dev/null

run() { wrk -t2 -c64 -d"$DURATION" --latency "$@"; }
# run_recorded NAME WRK_ARGS...: a measured Lectern run, recorded into PROFILE/NAME.jfr when asked.
run_recorded() {
  local name=$1; shift
  [ -n "$PROFILE" ] && jcmd "$app_pid" JFR.start name="$name" settings=profile >/dev/null
  run "$@"
  if [ -n "$PROFILE" ]; then jcmd "$app_pid" JFR.stop name="$name" filename="$PROFILE/$name.jfr" >/dev/null; fi
}
load() { cut -d' ' -f1 /proc/loadavg; }
# cpu_ms PID...: the CPU time (user and system, every thread) the processes have used so far, in ms.
cpu_ms() {
  local ticks=0 pid
  for pid in "$@"; do ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat"))); done
  echo $((ticks * 1000 / $(getconf CLK_TCK)))
}
# nginx's master and its workers, which do the serving.
nginx_pids() { echo "$nginx_pid" $(ps -o pid= --ppid "$nginx_pid"); }

before=$(cpu_ms "$app_pid"); lectern=$(run_recorded guest "$url")
lectern_cpu=$(($(cpu_ms "$app_pid") - before)); lectern_load=$(load)
before=$(cpu_ms $(nginx_pids)); nginx=$(run "http://127.0.0.1:$NGINX_PORT$LESSON_PATH")
nginx_cpu=$(($(cpu_ms $(nginx_pids)) - before)); nginx_load=$(load)

# The signed-in learner: registered through the forms, then their cookie on every request.
javac -d "$work/classes" -sourcepath bench/src bench/src/LearnerCookie.java
cookie=$(java -cp "$work/classes" LearnerCookie "http://127.0.0.1:$PORT" bench-reader bench-lesson-pages-5R)
# Their page, not the guests': it offers to mark the lesson complete, with their CSRF token.
curl -fsS -H "Cookie: $cookie" -o "$work/learner.html" "$url"
grep -q 'action="/progress/completions"' "$work/learner.html" || { echo "the signed-in page is not the learner's own" >&2; exit 1; }
wrk -t2 -c64 -d"$WARMUP_SIGNED_IN" -H "Cookie: $cookie" "$url" >/dev/null
before=$(cpu_ms "$app_pid"); learner=$(run_recorded learner -H "Cookie: $cookie" "$url")
learner_cpu=$(($(cpu_ms "$app_pid") - before)); learner_load=$(load)
# Still signed in at the end: a session lost on the way would have measured guests' pages.
curl -fsS -H "Cookie: $cookie" "$url" | grep -q 'action="/progress/completions"' \
  || { echo "the learner was no longer signed in after the run" >&2; exit 1; }

rps() { awk '/^Requests\/sec/ {print $2}' <<<"$1"; }
p99() { awk '$1 == "99%" {print $2}' <<<"$1"; }
ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v / 1000; else if (v ~ /ms$/) printf "%.2f", v + 0; else printf "%.2f", v * 1000 }'; }

# Answers other than 2xx or 3xx (wrk counts them apart; a 500 page would otherwise look fast).
errors() { awk '/Non-2xx or 3xx responses/ {print $NF; found=1} END {if (!found) print 0}' <<<"$1"; }
l_rps=$(rps "$lectern"); n_rps=$(rps "$nginx"); s_rps=$(rps "$learner")
l_p99=$(ms "$(p99 "$lectern")"); n_p99=$(ms "$(p99 "$nginx")"); s_p99=$(ms "$(p99 "$learner")")
ratio=$(awk -v a="$l_rps" -v b="$n_rps" 'BEGIN { printf "%.1f", 100 * a / b }')
s_ratio=$(awk -v a="$s_rps" -v b="$n_rps" 'BEGIN { printf "%.1f", 100 * a / b }')
verdict() { if [ "$1" = 1 ]; then echo PASS; else echo MISS; fi; }

echo "page: $LESSON_PATH ($(wc -c <"$work/index.html") bytes; signed in $(wc -c <"$work/learner.html")), wrk -t2 -c64 -d$DURATION"
# CPU time per request: the server's whole process over the run (JFR's own share included when
# PROFILE is set), divided by the requests wrk counted. Unlike requests/s it hardly moves with the
# machine's other load, so nginx's over Lectern's is the ratio that travels between runs.
cpu_us() { awk -v ms="$1" '/requests in/ {printf "%.0f", 1000 * ms / $1}' <<<"$2"; }
l_cpu=$(cpu_us "$lectern_cpu" "$lectern"); n_cpu=$(cpu_us "$nginx_cpu" "$nginx"); s_cpu=$(cpu_us "$learner_cpu" "$learner")
printf '%-10s %12s %10s %8s %12s %14s\n' server "req/s" "p99 ms" errors "CPU us/req" "load average"
printf '%-10s %12s %10s %8s %12s %14s\n' lectern "$l_rps" "$l_p99" "$(errors "$lectern")" "$l_cpu" "$lectern_load"
printf '%-10s %12s %10s %8s %12s %14s\n' nginx "$n_rps" "$n_p99" "$(errors "$nginx")" "$n_cpu" "$nginx_load"
printf '%-10s %12s %10s %8s %12s %14s\n' signed-in "$s_rps" "$s_p99" "$(errors "$learner")" "$s_cpu" "$learner_load"
echo "CPU per request, nginx's over Lectern's: guests $(awk -v n="$n_cpu" -v l="$l_cpu" 'BEGIN { printf "%.1f", 100 * n / l }')%," \
  "a signed-in learner $(awk -v n="$n_cpu" -v l="$s_cpu" 'BEGIN { printf "%.1f", 100 * n / l }')%"
echo "lectern/nginx, guests: $ratio% (target >= 30%): $(verdict "$(awk -v r="$ratio" 'BEGIN{print (r >= 30)}')")"
echo "lectern p99, guests: $l_p99 ms (target <= 15 ms): $(verdict "$(awk -v p="$l_p99" 'BEGIN{print (p <= 15)}')")"
echo "lectern/nginx, a signed-in learner: $s_ratio% (target >= 20%): $(verdict "$(awk -v r="$s_ratio" 'BEGIN{print (r >= 20)}')")"
echo "start-up to first page: $startup_ms ms (target <= 5000 ms): $(verdict "$(awk -v s="$startup_ms" 'BEGIN{print (s <= 5000)}')")"
if [ -n "$PROFILE" ]; then
  for name in guest learner; do
    echo; echo "== $name: hottest methods ($PROFILE/$name.jfr)"
    java bench/src/HotMethods.java "$PROFILE/$name.jfr" 25
  done
fi
