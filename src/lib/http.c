// SPDX-License-Identifier: MIT
// Fast primitives for HTTP servers written in Fun: splitting a request head
// into its request line and header fields, and one stat of a static file
// (the policy stays in Fun, see lib/net/http_server_core.fun).
#include "lib.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

static bool is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// An HTTP token (method): visible ASCII without separators.
static bool is_token(const char *p, size_t n)
{
    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c <= ' ' || c > '~' || strchr("\"(),/:;<=>?@[\\]{}", c))
            return false;
    }
    return true;
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static bool fail(VM *vm, Value *out, const char *msg)
{
    *out = OBJ_VAL(str_from_cstr(vm, msg));
    return true;
}

// A request head split into its parts: spans into the head's bytes.
typedef struct {
    const char *p;
    size_t n;
} Span;

typedef struct {
    Span method, target, version;
    Span *fields; // name, value, name, value... (names not yet lower-cased)
    size_t nfields;
    size_t cap;
    Span local[64]; // fields live here until a head has more than 32 lines
} Head;

static void head_free(Head *h)
{
    if (h->fields != h->local)
        free(h->fields);
}

static void head_add(Head *h, const char *p, size_t n)
{
    if (h->nfields == h->cap) {
        size_t cap = h->cap * 2;
        Span *f = fun_malloc(cap * sizeof *f);
        memcpy(f, h->fields, h->nfields * sizeof *f);
        head_free(h);
        h->fields = f;
        h->cap = cap;
    }
    h->fields[h->nfields++] = (Span){p, n};
}

// Splits and checks the head [p, end) (request line and header lines, without
// the empty line that ends it). Returns NULL, or the error message (see
// http_head_fields). h must be head_free'd either way.
static const char *head_split(const char *p, const char *end, Head *h)
{
    h->fields = h->local;
    h->nfields = 0;
    h->cap = sizeof h->local / sizeof h->local[0];
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *le = nl ? nl : end;
    const char *line_end = (le > p && le[-1] == '\r') ? le - 1 : le;
    // request line: exactly three parts separated by single spaces
    const char *s1 = memchr(p, ' ', (size_t)(line_end - p));
    const char *s2 = s1 ? memchr(s1 + 1, ' ', (size_t)(line_end - s1 - 1)) : NULL;
    if (!s1 || !s2 || memchr(s2 + 1, ' ', (size_t)(line_end - s2 - 1)))
        return "malformed request line";
    if (!is_token(p, (size_t)(s1 - p)))
        return "malformed method";
    size_t tlen = (size_t)(s2 - s1 - 1);
    if (memchr(s1 + 1, '\0', tlen) || memchr(s1 + 1, '\r', tlen) || memchr(s1 + 1, '\t', tlen))
        return "malformed request target";
    const char *ver = s2 + 1;
    size_t vlen = (size_t)(line_end - ver);
    if (!(vlen == 8 && (memcmp(ver, "HTTP/1.1", 8) == 0 || memcmp(ver, "HTTP/1.0", 8) == 0))) {
        if (vlen == 8 && memcmp(ver, "HTTP/", 5) == 0 && ver[6] == '.' && is_digit(ver[5]) &&
            is_digit(ver[7]))
            return "HTTP version not supported";
        return "malformed HTTP version";
    }
    h->method = (Span){p, (size_t)(s1 - p)};
    h->target = (Span){s1 + 1, tlen};
    h->version = (Span){ver, vlen};
    p = nl ? nl + 1 : end;
    while (nl) {
        nl = memchr(p, '\n', (size_t)(end - p));
        le = nl ? nl : end;
        line_end = (le > p && le[-1] == '\r') ? le - 1 : le;
        const char *colon = memchr(p, ':', (size_t)(line_end - p));
        if (!colon || colon == p)
            return "malformed header line";
        // a token (RFC 9112 5.1): no whitespace, no bare CR, no separators or
        // bytes a peer might read differently
        if (!is_token(p, (size_t)(colon - p)))
            return "malformed header name";
        const char *v = colon + 1, *ve = line_end;
        while (v < ve && is_ws(*v))
            v++;
        while (ve > v && is_ws(ve[-1]))
            ve--;
        if (memchr(v, '\0', (size_t)(ve - v)) || memchr(v, '\r', (size_t)(ve - v)))
            return "malformed header value";
        head_add(h, p, (size_t)(colon - p));
        head_add(h, v, (size_t)(ve - v));
        p = nl ? nl + 1 : end;
    }
    return NULL;
}

// A new String of the bytes of sp, ASCII letters lower-cased.
static ObjString *str_lower(VM *vm, Span sp)
{
    ObjString *s = str_new(vm, sp.p, sp.n);
    for (size_t i = 0; i < s->len; i++) {
        char c = s->chars[i];
        if (c >= 'A' && c <= 'Z')
            s->chars[i] = (char)(c + 32);
    }
    return s;
}

// http_head_fields(head) -> [method, target, version, [name1, value1, ...]]
// with names (tokens) lower-cased and values trimmed, or an error String:
// "malformed request line", "malformed method", "malformed request target",
// "HTTP version not supported" (505), "malformed HTTP version",
// "malformed header line", "malformed header name", "malformed header value". Lines end with "\n" or "\r\n"; head excludes the
// empty line that ends it.
static bool http_head_fields(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *hs;
    if (!arg_string(vm, "http_head_fields", args, 0, &hs))
        return false;
    Head h;
    const char *err = head_split(hs->chars, hs->chars + hs->len, &h);
    if (err) {
        head_free(&h);
        return fail(vm, out, err);
    }
    ObjArray *r = array_new(vm, 4);
    vm_push_root(vm, OBJ_VAL(r));
    array_push(vm, r, OBJ_VAL(str_new(vm, h.method.p, h.method.n)));
    array_push(vm, r, OBJ_VAL(str_new(vm, h.target.p, h.target.n)));
    array_push(vm, r, OBJ_VAL(str_new(vm, h.version.p, h.version.n)));
    ObjArray *f = array_new(vm, h.nfields);
    array_push(vm, r, OBJ_VAL(f));
    for (size_t i = 0; i < h.nfields; i += 2) {
        array_push(vm, f, OBJ_VAL(str_lower(vm, h.fields[i])));
        array_push(vm, f, OBJ_VAL(str_new(vm, h.fields[i + 1].p, h.fields[i + 1].n)));
    }
    vm_pop_root(vm);
    head_free(&h);
    *out = OBJ_VAL(r);
    return true;
}

// ---------------------------------------------------------------- requests

// Limits of a request head (lib/net/http_server_core.fun names the same
// numbers __HTTP_LINE_MAX and __HTTP_MAX_FIELDS).
#define LINE_MAX_BYTES 8192 // request line beyond: 414
#define MAX_FIELDS 100      // header fields beyond: 431

static const char *const METHODS[] = {"GET",    "HEAD",    "POST",  "PUT",     "DELETE",
                                      "OPTIONS", "PATCH", "TRACE", "CONNECT"};

// The keys of a request map, in the order http_take_request makes them.
static const char *const REQUEST_KEYS[] = {
    "method", "target",  "path",           "raw_path", "query",      "version",     "headers",
    "body",   "content_length", "chunked", "keep_alive", "continue", "remote_addr", "remote_port"};
enum {
    RQ_METHOD, RQ_TARGET, RQ_PATH, RQ_RAW_PATH, RQ_QUERY, RQ_VERSION, RQ_HEADERS, RQ_BODY,
    RQ_CONTENT_LENGTH, RQ_CHUNKED, RQ_KEEP_ALIVE, RQ_CONTINUE, RQ_REMOTE_ADDR, RQ_REMOTE_PORT,
    RQ_COUNT
};
_Static_assert(sizeof REQUEST_KEYS / sizeof REQUEST_KEYS[0] == RQ_COUNT, "one key per RQ_ name");

// The header fields request_map itself reads (names lower-cased).
#define FIELD(lit) {lit, sizeof lit - 1}
static const struct {
    const char *name;
    size_t len;
} HEAD_FIELDS[] = {FIELD("host"), FIELD("transfer-encoding"), FIELD("content-length"),
                   FIELD("connection"), FIELD("expect")};
#undef FIELD
enum { HF_HOST, HF_TRANSFER_ENCODING, HF_CONTENT_LENGTH, HF_CONNECTION, HF_EXPECT, HF_COUNT };
_Static_assert(sizeof HEAD_FIELDS / sizeof HEAD_FIELDS[0] == HF_COUNT, "one name per HF_");

static bool span_is(Span s, const char *lit)
{
    size_t n = strlen(lit);
    return s.n == n && memcmp(s.p, lit, n) == 0;
}

static bool str_is(ObjString *s, const char *lit)
{
    size_t n = strlen(lit);
    return s->len == n && memcmp(s->chars, lit, n) == 0;
}

// m[key] = v, v rooted while the table may grow (a collection then must not
// free a fresh v); key must be reachable (rooted or interned).
static void map_put_key(VM *vm, ObjMap *m, ObjString *key, Value v)
{
    vm_push_root(vm, v);
    tbl_set(vm, &m->table, key, v);
    vm_pop_root(vm);
}

// Whether the bytes of s, ASCII lower-cased, contain lit (lower case).
static bool contains_lower(ObjString *s, const char *lit)
{
    size_t n = strlen(lit);
    for (size_t i = 0; i + n <= s->len; i++) {
        size_t k = 0;
        while (k < n) {
            char c = s->chars[i + k];
            if (c >= 'A' && c <= 'Z')
                c = (char)(c + 32);
            if (c != lit[k])
                break;
            k++;
        }
        if (k == n)
            return true;
    }
    return false;
}

static bool eq_lower(ObjString *s, const char *lit)
{
    size_t n = strlen(lit);
    if (s->len != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s->chars[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != lit[i])
            return false;
    }
    return true;
}

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// {"error": status, "msg": msg}
static Value error_map(VM *vm, int status, const char *msg)
{
    ObjMap *m = map_new(vm);
    vm_push_root(vm, OBJ_VAL(m));
    map_set_static(vm, m, "error", INT_VAL(status));
    map_set_static(vm, m, "msg", OBJ_VAL(str_from_cstr(vm, msg)));
    vm_pop_root(vm);
    return OBJ_VAL(m);
}

// The request map of a split head (the keys docs/http_server.md lists), or
// an error map: http_parse_head's checks, in its order.
static Value request_map(VM *vm, Head *h, int64_t max_body, Value addr, Value port)
{
    if (h->nfields > 2 * MAX_FIELDS)
        return error_map(vm, 431, "too many header fields");
    ObjMap *hm = map_new(vm);
    vm_push_root(vm, OBJ_VAL(hm));
    // room for the fields at once
    tbl_reserve(vm, &hm->table, (uint32_t)(h->nfields / 2));
    const char *err = NULL;
    int status = 400;
    // the entry positions of the fields the checks below read, noted as they
    // are added (no lookups afterwards)
    int32_t at[HF_COUNT];
    for (size_t k = 0; k < HF_COUNT; k++)
        at[k] = -1;
    // repeated fields: one Content-Length value, one Host; Cookie joined
    // with "; ", the rest with ", "
    for (size_t i = 0; i < h->nfields && !err; i += 2) {
        ObjString *name = str_lower(vm, h->fields[i]);
        vm_push_root(vm, OBJ_VAL(name));
        Span v = h->fields[i + 1];
        Value *old = tbl_get(&hm->table, name);
        if (!old) {
            // a new name: appended (no second lookup); the table may grow
            // (and collect): the value is rooted
            Value nv = OBJ_VAL(str_new(vm, v.p, v.n));
            vm_push_root(vm, nv);
            int32_t pos = (int32_t)tbl_append(vm, &hm->table, name, nv);
            vm_pop_root(vm);
            for (size_t k = 0; k < HF_COUNT; k++)
                if (name->len == HEAD_FIELDS[k].len &&
                    memcmp(name->chars, HEAD_FIELDS[k].name, name->len) == 0)
                    at[k] = pos;
        } else if (str_is(name, "content-length")) {
            ObjString *o = AS_STRING(*old);
            if (o->len != v.n || memcmp(o->chars, v.p, v.n) != 0)
                err = "conflicting Content-Length";
        } else if (str_is(name, "host")) {
            err = "more than one Host";
        } else {
            const char *sep = str_is(name, "cookie") ? "; " : ", ";
            ObjString *o = AS_STRING(*old);
            ObjString *j = str_alloc(vm, o->len + 2 + v.n);
            memcpy(j->chars, o->chars, o->len);
            memcpy(j->chars + o->len, sep, 2);
            memcpy(j->chars + o->len + 2, v.p, v.n);
            map_put_key(vm, hm, name, OBJ_VAL(j));
        }
        vm_pop_root(vm);
    }
    if (err) {
        vm_pop_root(vm);
        return error_map(vm, status, err);
    }
    int method_name = -1; // its index in METHODS
    for (size_t i = 0; i < sizeof METHODS / sizeof METHODS[0] && method_name < 0; i++)
        if (span_is(h->method, METHODS[i]))
            method_name = (int)i;
    bool known = method_name >= 0;
    bool v11 = span_is(h->version, "HTTP/1.1");
    // positions stay valid: no field is deleted, none added from here on
    Value *fv[HF_COUNT];
    for (size_t k = 0; k < HF_COUNT; k++)
        fv[k] = at[k] >= 0 ? &hm->table.entries[at[k]].value : NULL;
    Value *host = fv[HF_HOST], *te = fv[HF_TRANSFER_ENCODING], *cl = fv[HF_CONTENT_LENGTH];
    bool chunked = false;
    int64_t clen = 0;
    if (!known) {
        status = 501;
        err = "method not implemented";
    } else if (v11 && !host) {
        err = "missing Host header";
    } else if (te && !eq_lower(AS_STRING(*te), "chunked")) {
        status = 501;
        err = "Transfer-Encoding not supported";
    } else if (te && (cl || !v11)) {
        err = "Transfer-Encoding with Content-Length or HTTP/1.0";
    } else if (cl) {
        ObjString *c = AS_STRING(*cl);
        bool digits = c->len > 0 && c->len <= 15;
        for (size_t i = 0; i < c->len && digits; i++)
            digits = is_digit(c->chars[i]);
        if (!digits) {
            err = "bad Content-Length";
        } else {
            for (size_t i = 0; i < c->len; i++)
                clen = clen * 10 + (c->chars[i] - '0');
            if (clen > max_body) {
                status = 413;
                err = "body too large";
            }
        }
    }
    chunked = te != NULL;
    // target: origin form, absolute form (the path of it), or * (OPTIONS)
    Span t = h->target;
    if ((t.n >= 7 && memcmp(t.p, "http://", 7) == 0) ||
        (t.n >= 8 && memcmp(t.p, "https://", 8) == 0)) {
        const char *ss = memchr(t.p, '/', t.n); // the "//" after the scheme
        const char *sl = memchr(ss + 2, '/', (size_t)(t.p + t.n - ss - 2));
        t = sl ? (Span){sl, (size_t)(t.p + t.n - sl)} : (Span){"/", 1};
    }
    Span raw = t, query = {"", 0};
    bool star = span_is(t, "*") && span_is(h->method, "OPTIONS");
    if (!err && !star) {
        if (t.n == 0 || t.p[0] != '/') {
            err = "malformed request target";
        } else {
            const char *q = memchr(t.p, '?', t.n);
            if (q) {
                raw.n = (size_t)(q - t.p);
                query = (Span){q + 1, (size_t)(t.p + t.n - q - 1)};
            }
            const char *hash = memchr(raw.p, '#', raw.n);
            if (hash)
                raw.n = (size_t)(hash - raw.p);
        }
    }
    // the path: percent escapes decoded (a "+" stays), no NUL
    char small[512];
    char *path = small;
    size_t plen = 0;
    if (!err) {
        if (raw.n > sizeof small)
            path = fun_malloc(raw.n);
        for (size_t i = 0; i < raw.n && !err; i++) {
            char c = raw.p[i];
            if (c == '%') {
                int hi = i + 2 < raw.n ? hex_digit(raw.p[i + 1]) : -1;
                int lo = i + 2 < raw.n ? hex_digit(raw.p[i + 2]) : -1;
                if (hi < 0 || lo < 0)
                    err = "malformed percent escape in path";
                c = (char)(hi * 16 + lo);
                i += 2;
            }
            if (c == '\0')
                err = "malformed percent escape in path";
            path[plen++] = c;
        }
    }
    if (err) {
        if (path != small)
            free(path);
        vm_pop_root(vm);
        return error_map(vm, status, err);
    }
    Value *conn = fv[HF_CONNECTION];
    bool ka = v11 ? !(conn && contains_lower(AS_STRING(*conn), "close"))
                  : conn && contains_lower(AS_STRING(*conn), "keep-alive");
    Value *expect = fv[HF_EXPECT];
    bool cont = expect && eq_lower(AS_STRING(*expect), "100-continue");
    // the map: a copy of its fixed shape, filled by position (fields are
    // rooted by m as soon as they are stored)
    ObjMap *m = map_of_shape(vm, REQUEST_KEYS, RQ_COUNT, 2);
    vm_push_root(vm, OBJ_VAL(m));
    TableEntry *f = m->table.entries;
    // method and version are of a few known ones here: interned, no copy
    f[RQ_METHOD].value = OBJ_VAL(method_name >= 0 ? vm_intern_static(vm, METHODS[method_name])
                                                  : vm_intern(vm, h->method.p, h->method.n));
    ObjString *target = str_new(vm, h->target.p, h->target.n);
    f[RQ_TARGET].value = OBJ_VAL(target);
    ObjString *raws = raw.p == h->target.p && raw.n == h->target.n
                          ? target
                          : str_new(vm, raw.p, raw.n);
    f[RQ_RAW_PATH].value = OBJ_VAL(raws);
    bool same = plen == raw.n && memcmp(path, raw.p, plen) == 0;
    f[RQ_PATH].value = OBJ_VAL(same ? raws : str_new(vm, path, plen));
    ObjString *empty = vm_intern_static(vm, "");
    f[RQ_QUERY].value = OBJ_VAL(query.n ? str_new(vm, query.p, query.n) : empty);
    f[RQ_VERSION].value = OBJ_VAL(vm_intern_static(vm, v11 ? "HTTP/1.1" : "HTTP/1.0"));
    f[RQ_HEADERS].value = OBJ_VAL(hm);
    f[RQ_BODY].value = OBJ_VAL(empty);
    f[RQ_CONTENT_LENGTH].value = INT_VAL(clen);
    f[RQ_CHUNKED].value = BOOL_VAL(chunked);
    f[RQ_KEEP_ALIVE].value = BOOL_VAL(ka);
    f[RQ_CONTINUE].value = BOOL_VAL(cont);
    f[RQ_REMOTE_ADDR].value = addr;
    f[RQ_REMOTE_PORT].value = port;
    vm_pop_roots(vm, 2);
    if (path != small)
        free(path);
    return OBJ_VAL(m);
}

// http_request_map(head, max_body) -> the request map of a head (request
// line and header lines without the empty line), or {"error": status, "msg":
// text}: what http_parse_head returns.
static bool http_request_map(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *hs;
    int64_t max_body;
    if (!arg_string(vm, "http_request_map", args, 0, &hs) ||
        !arg_int(vm, "http_request_map", args, 1, &max_body))
        return false;
    Head h;
    const char *err = head_split(hs->chars, hs->chars + hs->len, &h);
    Value empty = OBJ_VAL(vm_intern_static(vm, ""));
    if (err)
        *out = error_map(vm, strcmp(err, "HTTP version not supported") == 0 ? 505 : 400, err);
    else
        *out = request_map(vm, &h, max_body, empty, empty);
    head_free(&h);
    return true;
}

// http_take_request(buf, max_header, max_body, addr, port) -> nil while the
// head of the next request in buf is incomplete (and within its limits), else
// [consumed, req]: the bytes of buf the head took (empty lines before it and
// the empty line after it included) and its request map (remote_addr and
// remote_port set), or {"error": status, "msg": text} (414, 431, and those of
// http_parse_head). The body is the caller's: it follows in buf.
static bool http_take_request(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *b;
    int64_t max_header, max_body;
    if (!arg_string(vm, "http_take_request", args, 0, &b) ||
        !arg_int(vm, "http_take_request", args, 1, &max_header) ||
        !arg_int(vm, "http_take_request", args, 2, &max_body))
        return false;
    *out = NIL_VAL;
    const char *p = b->chars, *end = b->chars + b->len;
    // tolerate empty lines before a request line
    while (p < end && (*p == '\n' || (*p == '\r' && p + 1 < end && p[1] == '\n')))
        p += *p == '\n' ? 1 : 2;
    size_t n = (size_t)(end - p);
    if (n == 0)
        return true;
    // the head ends at the first "\r\n\r\n" or "\n\n"
    const char *e = NULL;
    size_t sep = 0;
    for (const char *nl = memchr(p, '\n', n); nl; nl = memchr(nl + 1, '\n', (size_t)(end - nl - 1))) {
        if (nl + 1 < end && nl[1] == '\n') {
            e = nl;
            sep = 2;
            break;
        }
        if (nl > p && nl[-1] == '\r' && nl + 2 < end && nl[1] == '\r' && nl[2] == '\n') {
            e = nl - 1;
            sep = 4;
            break;
        }
    }
    const char *first_nl = memchr(p, '\n', n);
    Value req;
    if (!e) {
        if ((int64_t)n > max_header) {
            bool long_line = !first_nl || first_nl - p > LINE_MAX_BYTES;
            req = long_line ? error_map(vm, 414, "request line too long")
                            : error_map(vm, 431, "request header too large");
        } else if (!first_nl && n > LINE_MAX_BYTES) {
            req = error_map(vm, 414, "request line too long");
        } else {
            return true;
        }
        e = end;
    } else if (first_nl - p > LINE_MAX_BYTES) {
        req = error_map(vm, 414, "request line too long");
    } else if (e - p > max_header) {
        req = error_map(vm, 431, "request header too large");
    } else {
        Head h;
        const char *err = head_split(p, e, &h);
        if (err)
            req = error_map(vm, strcmp(err, "HTTP version not supported") == 0 ? 505 : 400, err);
        else
            req = request_map(vm, &h, max_body, args[3], args[4]);
        head_free(&h);
    }
    vm_push_root(vm, req);
    ObjArray *a = array_new(vm, 2);
    vm_push_root(vm, OBJ_VAL(a));
    size_t used = (size_t)(e - b->chars) + sep;
    array_push(vm, a, INT_VAL((int64_t)(used > b->len ? b->len : used)));
    array_push(vm, a, req);
    vm_pop_roots(vm, 2);
    *out = OBJ_VAL(a);
    return true;
}

// ---------------------------------------------------------------- responses

static const struct {
    int code;
    const char *text;
} REASONS[] = {
    {100, "Continue"},
    {101, "Switching Protocols"},
    {200, "OK"},
    {201, "Created"},
    {204, "No Content"},
    {206, "Partial Content"},
    {301, "Moved Permanently"},
    {302, "Found"},
    {303, "See Other"},
    {304, "Not Modified"},
    {307, "Temporary Redirect"},
    {308, "Permanent Redirect"},
    {400, "Bad Request"},
    {401, "Unauthorized"},
    {403, "Forbidden"},
    {404, "Not Found"},
    {405, "Method Not Allowed"},
    {408, "Request Timeout"},
    {411, "Length Required"},
    {413, "Content Too Large"},
    {414, "URI Too Long"},
    {415, "Unsupported Media Type"},
    {416, "Range Not Satisfiable"},
    {429, "Too Many Requests"},
    {431, "Request Header Fields Too Large"},
    {500, "Internal Server Error"},
    {501, "Not Implemented"},
    {502, "Bad Gateway"},
    {503, "Service Unavailable"},
    {504, "Gateway Timeout"},
    {505, "HTTP Version Not Supported"},
};

static const char *reason_of(int64_t code)
{
    for (size_t i = 0; i < sizeof REASONS / sizeof REASONS[0]; i++)
        if (REASONS[i].code == code)
            return REASONS[i].text;
    return "Unknown";
}

// http_reason(code) -> the reason phrase of a status ("Unknown" when none).
static bool http_reason(VM *vm, int argc, Value *args, Value *out)
{
    (void)argc;
    int64_t code = -1;
    if (IS_INT(args[0])) {
        code = AS_INT(args[0]);
    } else if (IS_STRING(args[0])) {
        // "404" names the same status (the table was keyed by Strings)
        ObjString *c = AS_STRING(args[0]);
        code = c->len > 0 && c->len <= 3 ? 0 : -1;
        for (size_t i = 0; i < c->len && code >= 0; i++)
            code = is_digit(c->chars[i]) ? code * 10 + (c->chars[i] - '0') : -1;
    }
    const char *r = reason_of(code);
    *out = OBJ_VAL(vm_intern_static(vm, r));
    return true;
}

// A piece of a response being rendered.
typedef struct {
    const char *p;
    size_t n;
} Piece;

#define MAX_PIECES 256

typedef struct {
    Piece at[MAX_PIECES];
    size_t count, len;
    bool full;
} Pieces;

static void put(Pieces *ps, const char *p, size_t n)
{
    if (ps->count == MAX_PIECES) {
        ps->full = true;
        return;
    }
    ps->at[ps->count++] = (Piece){p, n};
    ps->len += n;
}

static void put_lit(Pieces *ps, const char *lit) { put(ps, lit, strlen(lit)); }

// The keys of a response map http_render reads.
static const char *const RESPONSE_KEYS[] = {"status", "type",   "headers", "body",
                                            "upgrade", "file", "size",    "close"};
enum { RS_STATUS, RS_TYPE, RS_HEADERS, RS_BODY, RS_UPGRADE, RS_FILE, RS_SIZE, RS_CLOSE, RS_COUNT };
_Static_assert(sizeof RESPONSE_KEYS / sizeof RESPONSE_KEYS[0] == RS_COUNT, "one key per RS_");

// v[k]: res[RESPONSE_KEYS[k]], NULL when absent. A map whose keys are all
// interned (a response's literal keys are) is read in one pass comparing
// pointers, the absent keys costing nothing more; any other by lookups.
static void response_fields(VM *vm, ObjMap *res, Value *v[RS_COUNT])
{
    ObjString *key[RS_COUNT];
    for (size_t k = 0; k < RS_COUNT; k++) {
        key[k] = vm_intern_static(vm, RESPONSE_KEYS[k]);
        v[k] = NULL;
    }
    if (!res->table.keys_interned) {
        for (size_t k = 0; k < RS_COUNT; k++)
            v[k] = tbl_get(&res->table, key[k]);
        return;
    }
    TBL_FOREACH(&res->table, e) {
        for (size_t k = 0; k < RS_COUNT; k++)
            if (e->key == key[k]) {
                v[k] = &e->value;
                break;
            }
    }
}

// req[key] for a request map from http_take_request, whose key RQ_ pos is
// still where request_map put it unless the handler rebuilt the map.
static Value *request_field(VM *vm, ObjMap *req, int pos)
{
    ObjString *key = vm_intern_static(vm, REQUEST_KEYS[pos]);
    if ((uint32_t)pos < req->table.count && req->table.entries[pos].key == key)
        return &req->table.entries[pos].value;
    return tbl_get(&req->table, key);
}

static bool str_value(Value v, ObjString **s)
{
    if (!IS_STRING(v))
        return false;
    *s = AS_STRING(v);
    return true;
}

// http_render(res, req, keep_alive, server_name, date) -> the bytes of the
// response res to req (nil: an error before a request was parsed): status
// line, Server, Date, Content-Type, res["headers"], Content-Length and
// Connection as keep_alive and res["close"] say, the body unless HEAD, 204
// or 304. nil when res holds something other than the Strings and Ints
// these need (the caller renders it in Fun, which reports what is wrong).
static bool http_render(VM *vm, int argc, Value *args, Value *out)
{
    (void)argc;
    *out = NIL_VAL;
    ObjString *server, *date;
    if (!IS_MAP(args[0]) || !(IS_NIL(args[1]) || IS_MAP(args[1])) ||
        !str_value(args[3], &server) || !str_value(args[4], &date))
        return true;
    ObjMap *res = AS_MAP(args[0]);
    ObjMap *req = IS_MAP(args[1]) ? AS_MAP(args[1]) : NULL;
    Value *f[RS_COUNT];
    response_fields(vm, res, f);
    Value *v = f[RS_STATUS];
    if (!v || !IS_INT(*v))
        return true;
    int64_t st = AS_INT(*v);
    Pieces ps = {.count = 0, .len = 0, .full = false};
    char stbuf[32], lenbuf[32];
    size_t stn = val_format_int(st, stbuf);
    put_lit(&ps, "HTTP/1.1 ");
    put(&ps, stbuf, stn);
    put_lit(&ps, " ");
    put_lit(&ps, reason_of(st));
    put_lit(&ps, "\r\nServer: ");
    put(&ps, server->chars, server->len);
    put_lit(&ps, "\r\nDate: ");
    put(&ps, date->chars, date->len);
    put_lit(&ps, "\r\n");
    ObjString *s;
    v = f[RS_TYPE];
    if (v && !IS_NIL(*v)) {
        if (!str_value(*v, &s))
            return true;
        put_lit(&ps, "Content-Type: ");
        put(&ps, s->chars, s->len);
        put_lit(&ps, "\r\n");
    }
    v = f[RS_HEADERS];
    if (!v || !IS_ARRAY(*v))
        return true;
    ObjArray *hs = AS_ARRAY(*v);
    for (size_t i = 0; i < hs->count; i++) {
        ObjString *k, *hv;
        if (!IS_ARRAY(hs->items[i]) || AS_ARRAY(hs->items[i])->count < 2 ||
            !str_value(AS_ARRAY(hs->items[i])->items[0], &k) ||
            !str_value(AS_ARRAY(hs->items[i])->items[1], &hv))
            return true;
        put(&ps, k->chars, k->len);
        put_lit(&ps, ": ");
        put(&ps, hv->chars, hv->len);
        put_lit(&ps, "\r\n");
    }
    ObjString *body;
    v = f[RS_BODY];
    if (!v || !str_value(*v, &body))
        return true;
    Value *up = f[RS_UPGRADE];
    if (up && !IS_NIL(*up)) {
        // a take-over: the head only; the handler's headers say what comes next
        put_lit(&ps, "\r\n");
    } else {
        if (st != 204 && st != 304) {
            int64_t clen = (int64_t)body->len;
            Value *file = f[RS_FILE];
            if (file && !IS_NIL(*file)) {
                Value *size = f[RS_SIZE];
                if (!size || !IS_INT(*size))
                    return true;
                clen = AS_INT(*size);
            }
            size_t n = val_format_int(clen, lenbuf);
            put_lit(&ps, "Content-Length: ");
            put(&ps, lenbuf, n);
            put_lit(&ps, "\r\n");
        }
        Value *close = f[RS_CLOSE];
        Value *ver = req ? request_field(vm, req, RQ_VERSION) : NULL;
        if (val_truthy(args[2]) && !(close && val_truthy(*close))) {
            if (ver && IS_STRING(*ver) && str_is(AS_STRING(*ver), "HTTP/1.0"))
                put_lit(&ps, "Connection: keep-alive\r\n");
        } else {
            put_lit(&ps, "Connection: close\r\n");
        }
        put_lit(&ps, "\r\n");
        Value *m = req ? request_field(vm, req, RQ_METHOD) : NULL;
        bool head = m && IS_STRING(*m) && str_is(AS_STRING(*m), "HEAD");
        if (!head && st != 204 && st != 304)
            put(&ps, body->chars, body->len);
    }
    if (ps.full)
        return true;
    ObjString *r = str_alloc(vm, ps.len);
    char *w = r->chars;
    for (size_t i = 0; i < ps.count; i++) {
        if (ps.at[i].n)
            memcpy(w, ps.at[i].p, ps.at[i].n);
        w += ps.at[i].n;
    }
    *out = OBJ_VAL(r);
    return true;
}

// http_file_info(path) -> [size, mtime seconds, mtime nanoseconds] of a
// regular file, nil when there is none: what ETag and Last-Modified need, in
// one system call.
static bool http_file_info(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *path;
    if (!arg_string(vm, "http_file_info", args, 0, &path))
        return false;
    struct stat st;
    if (strlen(path->chars) != path->len || stat(path->chars, &st) != 0 || !S_ISREG(st.st_mode)) {
        *out = NIL_VAL;
        return true;
    }
    ObjArray *a = array_new(vm, 3);
    vm_push_root(vm, OBJ_VAL(a));
    array_push(vm, a, INT_VAL((int64_t)st.st_size));
    array_push(vm, a, INT_VAL((int64_t)st.st_mtim.tv_sec));
    array_push(vm, a, INT_VAL((int64_t)st.st_mtim.tv_nsec));
    vm_pop_root(vm);
    *out = OBJ_VAL(a);
    return true;
}

// Reads a regular file of about size bytes whole into a new String (it may
// have grown or shrunk since the stat); NULL when it cannot be read.
static ObjString *read_whole(VM *vm, const char *path, size_t size)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    // the common case, a file still of the size the stat gave: read straight
    // into a String of that size, one byte more asked for to see the end (a
    // regular file's read is short only there)
    ObjString *s = str_alloc(vm, size);
    char extra;
    struct iovec iov[2] = {{s->chars, size}, {&extra, 1}};
    ssize_t n;
    do n = readv(fd, iov, 2);
    while (n < 0 && errno == EINTR);
    if (n == (ssize_t)size) {
        close(fd);
        return s;
    }
    // it changed meanwhile: read it again, as it is now (s is garbage)
    StrBuf sb;
    sb_init(&sb);
    sb_reserve(&sb, size + 1);
    for (off_t at = 0; n >= 0;) {
        if (sb.cap - sb.len < 4096)
            sb_reserve(&sb, sb.cap);
        n = pread(fd, sb.data + sb.len, sb.cap - sb.len - 1, at);
        if (n < 0 && errno == EINTR) {
            n = 0;
            continue;
        }
        if (n <= 0)
            break;
        sb.len += (size_t)n;
        at += n;
    }
    close(fd);
    if (n < 0) {
        sb_free(&sb);
        return NULL;
    }
    sb_reserve(&sb, sb.len + 1);
    sb.data[sb.len] = '\0';
    return str_from_buf(vm, &sb);
}

// http_resolve(root, rel, read_max) -> [path, kind, size, mtime s, mtime ns,
// data, etag] or nil when nothing is there. root is a real path (what realpath
// gave); rel is "" or "/seg/seg..." whose segments the caller has checked
// (no "", ".", ".."). path is root + rel when no component below root is a
// symbolic link, else realpath()'s answer, which may lie outside root (the
// caller checks). kind is "f" (regular file), "d" (directory) or "o"; data
// the file's bytes when it is a regular file of at most read_max bytes,
// else nil. One lstat per segment and, for a small file, open/read/close:
// what the static-file path of the server needs instead of realpath (one
// lstat per component of the whole path), stat and fopen.
static bool http_resolve(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *root, *rel;
    int64_t read_max;
    if (!arg_string(vm, "http_resolve", args, 0, &root) ||
        !arg_string(vm, "http_resolve", args, 1, &rel) ||
        !arg_int(vm, "http_resolve", args, 2, &read_max))
        return false;
    *out = NIL_VAL;
    char full[PATH_MAX];
    if (root->len + rel->len >= sizeof full || strlen(root->chars) != root->len ||
        strlen(rel->chars) != rel->len)
        return true;
    memcpy(full, root->chars, root->len);
    memcpy(full + root->len, rel->chars, rel->len + 1);
    struct stat st;
    bool link = false;
    if (rel->len == 0) {
        if (stat(full, &st) != 0)
            return true;
    } else {
        // each segment below root: a link sends the whole path to realpath
        for (size_t i = root->len + 1; !link; i++) {
            if (full[i] != '/' && full[i] != '\0')
                continue;
            char c = full[i];
            full[i] = '\0';
            int rc = lstat(full, &st);
            full[i] = c;
            if (rc != 0)
                return true;
            if (S_ISLNK(st.st_mode))
                link = true;
            else if (c == '\0')
                break;
            else if (!S_ISDIR(st.st_mode))
                return true;
        }
    }
    char *real = NULL;
    const char *path = full;
    if (link) {
        real = realpath(full, NULL);
        if (!real || stat(real, &st) != 0) {
            free(real);
            return true;
        }
        path = real;
    }
    ObjArray *a = array_new(vm, 7);
    vm_push_root(vm, OBJ_VAL(a));
    array_push(vm, a, OBJ_VAL(str_from_cstr(vm, path)));
    const char *kind = S_ISREG(st.st_mode) ? "f" : S_ISDIR(st.st_mode) ? "d" : "o";
    array_push(vm, a, OBJ_VAL(vm_intern(vm, kind, 1)));
    array_push(vm, a, INT_VAL((int64_t)st.st_size));
    array_push(vm, a, INT_VAL((int64_t)st.st_mtim.tv_sec));
    array_push(vm, a, INT_VAL((int64_t)st.st_mtim.tv_nsec));
    ObjString *data = NULL;
    if (S_ISREG(st.st_mode) && st.st_size <= read_max)
        data = read_whole(vm, path, (size_t)st.st_size);
    array_push(vm, a, data ? OBJ_VAL(data) : NIL_VAL);
    // the ETag of this version of the file: "mtime.microseconds-size"
    // (formatted by hand: snprintf cost more than the rest of the call)
    char tag[96];
    size_t tn = 0;
    tag[tn++] = '"';
    tn += val_format_int((int64_t)st.st_mtim.tv_sec, tag + tn);
    tag[tn++] = '.';
    tn += val_format_int((int64_t)st.st_mtim.tv_nsec / 1000, tag + tn);
    tag[tn++] = '-';
    tn += val_format_int((int64_t)st.st_size, tag + tn);
    tag[tn++] = '"';
    array_push(vm, a, OBJ_VAL(str_new(vm, tag, tn)));
    vm_pop_root(vm);
    free(real);
    *out = OBJ_VAL(a);
    return true;
}

// http_ext(name) -> the extension of the last segment of a file name, ASCII
// lower-cased ("HTML" of "/a/index.HTML" -> "html"), nil when it has none.
static bool http_ext(VM *vm, int argc, Value *args, Value *out)
{
    (void)argc;
    ObjString *name;
    if (!arg_string(vm, "http_ext", args, 0, &name))
        return false;
    *out = NIL_VAL;
    for (size_t i = name->len; i-- > 0;) {
        char c = name->chars[i];
        if (c == '/')
            return true;
        if (c == '.') {
            *out = OBJ_VAL(str_lower(vm, (Span){name->chars + i + 1, name->len - i - 1}));
            return true;
        }
    }
    return true;
}

// http_file_read(fd, offset, n) -> up to n bytes of the open file fd from
// offset ("" at its end), nil on error: the pieces of a large file that go
// out over TLS, where sendfile cannot reach (at most 16 MiB a call).
static bool http_file_read(VM *vm, int argc, Value *args, Value *out)
{
    int64_t fd, off, n;
    if (!arg_int(vm, "http_file_read", args, 0, &fd) ||
        !arg_int(vm, "http_file_read", args, 1, &off) ||
        !arg_int(vm, "http_file_read", args, 2, &n))
        return false;
    *out = NIL_VAL;
    if (fd < 0 || fd > INT_MAX || off < 0 || n < 0)
        return true;
    if (n > (1 << 24))
        n = 1 << 24;
    char *buf = fun_malloc((size_t)n + 1);
    ssize_t got;
    do
        got = pread((int)fd, buf, (size_t)n, (off_t)off);
    while (got < 0 && errno == EINTR);
    if (got >= 0)
        *out = OBJ_VAL(str_new(vm, buf, (size_t)got));
    free(buf);
    return true;
}

const NativeReg lib_http_natives[] = {
    {"http_head_fields", http_head_fields, 1, 1},
    {"http_request_map", http_request_map, 2, 2},
    {"http_take_request", http_take_request, 5, 5},
    {"http_reason", http_reason, 1, 1},
    {"http_render", http_render, 5, 5},
    {"http_file_info", http_file_info, 1, 1},
    {"http_resolve", http_resolve, 3, 3},
    {"http_file_read", http_file_read, 3, 3},
    {"http_ext", http_ext, 1, 1},
    {NULL, NULL, 0, 0},
};
