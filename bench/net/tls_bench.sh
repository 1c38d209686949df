#!/usr/bin/env bash
# TLS: handshakes per second (`openssl s_time -new`, a full handshake per
# connection, TLS 1.3, EC P-256 certificate) and HTTPS keep-alive requests per
# second (wrk), for the Fun task-per-connection responder (tls_server.fun)
# next to Python asyncio + ssl (tls_asyncio_server.py). Besides the client's
# rates it prints the server's CPU seconds (user+sys from /proc) per 1 000
# handshakes / requests, which a loaded machine distorts less than wall time.
# PIN=1 pins servers to CPU 0 and clients to CPU 1 (only useful on an idle machine).
# usage: bench/net/tls_bench.sh [FUN_BINARY] [SECONDS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
fun=$(readlink -f "${1:-$root/build/fun}")
secs=${2:-5}
"$fun" --version | grep -qw openssl || { echo "tls_bench.sh: fun built without openssl; skipped"; exit 0; }
dir=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$dir"; }
trap cleanup EXIT
ec=(-newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes)
openssl req -x509 "${ec[@]}" -keyout "$dir/key.pem" -out "$dir/cert.pem" -days 2 -subj /CN=localhost \
  -addext subjectAltName=DNS:localhost,IP:127.0.0.1 >/dev/null 2>&1
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }   # clock ticks, user + sys
hz=$(getconf CLK_TCK)
pin_s=() pin_c=()
if [ -n "${PIN:-}" ] && command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then pin_s=(taskset -c 0) pin_c=(taskset -c 1); fi

echo "TLS: handshakes/s (openssl s_time -new, ${secs}s) and HTTPS req/s (wrk -t1 -c50 keep-alive, ${secs}s)"
echo "| server | handshakes/s | server CPU s / 1000 handshakes | HTTPS req/s | server CPU s / 1000 req |"
echo "|---|---|---|---|---|"
run() { # name cmd... (PORT replaced)
  local name=$1; shift
  local port; port=$(free_port)
  "${pin_s[@]}" "${@/PORT/$port}" >/dev/null 2>&1 &
  local pid=$!
  pids+=("$pid")
  for _ in $(seq 100); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null && break
    sleep 0.05
  done
  local c0 c1 hs req
  c0=$(cpu "$pid")
  hs=$("${pin_c[@]}" openssl s_time -connect "127.0.0.1:$port" -new -time "$secs" 2>/dev/null |
       awk '/connections in [0-9.]+s;/ {print $1; exit}')
  c1=$(cpu "$pid")
  local hs_cpu; hs_cpu=$(awk -v a="$c0" -v b="$c1" -v n="$hs" -v hz="$hz" 'BEGIN{ if (n > 0) printf "%.3f", (b-a)/hz/n*1000; else print "-" }')
  local hs_rate; hs_rate=$(awk -v n="$hs" -v s="$secs" 'BEGIN{ printf "%.0f", n/s }')
  if [ -n "${NO_WRK:-}" ]; then
    echo "| $name | $hs_rate | $hs_cpu | - | - |"
    kill "$pid" 2>/dev/null || true
    return 0
  fi
  c0=$(cpu "$pid")
  req=$("${pin_c[@]}" wrk -t1 -c50 -d"${secs}s" "https://127.0.0.1:$port/" 2>/dev/null | awk '/Requests\/sec/ {print $2}')
  c1=$(cpu "$pid")
  local req_cpu; req_cpu=$(awk -v a="$c0" -v b="$c1" -v r="$req" -v s="$secs" -v hz="$hz" 'BEGIN{ if (r > 0) printf "%.3f", (b-a)/hz/(r*s)*1000; else print "-" }')
  echo "| $name | $hs_rate | $hs_cpu | ${req%.*} | $req_cpu |"
  kill "$pid" 2>/dev/null || true
}
run "Fun tasks (tls_server.fun)" "$fun" "$here/tls_server.fun" PORT "$dir/cert.pem" "$dir/key.pem"
run "Python asyncio + ssl" python3 "$here/tls_asyncio_server.py" PORT "$dir/cert.pem" "$dir/key.pem"
# a C reference point for the handshake column (it does not speak HTTP)
NO_WRK=1 run "openssl s_server (C, handshakes only)" openssl s_server -accept 127.0.0.1:PORT \
  -cert "$dir/cert.pem" -key "$dir/key.pem" -quiet
