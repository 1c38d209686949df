#!/usr/bin/env bash
# make bench: the CPU benchmarks (bench/cpu.py: every NAME.fun next to NAME.lua
# under lua5.4 and luajit -joff, and NAME.py), CPU seconds and ratios.
# usage: bench/run.sh FUN_BINARY [BENCH ...]   (RUNS=5 by default; see bench/cpu.py)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
fun=$(readlink -f "${1:-build/fun}")
shift || true
export FUN_LIB_DIR=${FUN_LIB_DIR:-$(readlink -f "$here/../lib")}
if ! command -v lua5.4 >/dev/null; then
  echo "bench/run.sh: lua5.4 not found (apt-get install lua5.4 luajit)" >&2
  exit 2
fi
exec python3 "$here/cpu.py" "$fun" "$@"
