#!/usr/bin/env bash
# The image's HEALTHCHECK: 0 when /actuator/health/readiness answers 200, else 1. Uses bash's
# /dev/tcp, so the image needs neither curl nor wget. The management port wins when it is set.
set -uo pipefail
port=${MANAGEMENT_SERVER_PORT:-${PORT:-8080}}
{ exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || exit 1
printf 'GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
read -r -t 4 _ status _ <&3 || exit 1
[ "$status" = 200 ]
