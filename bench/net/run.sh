#!/usr/bin/env bash
# make bench, network part: many small HTTP GETs against a local server, the Fun
# cooperative scheduler (examples/io/fanout_http_client.fun) next to Python
# asyncio (bench/net/fanout_client.py) on the same machine, in the same run.
#   seq1000: 1 000 sequential GETs, a new connection each (fanout -c 1 -n 1000)
#   conc200: 200 concurrent GETs, a new connection each   (fanout -n 200)
# Server: bench/net/epoll_hello.c compiled to a temp dir (bench/net/asyncio_server.py
# when there is no C compiler), pinned to CPU 0 and the clients to CPU 1 when
# taskset and two CPUs are there. Figures: median of REPEATS runs after a warm-up;
# the Fun time is the client's own measurement (process start-up excluded, as
# for Python, which times inside one process).
# usage: bench/net/run.sh [FUN_BINARY] [REPEATS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
fun=$(readlink -f "${1:-$root/build/fun}")
reps=${2:-5}
py=${PYTHON:-python3}
tmp=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

pin_server=() pin_client=()
if command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then
  pin_server=(taskset -c 0) pin_client=(taskset -c 1)
fi
port=$("$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
if ${CC:-cc} -O2 -o "$tmp/epoll_hello" "$here/epoll_hello.c" 2>/dev/null; then
  server="C epoll_hello"
  "${pin_server[@]}" timeout 600 "$tmp/epoll_hello" "$port" 2>/dev/null &
else
  server="Python asyncio_server.py"
  "${pin_server[@]}" timeout 600 "$py" "$here/asyncio_server.py" "$port" 2>/dev/null &
fi
server_pid=$!
for _ in $(seq 100); do
  "$py" -c 'import socket,sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1).close()' "$port" 2>/dev/null && break
  sleep 0.05
done

url="http://127.0.0.1:$port/"
# fun_run ARGS...: one fanout run, prints its elapsed seconds; fails on a wrong result
fun_run() {
  local n=$1 out; shift
  out=$(FUN_LIB_DIR="$root/lib" "${pin_client[@]}" "$fun" "$root/examples/io/fanout_http_client.fun" -q -n "$n" "$@" "$url")
  case $out in
    "requests $n, ok $n, failed 0, body bytes $((n * 5)), "*) ;;
    *) echo "bench/net: bad result: $out" >&2; return 1 ;;
  esac
  echo "$out" | sed -E 's/.* ([0-9.]+) ms,.*/\1/' | awk '{ printf "%.4f\n", $1 / 1000 }'
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
fun_median() {
  fun_run "$@" >/dev/null # warm-up
  for _ in $(seq "$reps"); do fun_run "$@"; done | median
}

fun_seq=$(fun_median 1000 -c 1)
fun_conc=$(fun_median 200)
pyout=$("${pin_client[@]}" "$py" "$here/fanout_client.py" "$port" "$reps")
py_seq=$(echo "$pyout" | awk '$1 == "seq1000_newconn" { print $3 }')
py_conc=$(echo "$pyout" | awk '$1 == "conc200_newconn" { print $3 }')

echo
echo "Network: HTTP GETs, new connection each, server $server on 127.0.0.1, median of $reps"
printf '| scenario | Fun scheduler s | Python asyncio s | Fun speed-up |\n|---|---:|---:|---:|\n'
row() { awk -v n="$1" -v f="$2" -v p="$3" 'BEGIN { printf "| %s | %.4f | %.4f | %s |\n", n, f, p, (f > 0) ? sprintf("%.1fx", p / f) : "-" }'; }
row "1000 sequential GETs" "$fun_seq" "$py_seq"
row "200 concurrent GETs" "$fun_conc" "$py_conc"
