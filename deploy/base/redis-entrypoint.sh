#!/bin/sh
# Like the official redis image: "redis-server ..." listens on every interface without protected mode
# (the compose network is private); anything else runs as given.
set -eu
if [ "${1:-}" = "redis-server" ]; then
  shift
  exec redis-server --bind '* -::*' --protected-mode no "$@"
fi
exec "$@"
