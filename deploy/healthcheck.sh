#!/usr/bin/env bash
# The container's health check: asks /actuator/health, on the management port when one is
# set (MANAGEMENT_SERVER_PORT, as deploy/compose.yml sets it), else on the HTTP port. bash's /dev/tcp
# needs no curl or wget in the image. Exits 0 when the answer says UP.
set -euo pipefail
port="${MANAGEMENT_SERVER_PORT:-${SERVER_PORT:-8080}}"
address="${MANAGEMENT_SERVER_ADDRESS:-127.0.0.1}"
if [ -z "${MANAGEMENT_SERVER_PORT:-}" ] || [ "$address" = "0.0.0.0" ] || [ "$address" = "::" ]; then
  address=127.0.0.1
fi
exec 3<>"/dev/tcp/$address/$port"
printf 'GET /actuator/health HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
grep -q '"UP"' <&3
