#!/usr/bin/env bash
# Writes the JVM's ahead-of-time cache that the image starts with (JDK 25: JEP 483, 514 and 515).
# Runs the portal once from the extracted jar in the current folder, on an in-memory database and a
# throw-away data folder, asks it for a lesson page, and stops it: the classes that start-up and a
# first page need are then in the cache already loaded and linked, with the profiles of their
# methods, so a start from the cache skips that work. The Dockerfile runs it when the image is
# built; bench/startup.sh runs the same to measure the image's start-up.
#
#   deploy/aot-training.sh app.aot          # in the folder holding the extracted app.jar
#   TRAINING_PORT=18080 deploy/aot-training.sh app.aot
set -euo pipefail
cache=$1
port=${TRAINING_PORT:-8080}
page=${TRAINING_PAGE:-/courses/aws-data-security/shared-responsibility}
data=$(mktemp -d)
java -XX:AOTCacheOutput="$cache" -jar app.jar --server.address=127.0.0.1 --server.port="$port" \
  --spring.datasource.url=jdbc:h2:mem:training --lectern.data.dir="$data" &
pid=$!

# answered: the page's status line says 200 (bash's /dev/tcp: the runtime image has no curl).
answered() {
  (
    exec 3<>"/dev/tcp/127.0.0.1/$port"
    printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$page" >&3
    head -1 <&3 | grep -q ' 200 '
  ) 2>/dev/null
}
until answered; do
  kill -0 "$pid" 2>/dev/null || { echo "the training start stopped before it served $page" >&2; exit 1; }
  sleep 1
done
# The cache is written as the JVM exits, which a SIGTERM lets it do (graceful shutdown).
kill "$pid"
wait "$pid" || true
rm -rf "$data"
[ -s "$cache" ] || { echo "no cache was written to $cache" >&2; exit 1; }
