#!/usr/bin/env bash
# make bench, HTTP servers: wrk against the Fun event-loop, task-per-connection and thread-pool
# servers (examples/net/http_mt_server.fun; bench/net/hello_server.fun for the
# handler row), a Python asyncio server (protocol and streams modes) and node's
# http module, at 100 and 1 000 connections, with the server's CPU time per
# 100 000 requests (utime + stime from /proc/PID/stat). Then the general path
# (--no-cache and the handler) against asyncio's Protocol server, interleaved,
# medians of ROUNDS (default 5) runs.
# Servers are pinned to CPU 0 and wrk to CPU 1 when taskset is there.
# "--no-cache" is the general path: no per-second file cache or response memo,
# every request parsed, mapped, stat'ed, opened and read.
# Then every core: --threads N (N event loops) for N = 1 and 2, unpinned,
# wrk -t1 -c100, cached and general (--no-cache) paths: requests/s and the
# server's CPU time per 100 000 requests (utime + stime of the whole
# process, /proc/PID/stat).
# usage: [ROUNDS=N] bench/net/servers.sh [FUN_BINARY] [SECONDS]
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
declare -a names ports spids
# the server's own pid (timeout's child), for its CPU time
server_pid() { local c; c=$(pgrep -P "$1" | head -1); echo "${c:-$1}"; }
add() {
  local name=$1; shift; local port; port=$(free_port)
  start "$name" "$port" "${@/PORT/$port}" || return 0
  names+=("$name"); ports+=("$port"); spids+=("$(server_pid "${pids[-1]}")")
}
hz=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# cpu_per_100k T0 T1 REQUESTS: CPU ms per 100 000 requests between two
# cpu_ticks readings ("-" when no request was served)
cpu_per_100k() {
  awk -v a="$1" -v b="$2" -v q="$3" -v hz="$hz" \
    'BEGIN { if (q > 0) printf "%.0f", (b - a) * 1000 / hz * 100000 / q; else print "-" }'
}
# measure I C: wrk against server I at C connections; sets rps, p99 and cpu
# (the server's utime + stime in ms per 100 000 requests)
measure() {
  local i=$1 c=$2 t0 t1 out reqs
  t0=$(cpu_ticks "${spids[$i]}")
  out=$("${pin_c[@]}" wrk -t1 -c"$c" -d"${secs}s" --latency "http://127.0.0.1:${ports[$i]}/" 2>&1)
  t1=$(cpu_ticks "${spids[$i]}")
  reqs=$(echo "$out" | awk '/requests in/ { print $1 }')
  rps=$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  cpu=$(cpu_per_100k "$t0" "$t1" "${reqs:-0}")
}
add "Fun event loop" "$fun" "$root/examples/net/http_mt_server.fun" PORT
add "Fun event loop --no-cache" "$fun" "$root/examples/net/http_mt_server.fun" --no-cache PORT
add "Fun event loop, handler" "$fun" "$here/hello_server.fun" PORT
add "Fun task per connection" "$fun" "$root/examples/net/http_mt_server.fun" --tasks PORT
add "Fun thread pool (--pool 4)" "$fun" "$root/examples/net/http_mt_server.fun" --pool 4 PORT
add "Python asyncio (protocol)" python3 "$here/asyncio_server.py" PORT protocol
add "Python asyncio (streams)" python3 "$here/asyncio_server.py" PORT streams
command -v node >/dev/null && add "node http" node "$here/node_server.js" PORT
echo
echo "HTTP servers: wrk -t1 -d${secs}s, GET /, keep-alive (req/s, p99 latency, server CPU ms per 100k requests)"
echo "| server | c=100 req/s | c=100 p99 | c=100 CPU | c=1000 req/s | c=1000 p99 | c=1000 CPU |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for i in "${!names[@]}"; do
  row="| ${names[$i]} |"
  for c in 100 1000; do
    measure "$i" "$c"
    row="$row ${rps:--} | ${p99:--} | ${cpu} |"
  done
  echo "$row"
done

# the general path against asyncio, interleaved in one run (the load of a
# shared machine moves req/s; CPU per request moves less): ROUNDS rounds of
# each at 100 and 1 000 connections, medians
rounds=${ROUNDS:-5}
gen=()
for i in "${!names[@]}"; do
  case "${names[$i]}" in
    "Fun event loop --no-cache"|"Fun event loop, handler"|"Python asyncio (protocol)") gen+=("$i") ;;
  esac
done
declare -A got
for r in $(seq "$rounds"); do
  for c in 100 1000; do
    for i in "${gen[@]}"; do
      measure "$i" "$c"
      got[$i,$c,rps]+="${rps:-0} "
      got[$i,$c,cpu]+="${cpu} "
    done
  done
done
median() { tr ' ' '\n' | grep -v '^$' | grep -v -- '-' | sort -n | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)]; else print "-" }'; }
echo
echo "General path against asyncio, interleaved: medians of $rounds wrk -t1 -d${secs}s runs each"
echo "(--no-cache: every GET / maps the path, stats, opens and reads index.html;"
echo "handler: bench/net/hello_server.fun, asyncio_server.py's answer from a route)"
echo "| server | c=100 req/s | c=100 CPU ms/100k | c=1000 req/s | c=1000 CPU ms/100k |"
echo "|---|---:|---:|---:|---:|"
for i in "${gen[@]}"; do
  row="| ${names[$i]} |"
  for c in 100 1000; do
    row="$row $(echo "${got[$i,$c,rps]}" | median) | $(echo "${got[$i,$c,cpu]}" | median) |"
  done
  echo "$row"
done

# every core: N event loops, each with its own SO_REUSEPORT socket. wrk -t1
# needs a core of its own: with the cached path it is the bottleneck (the
# server's cost per request is about wrk's), so N = 2 only shares the two
# cores with it; the general path (--no-cache) makes the server the
# bottleneck, which is where a second loop must pay. ROUNDS rounds of each,
# interleaved, medians.
for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
wait 2>/dev/null || true
pids=()
# thread_run MODE N: one wrk run against --threads N (MODE: "" or --no-cache);
# sets rps and cpu (utime + stime of the whole process per 100 000 requests)
thread_run() {
  local mode=$1 n=$2 port pid spid t0 t1 out reqs
  port=$(free_port)
  # shellcheck disable=SC2086
  timeout 600 "$fun" "$root/examples/net/http_mt_server.fun" $mode --threads "$n" "$port" >/dev/null 2>&1 &
  pid=$!
  pids+=("$pid")
  for _ in $(seq 100); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null && break
    sleep 0.05
  done
  # the fun process is timeout's child
  spid=$(pgrep -P "$pid" | head -1)
  spid=${spid:-$pid}
  t0=$(cpu_ticks "$spid")
  out=$(wrk -t1 -c100 -d"${secs}s" "http://127.0.0.1:$port/" 2>&1)
  t1=$(cpu_ticks "$spid")
  reqs=$(echo "$out" | awk '/requests in/ { print $1 }')
  rps=$(echo "$out" | awk '/Requests\/sec/ { printf "%.0f", $2 }')
  cpu=$(cpu_per_100k "$t0" "$t1" "${reqs:-0}")
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
declare -A thr
for r in $(seq "$rounds"); do
  for mode in "" "--no-cache"; do
    for n in 1 2; do
      thread_run "$mode" "$n"
      thr[$mode,$n,rps]+="${rps:-0} "
      thr[$mode,$n,cpu]+="${cpu} "
    done
  done
done
echo
echo "Every core: --threads N, wrk -t1 -c100 -d${secs}s, GET /, unpinned ($(nproc) CPUs), medians of $rounds"
echo "| path | N | req/s | server CPU ms per 100k requests | req/s vs N=1 | CPU vs N=1 |"
echo "|---|---:|---:|---:|---:|---:|"
for mode in "" "--no-cache"; do
  r1=$(echo "${thr[$mode,1,rps]}" | median)
  c1=$(echo "${thr[$mode,1,cpu]}" | median)
  for n in 1 2; do
    rn=$(echo "${thr[$mode,$n,rps]}" | median)
    cn=$(echo "${thr[$mode,$n,cpu]}" | median)
    awk -v m="${mode:-cached}" -v n="$n" -v r="$rn" -v c="$cn" -v r1="$r1" -v c1="$c1" \
      'BEGIN { printf "| %s | %d | %s | %s | %.2fx | %+.0f%% |\n", m, n, r, c, r / r1, (c / c1 - 1) * 100 }'
  done
done
