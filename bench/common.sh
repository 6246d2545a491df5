# Shared by the benchmark scripts, which source it.

# port_from_args DEFAULT [ARGS...]: sets PORT from --port N or --port=N, else from the PORT
# variable, else DEFAULT.
port_from_args() {
  PORT=${PORT:-$1}
  shift
  while [ $# -gt 0 ]; do
    case "$1" in
      --port) PORT=$2; shift 2 ;;
      --port=*) PORT=${1#--port=}; shift ;;
      *) echo "usage: $0 [--port N]" >&2; exit 2 ;;
    esac
  done
}

# need_curl: installs curl if it is missing (the scripts drive the portal with it).
need_curl() {
  command -v curl >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl >/dev/null; }
}

# wait_until_up URL PID LOG [LIMIT_S]: waits until URL answers 2xx, asking every POLL seconds (default
# 0.2). Stops the script, with the end of LOG, when the process PID ends first or LIMIT_S seconds pass.
wait_until_up() {
  local url=$1 pid=$2 log=$3 limit=${4:-0} began=$SECONDS
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -60 "$log" >&2; echo "$url: the process stopped before it answered" >&2; exit 1
    fi
    if [ "$limit" -gt 0 ] && [ $((SECONDS - began)) -ge "$limit" ]; then
      tail -60 "$log" >&2; echo "$url: no answer after $limit s" >&2; exit 1
    fi
    sleep "${POLL:-0.2}"
  done
}

# port_must_be_free: a port that already answers would be measured instead of the server started here.
port_must_be_free() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    echo "port $PORT on 127.0.0.1 is in use: choose another (--port or PORT)" >&2; exit 1
  fi
}

# default_database DIR: the portal's own default database URL, from application.properties, with its
# file in DIR instead of ./data: a bench measures the settings a newcomer runs, whatever they become.
default_database() {
  local url
  url=$(sed -n 's/^spring\.datasource\.url=//p' src/main/resources/application.properties)
  echo "${url/.\/data/$1}"
}

# packaged_jar: sets jar to the packaged portal, building it first if there is none.
packaged_jar() {
  jar=$(ls target/lectern-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
  if [ -z "$jar" ]; then
    ./mvnw -B -q -ntp -DskipTests package
    jar=$(ls target/lectern-*.jar | grep -v '\.original$' | head -1)
  fi
}

# quiz_content DEST QUESTIONS: the bundled course copied to DEST, with its quiz
# shared-responsibility-check opened to unlimited attempts (a bench learner submits thousands) and
# padded to QUESTIONS questions by repeating its own under new ids (<id>-copy2, <id>-copy3, ...).
quiz_content() {
  local dest=$1 want=$2 quiz_file
  cp -r src/main/resources/content "$dest"
  quiz_file="$dest/aws-data-security/shared-responsibility.quiz.yml"
  awk -v want="$want" '
    /^attempts:/ { print "attempts: unlimited"; next }
    !in_questions { print; if ($0 == "questions:") in_questions = 1; next }
    /^  - id: / { n++ }
    n > 0 { block[n] = block[n] $0 "\n" }
    END {
      for (i = 0; i < want; i++) {
        k = i % n + 1; copy = int(i / n) + 1; text = block[k]
        if (copy > 1) sub(/^  - id: [^\n]*/, "&-copy" copy, text)
        printf "%s", text
      }
    }' "$quiz_file" >"$quiz_file.new"
  mv "$quiz_file.new" "$quiz_file"
}

# start_postgres PORT: a PostgreSQL server of the test classpath's embedded binaries
# (bench/src/PostgresServer.java) on PORT, in the background, with a database "lectern"; returns once it
# is ready, with pg_url its address and pg_pid its process. Its log and classes go in $work.
start_postgres() {
  ./mvnw -B -q -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt" >/dev/null
  # -proc:none: the test classpath carries annotation processors that would write into target/.
  javac -proc:none -d "$work/postgres-server" -cp "$(cat "$work/classpath.txt")" bench/src/PostgresServer.java
  java -cp "$(cat "$work/classpath.txt"):$work/postgres-server" PostgresServer "$1" >"$work/postgres.log" 2>&1 &
  pg_pid=$!
  until grep -qs '^READY ' "$work/postgres.log"; do
    kill -0 "$pg_pid" 2>/dev/null || { cat "$work/postgres.log" >&2; echo "PostgreSQL did not start" >&2; exit 1; }
    sleep 0.5
  done
  pg_url=$(sed -n 's/^READY //p' "$work/postgres.log")
}

# work_folder: a new temporary folder in $work and, at exit, every process the script still has
# running in the background stopped, the newest first (so an app stops before the database it
# uses), then the folder removed; KEEP=1 keeps it (database, content, logs) and says where.
work_folder() {
  work=$(mktemp -d)
  trap stop_and_clean_up EXIT
}

stop_and_clean_up() {
  local running i
  mapfile -t running < <(jobs -p)
  for ((i = ${#running[@]} - 1; i >= 0; i--)); do kill "${running[i]}" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ -n "${KEEP:-}" ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
}
