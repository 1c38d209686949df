// SPDX-License-Identifier: MIT
// Redis over our own sockets with the RESP protocol (docs/redis.md): the
// reference's redis_connect / redis_cmd / redis_close with the same results
// (it used hiredis; no library is needed here), binary-safe Array commands,
// pipelining, and non-blocking steps for tasks (lib/net/redis.fun):
//   redis_send(h, cmd) queues, redis_flush(h) writes what it can,
//   redis_poll_reply(h) reads what is there and parses one reply.
// Replies: status and bulk strings give Strings, integers Ints, nil bulks and
// nil arrays nil, arrays Arrays, an error reply its text as a String (as the
// reference; redis_last_error(h) tells them apart). RESP3 types (after HELLO 3)
// are read too: maps give Maps, sets Arrays, doubles Floats, booleans 1/0.
#include "lib.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

#include "../loop.h"

#define CONNECT_MS 2000            // the reference's connect timeout
#define MAX_DEPTH 64               // nesting of aggregate replies we accept
#define MAX_BULK (512LL << 20)     // Redis's own limit on a bulk string
#define MAX_ELEMS (64LL << 20)

typedef struct {
    pthread_mutex_t lock; // one call at a time per connection
    int fd;               // -1 once closed or broken
    char *in;             // received bytes not parsed yet: in[pos..len)
    size_t pos, len, cap;
    char *out;            // encoded commands not written yet: out[opos..olen)
    size_t opos, olen, ocap;
    char err[256];        // text of the last error reply or failure, "" if none
} Conn;

static pthread_mutex_t conns_lock = PTHREAD_MUTEX_INITIALIZER;
static Conn **conns; // by handle - 1; never freed, so handles are never reused
static size_t nconns, conns_cap;

// The connection of handle v (Int, or Bool as 0/1 like the reference),
// locked; NULL for a bad or closed handle.
static Conn *conn_get(Value v)
{
    int64_t id = IS_INT(v) ? AS_INT(v) : IS_BOOL(v) ? (AS_BOOL(v) ? 1 : 0) : 0;
    Conn *c = NULL;
    pthread_mutex_lock(&conns_lock);
    if (id >= 1 && (size_t)id <= nconns)
        c = conns[id - 1];
    pthread_mutex_unlock(&conns_lock);
    if (!c)
        return NULL;
    pthread_mutex_lock(&c->lock);
    if (c->fd < 0) {
        pthread_mutex_unlock(&c->lock);
        return NULL;
    }
    return c;
}

static void conn_release(Conn *c) { pthread_mutex_unlock(&c->lock); }

// The connection is unusable (I/O error, end of stream, protocol error):
// the fd goes, later calls on the handle answer nil.
static void conn_break(Conn *c, const char *why)
{
    snprintf(c->err, sizeof c->err, "%s", why);
    if (c->fd >= 0) {
        loop_fd_closing(c->fd);
        close(c->fd);
    }
    c->fd = -1;
    c->pos = c->len = c->opos = c->olen = 0;
}

// ---- connecting

static int connect_timeout(const char *host, int64_t port, char *why, size_t cap)
{
    if (port <= 0 || port > 65535) {
        snprintf(why, cap, "invalid port %lld", (long long)port);
        return -1;
    }
    char service[16];
    snprintf(service, sizeof service, "%d", (int)port);
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICSERV;
    if (getaddrinfo(host, service, &hints, &res) != 0 || !res) {
        snprintf(why, cap, "unknown host '%s'", host);
        return -1;
    }
    int err = ECONNREFUSED;
    for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
        int fd = socket(ai->ai_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        if (fd < 0) {
            err = errno;
            continue;
        }
        int rc = connect(fd, ai->ai_addr, ai->ai_addrlen);
        if (rc < 0 && (errno == EINPROGRESS || errno == EINTR)) {
            struct pollfd p = {.fd = fd, .events = POLLOUT, .revents = 0};
            int n;
            do n = poll(&p, 1, CONNECT_MS);
            while (n < 0 && errno == EINTR);
            socklen_t len = sizeof err;
            if (n == 0) {
                err = ETIMEDOUT;
            } else if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0) {
                err = errno;
            }
            rc = err == 0 ? 0 : -1;
        } else if (rc < 0) {
            err = errno;
        }
        if (rc == 0) {
            int one = 1;
            setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            freeaddrinfo(res);
            return fd;
        }
        close(fd);
    }
    freeaddrinfo(res);
    snprintf(why, cap, "%s", strerror(err));
    if (why[0] >= 'A' && why[0] <= 'Z')
        why[0] = (char)(why[0] - 'A' + 'a');
    return -1;
}

// Text of the connect failure of the latest redis_connect (this thread).
static _Thread_local char connect_error[256];

// redis_connect(host, port) -> Int handle 1, 2, ... or 0 (refused, unknown
// host, 2 s timeout: redis_last_error(0) says which). host = to_string(arg);
// port must be an Int.
static bool rd_connect(VM *vm, int argc, Value *args, Value *out)
{
    *out = INT_VAL(0);
    StrBuf sb;
    sb_init(&sb);
    if (!val_display(vm, &sb, args[0])) {
        sb_free(&sb);
        return false;
    }
    sb_putc(&sb, '\0');
    int64_t port = IS_INT(args[1]) ? AS_INT(args[1]) : 0;
    fflush(stdout);
    int fd = connect_timeout(sb.data, port, connect_error, sizeof connect_error);
    sb_free(&sb);
    if (fd < 0)
        return true;
    connect_error[0] = '\0';
    Conn *c = fun_malloc(sizeof *c);
    memset(c, 0, sizeof *c);
    pthread_mutex_init(&c->lock, NULL);
    c->fd = fd;
    pthread_mutex_lock(&conns_lock);
    if (nconns == conns_cap) {
        conns_cap = conns_cap ? conns_cap * 2 : 16;
        conns = fun_realloc(conns, conns_cap * sizeof *conns);
    }
    conns[nconns++] = c;
    *out = INT_VAL((int64_t)nconns);
    pthread_mutex_unlock(&conns_lock);
    return true;
}

// ---- encoding commands

static void out_put(Conn *c, const char *s, size_t n)
{
    if (c->opos == c->olen)
        c->opos = c->olen = 0;
    if (c->olen + n > c->ocap) {
        size_t cap = c->ocap ? c->ocap : 256;
        while (cap < c->olen + n)
            cap *= 2;
        c->out = fun_realloc(c->out, cap);
        c->ocap = cap;
    }
    memcpy(c->out + c->olen, s, n);
    c->olen += n;
}

static void out_bulk(Conn *c, const char *s, size_t n)
{
    char head[32];
    int k = snprintf(head, sizeof head, "$%zu\r\n", n);
    out_put(c, head, (size_t)k);
    out_put(c, s, n);
    out_put(c, "\r\n", 2);
}

// Appends cmd to the output: a String split on spaces as hiredis does (runs
// of spaces separate words, no quoting), or an Array of arguments sent as
// they are (binary safe; each element as to_string gives it). Returns the
// number of arguments (0: nothing queued), -1 after raising an error.
static int encode(VM *vm, Conn *c, Value cmd)
{
    if (IS_ARRAY(cmd)) {
        ObjArray *a = AS_ARRAY(cmd);
        if (a->count == 0)
            return 0;
        char head[32];
        int k = snprintf(head, sizeof head, "*%zu\r\n", (size_t)a->count);
        size_t mark = c->olen;
        out_put(c, head, (size_t)k);
        for (size_t i = 0; i < a->count; i++) {
            Value v = a->items[i];
            if (IS_STRING(v)) {
                out_bulk(c, AS_CSTRING(v), AS_STRING(v)->len);
                continue;
            }
            StrBuf sb;
            sb_init(&sb);
            if (!val_display(vm, &sb, v)) {
                sb_free(&sb);
                c->olen = mark;
                return -1;
            }
            out_bulk(c, sb.data ? sb.data : "", sb.len);
            sb_free(&sb);
        }
        return (int)a->count;
    }
    StrBuf sb;
    sb_init(&sb);
    const char *s;
    size_t n;
    if (IS_STRING(cmd)) {
        s = AS_CSTRING(cmd);
        n = AS_STRING(cmd)->len;
    } else {
        if (!val_display(vm, &sb, cmd)) {
            sb_free(&sb);
            return -1;
        }
        s = sb.data ? sb.data : "";
        n = sb.len;
    }
    const char *nul = memchr(s, '\0', n); // the reference sends a C string
    if (nul)
        n = (size_t)(nul - s);
    size_t words = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && s[i] == ' ')
            i++;
        if (i < n)
            words++;
        while (i < n && s[i] != ' ')
            i++;
    }
    if (words > 0) {
        char head[32];
        int k = snprintf(head, sizeof head, "*%zu\r\n", words);
        out_put(c, head, (size_t)k);
        for (size_t i = 0; i < n;) {
            while (i < n && s[i] == ' ')
                i++;
            size_t start = i;
            while (i < n && s[i] != ' ')
                i++;
            if (i > start)
                out_bulk(c, s + start, i - start);
        }
    }
    sb_free(&sb);
    return words > INT_MAX ? INT_MAX : (int)words;
}

// ---- I/O

// Writes what it can of the output: 1 all written, 0 would block, -1 broken.
static int flush_some(Conn *c)
{
    while (c->opos < c->olen) {
        ssize_t n = send(c->fd, c->out + c->opos, c->olen - c->opos, MSG_NOSIGNAL);
        if (n > 0) {
            c->opos += (size_t)n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return 0;
        char why[128];
        snprintf(why, sizeof why, "write failed: %s", strerror(errno));
        conn_break(c, why);
        return -1;
    }
    c->opos = c->olen = 0;
    return 1;
}

// Reads what is available: 1 got bytes, 0 would block, -1 closed or broken.
static int read_some(Conn *c)
{
    if (c->pos > 0 && c->pos == c->len)
        c->pos = c->len = 0;
    if (c->len + 65536 > c->cap) {
        if (c->pos > 0) { // move the unparsed tail to the front first
            memmove(c->in, c->in + c->pos, c->len - c->pos);
            c->len -= c->pos;
            c->pos = 0;
        }
        if (c->len + 65536 > c->cap) {
            size_t cap = c->cap ? c->cap : 65536;
            while (cap < c->len + 65536)
                cap *= 2;
            c->in = fun_realloc(c->in, cap);
            c->cap = cap;
        }
    }
    for (;;) {
        ssize_t n = recv(c->fd, c->in + c->len, c->cap - c->len, 0);
        if (n > 0) {
            c->len += (size_t)n;
            return 1;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return 0;
        if (n == 0) {
            conn_break(c, "connection closed by the server");
        } else {
            char why[128];
            snprintf(why, sizeof why, "read failed: %s", strerror(errno));
            conn_break(c, why);
        }
        return -1;
    }
}

static bool wait_fd(int fd, short ev)
{
    struct pollfd p = {.fd = fd, .events = ev, .revents = 0};
    int n;
    do n = poll(&p, 1, -1); // commands have no timeout, as in the reference
    while (n < 0 && errno == EINTR);
    return n > 0;
}

// ---- parsing replies

// The line starting at p (up to CRLF): its end, or NULL when not all there.
static const char *line_end(const char *p, const char *end)
{
    const char *q = memchr(p, '\r', (size_t)(end - p));
    while (q && q + 1 < end && q[1] != '\n')
        q = memchr(q + 1, '\r', (size_t)(end - q - 1));
    return q && q + 1 < end ? q : NULL;
}

static bool parse_int(const char *s, const char *e, long long *out)
{
    if (s == e || e - s > 20)
        return false;
    char buf[24];
    memcpy(buf, s, (size_t)(e - s));
    buf[e - s] = '\0';
    char *stop;
    errno = 0;
    long long v = strtoll(buf, &stop, 10);
    if (*stop || errno)
        return false;
    *out = v;
    return true;
}

// Parses one reply at *p. build false: only checks it is complete (no
// allocation); build true: makes the value (pushed as a GC root, popped by
// the caller). 1 complete, 0 more bytes needed, -1 protocol error.
static int parse(VM *vm, const char **p, const char *end, int depth, bool build, Value *out,
                 char *err, size_t errcap)
{
    if (*p >= end)
        return 0;
    if (depth > MAX_DEPTH) {
        snprintf(err, errcap, "protocol error: replies nested too deep");
        return -1;
    }
    char type = **p;
    const char *s = *p + 1;
    const char *le = line_end(s, end);
    if (!le)
        return 0;
    const char *next = le + 2;
    long long n = 0;
    switch (type) {
    case '+': // status
    case '-': // error
    case '(': // RESP3 big number: kept as its text
        if (build) {
            *out = OBJ_VAL(str_new(vm, s, (size_t)(le - s)));
            vm_push_root(vm, *out);
            if (type == '-')
                snprintf(err, errcap, "%.*s", (int)(le - s > 255 ? 255 : le - s), s);
        }
        *p = next;
        return 1;
    case ':':
        if (!parse_int(s, le, &n))
            break;
        if (build) {
            *out = INT_VAL((int64_t)n);
            vm_push_root(vm, *out);
        }
        *p = next;
        return 1;
    case ',': { // RESP3 double
        char buf[64];
        size_t l = (size_t)(le - s) < sizeof buf - 1 ? (size_t)(le - s) : sizeof buf - 1;
        memcpy(buf, s, l);
        buf[l] = '\0';
        if (build) {
            *out = FLOAT_VAL(strtod(buf, NULL)); // "inf" / "-inf" / "nan" included
            vm_push_root(vm, *out);
        }
        *p = next;
        return 1;
    }
    case '#': // RESP3 boolean
        if (build) {
            *out = INT_VAL(le > s && *s == 't' ? 1 : 0);
            vm_push_root(vm, *out);
        }
        *p = next;
        return 1;
    case '_': // RESP3 null
        if (build) {
            *out = NIL_VAL;
            vm_push_root(vm, *out);
        }
        *p = next;
        return 1;
    case '$': // bulk string
    case '=': // RESP3 verbatim string "txt:..."
    case '!': // RESP3 blob error
        if (!parse_int(s, le, &n) || n < -1 || n > MAX_BULK)
            break;
        if (n == -1) {
            if (build) {
                *out = NIL_VAL;
                vm_push_root(vm, *out);
            }
            *p = next;
            return 1;
        }
        if (end - next < n + 2)
            return 0;
        if (next[n] != '\r' || next[n + 1] != '\n')
            break;
        if (build) {
            const char *b = next;
            long long bl = n;
            if (type == '=' && bl >= 4) { // drop the "txt:" format prefix
                b += 4;
                bl -= 4;
            }
            *out = OBJ_VAL(str_new(vm, b, (size_t)bl));
            vm_push_root(vm, *out);
            if (type == '!')
                snprintf(err, errcap, "%.*s", (int)(bl > 255 ? 255 : bl), b);
        }
        *p = next + n + 2;
        return 1;
    case '*': // array
    case '~': // RESP3 set
    case '>': // RESP3 push
    case '%': // RESP3 map
    case '|': { // RESP3 attribute: read and dropped, then the reply it annotates
        if (!parse_int(s, le, &n) || n < -1 || n > MAX_ELEMS)
            break;
        if (n == -1) {
            if (build) {
                *out = NIL_VAL;
                vm_push_root(vm, *out);
            }
            *p = next;
            return 1;
        }
        bool pairs = type == '%' || type == '|';
        const char *q = next;
        ObjArray *arr = NULL;
        ObjMap *map = NULL;
        if (build && type == '%') {
            map = map_new(vm);
            vm_push_root(vm, OBJ_VAL(map));
        } else if (build && type != '|') {
            arr = array_new(vm, (size_t)(n < 1024 ? n : 1024));
            vm_push_root(vm, OBJ_VAL(arr));
        }
        Value key = NIL_VAL;
        for (long long i = 0; i < (pairs ? 2 * n : n); i++) {
            Value v = NIL_VAL;
            int r = parse(vm, &q, end, depth + 1, build && type != '|', &v, err, errcap);
            if (r <= 0) // cannot happen while building: the scan saw it all
                return r;
            if (!build || type == '|')
                continue;
            if (arr) {
                array_push(vm, arr, v);
                vm_pop_root(vm);
            } else if (i % 2 == 0) {
                key = v; // stays rooted until its value is in
            } else {
                ObjString *ks;
                if (IS_STRING(key)) {
                    ks = AS_STRING(key);
                } else {
                    StrBuf sb;
                    sb_init(&sb);
                    if (!val_display(vm, &sb, key))
                        sb.len = 0;
                    ks = str_from_buf(vm, &sb);
                }
                vm_push_root(vm, OBJ_VAL(ks));
                tbl_set(vm, &map->table, ks, v);
                vm_pop_root(vm); // ks
                vm_pop_root(vm); // the value
                vm_pop_root(vm); // the key
            }
        }
        if (type == '|') { // the annotated reply follows
            *p = q;
            return parse(vm, p, end, depth + 1, build, out, err, errcap);
        }
        if (build)
            *out = arr ? OBJ_VAL(arr) : OBJ_VAL(map); // stays rooted for the caller
        *p = q;
        return 1;
    }
    default:
        break;
    }
    snprintf(err, errcap, "protocol error: unexpected reply byte 0x%02x", (unsigned char)type);
    return -1;
}

// One reply from the buffer: 1 (out set, not rooted), 0 incomplete, -1 broken.
static int take_reply(VM *vm, Conn *c, Value *out)
{
    if (!c->in || c->pos >= c->len)
        return 0; // nothing buffered (c->in may not exist yet)
    const char *p = c->in + c->pos, *end = c->in + c->len;
    char err[256] = "";
    int r = parse(vm, &p, end, 0, false, out, err, sizeof err);
    if (r == 0)
        return 0;
    if (r < 0) {
        conn_break(c, err);
        return -1;
    }
    p = c->in + c->pos;
    c->err[0] = '\0';
    parse(vm, &p, end, 0, true, out, c->err, sizeof c->err);
    vm_pop_root(vm);
    c->pos = (size_t)(p - c->in);
    return 1;
}

// Waits for (blocking) and returns one reply: 1 or -1.
static int read_reply(VM *vm, Conn *c, Value *out)
{
    for (;;) {
        int r = take_reply(vm, c, out);
        if (r != 0)
            return r;
        r = read_some(c);
        if (r < 0)
            return -1;
        if (r == 0 && !wait_fd(c->fd, POLLIN)) {
            conn_break(c, "poll failed");
            return -1;
        }
    }
}

static int write_all(Conn *c)
{
    for (;;) {
        int r = flush_some(c);
        if (r != 0)
            return r;
        if (!wait_fd(c->fd, POLLOUT)) {
            conn_break(c, "poll failed");
            return -1;
        }
    }
}

// redis_cmd(h, cmd) -> the reply (see the top of this file); nil for a bad
// or closed handle, an empty command or an I/O error (the connection is then
// closed). cmd: a String split on spaces, or an Array of arguments.
static bool rd_cmd(VM *vm, int argc, Value *args, Value *out)
{
    *out = NIL_VAL;
    Conn *c = conn_get(args[0]);
    if (!c)
        return true;
    if (c->olen > c->opos || c->pos < c->len) {
        // replies of redis_send'd commands still pending: read them first
        // would mix answers; refuse instead of returning the wrong reply
        snprintf(c->err, sizeof c->err, "replies of queued commands are pending");
        conn_release(c);
        return true;
    }
    fflush(stdout);
    int n = encode(vm, c, args[1]);
    if (n < 0) {
        conn_release(c);
        return false;
    }
    if (n > 0 && write_all(c) == 1) {
        if (read_reply(vm, c, out) < 0)
            *out = NIL_VAL;
    } else if (n == 0) {
        snprintf(c->err, sizeof c->err, "empty command");
    }
    conn_release(c);
    return true;
}

// redis_pipeline(h, cmds) -> an Array with one reply per command of the
// Array cmds, all sent in one write; nil on a bad handle or an I/O error.
static bool rd_pipeline(VM *vm, int argc, Value *args, Value *out)
{
    ObjArray *cmds;
    if (!arg_array(vm, "redis_pipeline", args, 1, &cmds))
        return false;
    *out = NIL_VAL;
    Conn *c = conn_get(args[0]);
    if (!c)
        return true;
    if (c->olen > c->opos || c->pos < c->len) {
        snprintf(c->err, sizeof c->err, "replies of queued commands are pending");
        conn_release(c);
        return true;
    }
    size_t sent = 0;
    for (size_t i = 0; i < cmds->count; i++) {
        int n = encode(vm, c, cmds->items[i]);
        if (n < 0) {
            c->opos = c->olen = 0;
            conn_release(c);
            return false;
        }
        if (n > 0)
            sent++;
    }
    fflush(stdout);
    ObjArray *res = array_new(vm, sent);
    vm_push_root(vm, OBJ_VAL(res));
    bool ok = write_all(c) == 1;
    for (size_t i = 0; ok && i < sent; i++) {
        Value v;
        if (read_reply(vm, c, &v) < 0) {
            ok = false;
            break;
        }
        array_push(vm, res, v);
    }
    vm_pop_root(vm);
    if (ok)
        *out = OBJ_VAL(res);
    conn_release(c);
    return true;
}

// redis_close(h) -> nil, always
static bool rd_close(VM *vm, int argc, Value *args, Value *out)
{
    *out = NIL_VAL;
    Conn *c = conn_get(args[0]);
    if (!c)
        return true;
    conn_break(c, "closed");
    free(c->in);
    free(c->out);
    c->in = c->out = NULL;
    c->cap = c->ocap = 0;
    conn_release(c);
    return true;
}

// redis_abort(h, why) -> nil: closes h, redis_last_error(h) then gives why
// (lib/net/redis.fun closes a connection whose command timed out).
static bool rd_abort(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *why;
    if (!arg_string(vm, "redis_abort", args, 1, &why))
        return false;
    *out = NIL_VAL;
    Conn *c = conn_get(args[0]);
    if (!c)
        return true;
    conn_break(c, why->chars);
    conn_release(c);
    return true;
}

// ---- the steps for tasks (lib/net/redis.fun)

// redis_send(h, cmd) -> arguments queued (0: empty command), -1 bad handle.
// Nothing is written yet: redis_flush does that.
static bool rd_send(VM *vm, int argc, Value *args, Value *out)
{
    *out = INT_VAL(-1);
    Conn *c = conn_get(args[0]);
    if (!c)
        return true;
    int n = encode(vm, c, args[1]);
    conn_release(c);
    if (n < 0)
        return false;
    *out = INT_VAL(n);
    return true;
}

// redis_flush(h) -> 1 everything queued is written, 0 the socket is full
// (wait until redis_fd(h) is writable), -1 bad handle or broken connection.
static bool rd_flush(VM *vm, int argc, Value *args, Value *out)
{
    *out = INT_VAL(-1);
    Conn *c = conn_get(args[0]);
    if (!c)
        return true;
    fflush(stdout);
    *out = INT_VAL(flush_some(c));
    conn_release(c);
    return true;
}

// redis_poll_reply(h) -> [reply] when a whole reply is there (read without
// waiting), 0 when more bytes are needed (wait until redis_fd(h) is
// readable), -1 bad handle or broken connection (redis_last_error says why).
static bool rd_poll_reply(VM *vm, int argc, Value *args, Value *out)
{
    *out = INT_VAL(-1);
    Conn *c = conn_get(args[0]);
    if (!c)
        return true;
    Value v;
    int r = take_reply(vm, c, &v);
    if (r == 0) {
        int got = read_some(c);
        r = got < 0 ? -1 : got == 0 ? 0 : take_reply(vm, c, &v);
    }
    if (r == 1) {
        vm_push_root(vm, v);
        ObjArray *a = array_new(vm, 1);
        array_push(vm, a, v);
        vm_pop_root(vm);
        *out = OBJ_VAL(a);
    } else {
        *out = INT_VAL(r);
    }
    conn_release(c);
    return true;
}

// redis_fd(h) -> the socket fd of h (for await_read / await_write), -1 if bad or closed
static bool rd_fd(VM *vm, int argc, Value *args, Value *out)
{
    Conn *c = conn_get(args[0]);
    *out = INT_VAL(c ? c->fd : -1);
    if (c)
        conn_release(c);
    return true;
}

// redis_last_error(h) -> the text of h's last reply when it was an error
// reply, or why h broke; "" otherwise. redis_last_error(0): why the latest
// redis_connect in this thread failed.
static bool rd_last_error(VM *vm, int argc, Value *args, Value *out)
{
    int64_t id = IS_INT(args[0]) ? AS_INT(args[0]) : IS_BOOL(args[0]) && AS_BOOL(args[0]) ? 1 : 0;
    if (id == 0) {
        *out = OBJ_VAL(str_from_cstr(vm, connect_error));
        return true;
    }
    Conn *c = NULL;
    pthread_mutex_lock(&conns_lock);
    if (id >= 1 && (size_t)id <= nconns)
        c = conns[id - 1];
    pthread_mutex_unlock(&conns_lock);
    if (!c) {
        *out = OBJ_VAL(str_from_cstr(vm, "invalid handle"));
        return true;
    }
    pthread_mutex_lock(&c->lock);
    *out = OBJ_VAL(str_from_cstr(vm, c->err));
    pthread_mutex_unlock(&c->lock);
    return true;
}

const NativeReg lib_redis_natives[] = {
    {"redis_connect", rd_connect, 2, 2},
    {"redis_cmd", rd_cmd, 2, 2},
    {"redis_close", rd_close, 1, 1},
    {"redis_pipeline", rd_pipeline, 2, 2},
    {"redis_send", rd_send, 2, 2},
    {"redis_flush", rd_flush, 1, 1},
    {"redis_poll_reply", rd_poll_reply, 1, 1},
    {"redis_fd", rd_fd, 1, 1},
    {"redis_abort", rd_abort, 2, 2},
    {"redis_last_error", rd_last_error, 1, 1},
    {NULL, NULL, 0, 0},
};
