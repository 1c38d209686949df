#!/usr/bin/env bash
# make bench: parse + stringify a generated ~20 MB JSON document with this
# build, Python's json module (C accelerator) and lua-cjson for Lua 5.4 when
# installed (Debian lua-cjson). Best of 3 runs of each step, CPU seconds.
# usage: bench/json.sh FUN_BINARY [MB]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
fun=$(readlink -f "${1:-build/fun}")
mb=${2:-20}
doc=${TMPDIR:-/tmp}/fun-bench-json-$mb.json
[ -s "$doc" ] || python3 "$here/json_gen.py" "$doc" "$mb"
best() { # best parse and stringify of 3 runs: CMD...
  local bp="" bs=""
  for _ in 1 2 3; do
    read -r _ p _ s < <("$@" "$doc" | sed -n 2p)
    if [ -z "$bp" ] || [ "$(echo "$p < $bp" | bc -l)" = 1 ]; then bp=$p; fi
    if [ -z "$bs" ] || [ "$(echo "$s < $bs" | bc -l)" = 1 ]; then bs=$s; fi
  done
  printf '%.3f | %.3f' "$bp" "$bs"
}
printf '| JSON %s MB | parse s | stringify s |\n|---|---:|---:|\n' "$mb"
printf '| fun | %s |\n' "$(best "$fun" "$here/json_bench.fun")"
printf '| python3 json | %s |\n' "$(best python3 "$here/json_bench.py")"
if command -v lua5.4 >/dev/null && lua5.4 -e 'require("cjson")' 2>/dev/null; then
  printf '| lua5.4 cjson | %s |\n' "$(best lua5.4 "$here/json_bench.lua")"
fi
