#!/bin/sh
# make demo: starts the event-loop HTTP server (examples/net/http_mt_server_cgi.fun)
# on a free loopback port with the bundled htdocs, runs the await-style client
# and the fan-out client against it (curl when a client is missing), prints
# what they received, and stops the server.
#   tools/demo.sh [path/to/fun]      (default build/fun)
set -u
cd "$(dirname "$0")/.." || exit 1
FUN=${1:-build/fun}
[ -x "$FUN" ] || { echo "demo: $FUN is not built (run make)" >&2; exit 1; }
export FUN_LIB_DIR="$PWD/lib${FUN_LIB_DIR:+:$FUN_LIB_DIR}"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/fun-demo.XXXXXX") || exit 1
SRV=""
cleanup() {
    [ -n "$SRV" ] && kill "$SRV" 2>/dev/null && wait "$SRV" 2>/dev/null
    rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== starting the event-loop server (examples/net/http_mt_server_cgi.fun, port 0 = a free port)"
"$FUN" examples/net/http_mt_server_cgi.fun 0 examples/net/htdocs >"$TMP/server.out" 2>"$TMP/server.err" &
SRV=$!
URL=""
i=0
while [ $i -lt 100 ]; do
    URL=$(grep -o 'http://[^ ]*' "$TMP/server.out" 2>/dev/null | head -n 1)
    [ -n "$URL" ] && break
    kill -0 "$SRV" 2>/dev/null || break
    sleep 0.1
    i=$((i + 1))
done
if [ -z "$URL" ]; then
    echo "demo: the server did not start" >&2
    cat "$TMP/server.err" >&2
    exit 1
fi
cat "$TMP/server.out"
HOSTPORT=${URL#http://}
HOSTPORT=${HOSTPORT%/}
HOST=${HOSTPORT%:*}
PORT=${HOSTPORT##*:}
STATUS=0

run() { # label, command...
    label=$1
    shift
    echo
    echo "== $label"
    echo "\$ $*"
    if command -v timeout >/dev/null 2>&1; then
        timeout 60 "$@"
    else
        "$@"
    fi
    rc=$?
    [ $rc -eq 0 ] || { echo "demo: exit status $rc" >&2; STATUS=1; }
}

if [ -f examples/io/await_http_client.fun ]; then
    run "await-style client (lib/async/scheduler.fun): GET /hello.fun?name=demo" \
        "$FUN" examples/io/await_http_client.fun "$HOST" "$PORT" "/hello.fun?name=demo"
    run "await-style client: GET /style.css" \
        "$FUN" examples/io/await_http_client.fun "$HOST" "$PORT" /style.css
elif command -v curl >/dev/null 2>&1; then
    run "curl (examples/io/await_http_client.fun is missing): GET /hello.fun?name=demo" \
        curl -s -i "${URL}hello.fun?name=demo"
fi

if [ -f examples/io/fanout_http_client.fun ]; then
    run "fan-out client: 6 URLs at once" \
        "$FUN" examples/io/fanout_http_client.fun "$URL" "${URL}style.css" "${URL}fun.png" \
        "${URL}hello.fun?name=fanout" "${URL}api/time" "${URL}missing.html"
    run "fan-out client: 500 requests, at most 50 connections at once" \
        "$FUN" examples/io/fanout_http_client.fun -q -n 100 -c 50 "$URL" "${URL}style.css" \
        "${URL}fun.png" "${URL}api/time" "${URL}index.html"
elif command -v curl >/dev/null 2>&1; then
    run "curl (examples/io/fanout_http_client.fun is missing): several URLs" \
        curl -s -w '\n-- %{http_code} %{size_download} bytes %{url_effective}\n' \
        "${URL}style.css" "${URL}api/time" "${URL}missing.html"
fi

echo
echo "== stopping the server"
kill "$SRV" 2>/dev/null
wait "$SRV" 2>/dev/null
SRV=""
if [ -s "$TMP/server.err" ]; then
    echo "server stderr:"
    cat "$TMP/server.err"
fi
echo "demo: done"
exit $STATUS
