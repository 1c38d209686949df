#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs each libFuzzer target for SECONDS seconds (make fuzz, docs/fuzzing.md).
# Usage: sh fuzz/run.sh SECONDS TARGET...
# Seeds come from fuzz/corpus/TARGET/ (never written); inputs found on the way
# go to build/fuzz/work/TARGET/, a crashing, leaking, hanging or OOM input to
# build/fuzz/artifacts/. Fails at the first target that finds something.
set -u
cd "$(dirname "$0")/.."
secs=$1
shift
mkdir -p build/fuzz/artifacts
status=0
for t in "$@"; do
  mkdir -p "build/fuzz/work/$t"
  case $t in
    compile|run) extra="-dict=fuzz/fun.dict -max_len=16384" ;;
    *) extra="-max_len=4096" ;;
  esac
  echo "== fuzz $t: ${secs}s"
  # -timeout: one input may take 10 s (the run target's fuel ends any program
  # far sooner); -close_fd_mask=2: the program's stderr (error traces, eprint)
  # is dropped, libFuzzer's and the sanitizers' reports still appear.
  # shellcheck disable=SC2086
  ASAN_OPTIONS="${ASAN_OPTIONS:-quarantine_size_mb=32}" \
    "build/fuzz/fuzz_$t" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
    -close_fd_mask=2 -print_final_stats=1 $extra \
    -artifact_prefix="build/fuzz/artifacts/$t-" \
    "build/fuzz/work/$t" "fuzz/corpus/$t" >"build/fuzz/$t.log" 2>&1
  rc=$?
  grep -E '^#[0-9]+.*(DONE|INITED)|^stat::number_of_executed_units|^stat::peak_rss_mb' "build/fuzz/$t.log"
  if [ $rc -ne 0 ]; then
    echo "fuzz $t: FOUND A PROBLEM (exit $rc), log build/fuzz/$t.log:" >&2
    grep -E -A30 '^==[0-9]+==|ERROR: libFuzzer|^SUMMARY|Test unit written' "build/fuzz/$t.log" | head -60 >&2
    status=1
    break
  fi
done
exit $status
