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
