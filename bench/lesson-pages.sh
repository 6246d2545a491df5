#!/usr/bin/env bash
# Lectern vs nginx serving the same lesson page, plus start-up time to the first served page.
# A benchmark, not a test: it prints figures and ratios measured in the same run.
#
#   bench/lesson-pages.sh                      # 2 threads, 64 connections, 15 s each
#   bench/lesson-pages.sh --port 19080         # or PORT=19080; nginx uses NGINX_PORT (18081)
#   DURATION=30s WARMUP=120s LESSON_PATH=/courses/x/y bench/lesson-pages.sh
# Everything runs on the loopback address only.
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/common.sh
port_from_args 18080 "$@"
NGINX_PORT=${NGINX_PORT:-18081}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-60s}
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

jar=$(ls target/lectern-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
if [ -z "$jar" ]; then
  ./mvnw -B -q -ntp -DskipTests package
  jar=$(ls target/lectern-*.jar | grep -v '\.original$' | head -1)
fi

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

run() { wrk -t2 -c64 -d"$DURATION" --latency "$1"; }
lectern=$(run "$url")
nginx=$(run "http://127.0.0.1:$NGINX_PORT$LESSON_PATH")

rps() { awk '/^Requests\/sec/ {print $2}' <<<"$1"; }
p99() { awk '$1 == "99%" {print $2}' <<<"$1"; }
ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v / 1000; else if (v ~ /ms$/) printf "%.2f", v + 0; else printf "%.2f", v * 1000 }'; }

l_rps=$(rps "$lectern"); n_rps=$(rps "$nginx")
l_p99=$(ms "$(p99 "$lectern")"); n_p99=$(ms "$(p99 "$nginx")")
ratio=$(awk -v a="$l_rps" -v b="$n_rps" 'BEGIN { printf "%.1f", 100 * a / b }')
verdict() { if [ "$1" = 1 ]; then echo PASS; else echo MISS; fi; }

echo "page: $LESSON_PATH ($(wc -c <"$work/index.html") bytes), wrk -t2 -c64 -d$DURATION"
printf '%-8s %12s %10s\n' server "req/s" "p99 ms"
printf '%-8s %12s %10s\n' lectern "$l_rps" "$l_p99"
printf '%-8s %12s %10s\n' nginx "$n_rps" "$n_p99"
echo "lectern/nginx: $ratio% (target >= 30%): $(verdict "$(awk -v r="$ratio" 'BEGIN{print (r >= 30)}')")"
echo "lectern p99: $l_p99 ms (target <= 15 ms): $(verdict "$(awk -v p="$l_p99" 'BEGIN{print (p <= 15)}')")"
echo "start-up to first page: $startup_ms ms (target <= 5000 ms): $(verdict "$(awk -v s="$startup_ms" 'BEGIN{print (s <= 5000)}')")"
