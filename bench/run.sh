#!/usr/bin/env bash
# make bench: the CPU benchmarks (fib, loop, strings, arrays, sort, maps, calls,
# nbody, spectral) with this build, next to lua5.4 and python3 when installed.
# usage: bench/run.sh FUN_BINARY [BENCH ...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
fun=$(readlink -f "${1:-build/fun}")
shift || true
lib=$(readlink -f "$here/../lib")
if command -v hyperfine >/dev/null && command -v lua5.4 >/dev/null; then
  exec "$here/run_ref.sh" "$fun" "$lib" "$@"
fi
# fallback without hyperfine/lua: best of 3 wall-clock runs per interpreter
benches=${*:-"fib loop strings arrays sort maps maps200k calls nbody spectral"}
time_cmd() {
  local best=""
  for _ in 1 2 3; do
    local s e t
    s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
  done
  printf '%.3f' "$best"
}
cd "$here"
printf '| benchmark | fun s | lua5.4 s | python3 s |\n|---|---:|---:|---:|\n'
for b in $benches; do
  f=$(time_cmd "$fun" "$b.fun")
  l=-; command -v lua5.4 >/dev/null && l=$(time_cmd lua5.4 "$b.lua")
  p=-; command -v python3 >/dev/null && p=$(time_cmd python3 "$b.py")
  printf '| %s | %s | %s | %s |\n' "$b" "$f" "$l" "$p"
done
