#!/usr/bin/env bash
# make bench: 100 000 bound-parameter inserts in one transaction and reading
# them back as row Maps, this build next to Python's sqlite3 module (rows as
# dicts too). Best of 3, seconds. Skipped when the sqlite extension is not built.
# usage: bench/sqlite.sh FUN_BINARY [N]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
fun=$(readlink -f "${1:-build/fun}")
n=${2:-100000}
if ! "$fun" --version | grep -q '^extensions:.* sqlite'; then
  echo "sqlite bench skipped: the sqlite extension is not built"
  exit 0
fi
db=${TMPDIR:-/tmp}/fun-bench-sqlite-$$.db
trap 'rm -f "$db" "$db-journal"' EXIT
best() {
  local bi="" br=""
  for _ in 1 2 3; do
    rm -f "$db"
    read -r _ i _ r < <("$@" "$db" "$n" | sed -n 2p)
    if [ -z "$bi" ] || [ "$(echo "$i < $bi" | bc -l)" = 1 ]; then bi=$i; fi
    if [ -z "$br" ] || [ "$(echo "$r < $br" | bc -l)" = 1 ]; then br=$r; fi
  done
  printf '%.3f | %.3f' "$bi" "$br"
}
printf '| SQLite %s rows | insert s | read back s |\n|---|---:|---:|\n' "$n"
printf '| fun | %s |\n' "$(best "$fun" "$here/sqlite_bench.fun")"
printf '| python3 sqlite3 | %s |\n' "$(best python3 "$here/sqlite_bench.py")"
