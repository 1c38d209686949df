#!/usr/bin/env bash
# make bench, HTTP servers: wrk against the Fun event-loop, task-per-connection and thread-pool
# servers (examples/net/http_mt_server.fun), a Python asyncio server (protocol
# and streams modes) and node's http module, at 100 and 1 000 connections.
# Servers are pinned to CPU 0 and wrk to CPU 1 when taskset is there.
# usage: bench/net/servers.sh [FUN_BINARY] [SECONDS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
fun=$(readlink -f "${1:-$root/build/fun}")
secs=${2:-5}
command -v wrk >/dev/null || { echo "servers.sh: wrk not installed (apt-get install wrk); skipped"; exit 0; }
pin_s=() pin_c=()
if command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then pin_s=(taskset -c 0) pin_c=(taskset -c 1); fi
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
start() { # name port cmd...
  local name=$1 port=$2; shift 2
  "${pin_s[@]}" timeout 600 "$@" >/dev/null 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do
    if python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null; then return 0; fi
    sleep 0.05
  done
  echo "servers.sh: $name did not start" >&2
  return 1
}
declare -a names ports
add() { local name=$1; shift; local port; port=$(free_port); start "$name" "$port" "${@/PORT/$port}" && { names+=("$name"); ports+=("$port"); }; }
add "Fun event loop" "$fun" "$root/examples/net/http_mt_server.fun" PORT
add "Fun task per connection" "$fun" "$root/examples/net/http_mt_server.fun" --tasks PORT
add "Fun 4 threads" "$fun" "$root/examples/net/http_mt_server.fun" --threads 4 PORT
add "Python asyncio (protocol)" python3 "$here/asyncio_server.py" PORT protocol
add "Python asyncio (streams)" python3 "$here/asyncio_server.py" PORT streams
command -v node >/dev/null && add "node http" node "$here/node_server.js" PORT
echo
echo "HTTP servers: wrk -t1 -d${secs}s, GET /, keep-alive (req/s, p99 latency)"
echo "| server | c=100 req/s | c=100 p99 | c=1000 req/s | c=1000 p99 |"
echo "|---|---:|---:|---:|---:|"
for i in "${!names[@]}"; do
  row="| ${names[$i]} |"
  for c in 100 1000; do
    out=$("${pin_c[@]}" wrk -t1 -c"$c" -d"${secs}s" --latency "http://127.0.0.1:${ports[$i]}/" 2>&1)
    rps=$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    row="$row ${rps:--} | ${p99:--} |"
  done
  echo "$row"
done
