#!/usr/bin/env bash
# make bench, tasks and fibers: what a parked task costs, whether idle tasks
# slow a busy pair down, coroutine switching next to Lua 5.4, many concurrent
# GETs next to Python asyncio streams, and the task-per-connection HTTP server
# next to the event-loop one. Everything talks to 127.0.0.1 only.
# usage: bench/tasks/run.sh [FUN_BINARY]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
fun=$(readlink -f "${1:-$root/build/fun}")
py=${PYTHON:-python3}
tmp=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT
field() { sed -n "s/.* $1 \([0-9]*\).*/\1/p"; }
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

echo "Tasks: 100 000 parked (bytes per task = RSS growth / N; CPU ms to spawn and park)"
printf '| runtime | bytes/task | ms |\n|---|---:|---:|\n'
out=$("$fun" "$here/park.fun" 100000); printf '| Fun tasks | %s | %s |\n' "$(echo "$out" | field bytes_per_task)" "$(echo "$out" | field ms)"
out=$("$py" "$here/park.py" 100000); printf '| Python asyncio | %s | %s |\n' "$(echo "$out" | field bytes_per_task)" "$(echo "$out" | field ms)"
if command -v lua5.4 >/dev/null; then
  out=$(lua5.4 "$here/park.lua" 100000); printf '| Lua 5.4 coroutines | %s | %s |\n' "$(echo "$out" | field bytes_per_task)" "$(echo "$out" | field ms)"
fi
echo
echo "Ping-pong: 20 000 round trips between two tasks, with and without 10 000 idle tasks"
a=$("$fun" "$here/pingpong.fun" 20000 0 | field ms)
b=$("$fun" "$here/pingpong.fun" 20000 10000 | field ms)
echo "no idle tasks: ${a} ms; 10 000 idle tasks: ${b} ms; ratio $(awk "BEGIN{printf \"%.2f\", $b / ($a > 0 ? $a : 1)}")"
echo
echo "Coroutines: bench/fibers (100k chained fibers, then 1M resume/yield round trips)"
t0=$(date +%s.%N); "$fun" "$root/bench/fibers.fun" >/dev/null; t1=$(date +%s.%N)
line="Fun $(awk "BEGIN{printf \"%.3f\", $t1 - $t0}") s"
if command -v lua5.4 >/dev/null; then
  t0=$(date +%s.%N); lua5.4 "$root/bench/fibers.lua" >/dev/null; t1=$(date +%s.%N)
  line="$line; lua5.4 $(awk "BEGIN{printf \"%.3f\", $t1 - $t0}") s"
fi
t0=$(date +%s.%N); "$py" "$root/bench/fibers.py" >/dev/null; t1=$(date +%s.%N)
echo "$line; python3 $(awk "BEGIN{printf \"%.3f\", $t1 - $t0}") s"
echo
port=$("$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
if ${CC:-cc} -O2 -o "$tmp/epoll_hello" "$root/bench/net/epoll_hello.c" 2>/dev/null; then
  timeout 600 "$tmp/epoll_hello" "$port" >/dev/null 2>&1 &
  pids+=($!)
  sleep 0.3
  echo "Concurrent GETs against the C epoll server (a new connection each)"
  printf '| requests | Fun tasks ms | Python asyncio streams ms |\n|---:|---:|---:|\n'
  for n in 1000 10000; do
    f=$("$fun" "$here/get_many.fun" "$port" "$n" | field ms)
    p=$("$py" "$here/get_many.py" "$port" "$n" | field ms)
    printf '| %s | %s | %s |\n' "$n" "$f" "$p"
  done
  echo
fi
if command -v wrk >/dev/null; then
  echo "HTTP server, wrk -t1 -d5s at 1 000 connections (req/s) and 10 000 keep-alive connections (errors)"
  for mode in events tasks; do
    p=$("$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    flag=(); [ "$mode" = tasks ] && flag=(--tasks)
    timeout 600 "$fun" "$root/examples/net/http_mt_server.fun" "${flag[@]}" --max-conns 20000 "$p" >/dev/null 2>&1 &
    pids+=($!)
    sleep 0.5
    r=$(wrk -t1 -c1000 -d5s "http://127.0.0.1:$p/" 2>&1 | sed -n 's/Requests\/sec: *//p')
    e=$(wrk -t1 -c10000 -d5s "http://127.0.0.1:$p/" 2>&1 | grep -E "Socket errors|Non-2xx" || echo "no errors")
    echo "$mode: ${r} req/s at 1 000; 10 000 connections: ${e}"
  done
fi
