// SPDX-License-Identifier: MIT
// JSON (RFC 8259) straight to and from Fun values: json_parse, json_stringify,
// json_from_file, json_to_file (docs/json.md). Written for us, no library.
//
// The parser is iterative: containers live on an explicit stack and every new
// container is attached to its parent as soon as it opens, so the outermost
// one (rooted) keeps the whole partial tree alive across allocations and a
// deep document never touches the C stack. Nesting is still bounded
// (JSON_MAX_DEPTH) because the rest of the runtime (printing, copying values
// between threads, stringify) walks values recursively.
#include <errno.h>
#include <inttypes.h>
#include <fcntl.h>
#include <math.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib.h"

#define JSON_MAX_DEPTH 1000

typedef struct {
    VM *vm;
    const char *fn; // builtin name for messages
    const char *start, *p, *end;
    const char *err_msg; // set on failure
    const char *err_at;
    StrBuf tmp; // unescaped string bytes
    // Short strings repeat (an array of records has the same few keys and
    // often the same few values): one String per distinct short text,
    // direct-mapped by hash, keys and values apart. The caches are rooted
    // Arrays of CACHE_SLOTS slots; a String pushed out of its slot lives on
    // only where the document holds it.
    ObjArray *key_cache, *value_cache;
    // The values of the containers still open, innermost last (rooted): a
    // container is made when it closes, at its exact size, from the top of
    // this stack (a map's keys and values alternate).
    ObjArray *stack;
} Parser;

#define CACHE_SLOTS 64
#define CACHE_MAX_LEN 32

typedef struct {
    bool is_array;
    size_t start; // its first element's position on the Parser's stack
} Frame;

static bool fail(Parser *ps, const char *at, const char *msg)
{
    ps->err_at = at;
    ps->err_msg = msg;
    return false;
}

// Raises "FN: invalid JSON at line L, column C (byte B): MSG".
static bool raise_parse_error(Parser *ps)
{
    size_t line = 1, col = 1;
    for (const char *q = ps->start; q < ps->err_at; q++) {
        if (*q == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
    }
    char found[24] = "end of input";
    if (ps->err_at < ps->end) {
        unsigned char c = (unsigned char)*ps->err_at;
        if (c > 0x20 && c < 0x7f)
            snprintf(found, sizeof found, "'%c'", c);
        else
            snprintf(found, sizeof found, "byte 0x%02x", c);
    }
    bool say_found = ps->err_at < ps->end || strstr(ps->err_msg, "end of input") == NULL;
    return vm_error(ps->vm, "%s: invalid JSON at line %zu, column %zu (byte %zu): %s%s%s", ps->fn,
                    line, col, (size_t)(ps->err_at - ps->start), ps->err_msg,
                    say_found ? ", found " : "", say_found ? found : "");
}

static inline void skip_ws(Parser *ps)
{
    const char *p = ps->p;
    while (p < ps->end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        p++;
    ps->p = p;
}

static int hex4(const char *p)
{
    int v = 0;
    for (int i = 0; i < 4; i++) {
        int c = (unsigned char)p[i], d;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        else
            return -1;
        v = v * 16 + d;
    }
    return v;
}

// Code points are written as UTF-8; a lone surrogate gets the same 3-byte
// form (as Python and JavaScript keep it), so no escape is ever lost.
static void put_utf8(StrBuf *sb, uint32_t cp)
{
    char b[4];
    size_t n;
    if (cp < 0x80) {
        b[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        b[0] = (char)(0xC0 | (cp >> 6));
        b[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        b[0] = (char)(0xE0 | (cp >> 12));
        b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        b[0] = (char)(0xF0 | (cp >> 18));
        b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    sb_append(sb, b, n);
}

// Parses the string whose opening quote is at ps->p. Bytes are taken as they
// are (a Fun String is a byte string); only control characters must be escaped.
static bool parse_string(Parser *ps, ObjString **out, bool is_key)
{
    const char *p = ps->p + 1, *end = ps->end;
    const char *run = p;
    // fast path: no escapes
    while (p < end && *p != '"' && *p != '\\' && (unsigned char)*p >= 0x20)
        p++;
    if (p < end && *p == '"') {
        size_t n = (size_t)(p - run);
        ps->p = p + 1;
        if (n <= CACHE_MAX_LEN) {
            uint32_t h = str_hash_bytes(run, n);
            if (!h)
                h = 1;
            Value *slot = &(is_key ? ps->key_cache : ps->value_cache)->items[(h ^ (h >> 6)) & (CACHE_SLOTS - 1)];
            if (IS_STRING(*slot)) {
                ObjString *c = AS_STRING(*slot);
                if (c->hash == h && c->len == n && memcmp(c->chars, run, n) == 0) {
                    *out = c;
                    return true;
                }
            }
            *out = str_new(ps->vm, run, n);
            (*out)->hash = h;
            *slot = OBJ_VAL(*out);
            return true;
        }
        *out = str_new(ps->vm, run, n);
        return true;
    }
    StrBuf *sb = &ps->tmp;
    sb->len = 0;
    for (;;) {
        while (p < end && *p != '"' && *p != '\\' && (unsigned char)*p >= 0x20)
            p++;
        sb_append(sb, run, (size_t)(p - run));
        if (p >= end)
            return fail(ps, p, "unterminated string");
        if (*p == '"')
            break;
        if (*p != '\\')
            return fail(ps, p, "control character in string (must be escaped)");
        if (p + 1 >= end)
            return fail(ps, p, "unterminated string");
        char c = p[1];
        switch (c) {
        case '"': sb_putc(sb, '"'); p += 2; break;
        case '\\': sb_putc(sb, '\\'); p += 2; break;
        case '/': sb_putc(sb, '/'); p += 2; break;
        case 'b': sb_putc(sb, '\b'); p += 2; break;
        case 'f': sb_putc(sb, '\f'); p += 2; break;
        case 'n': sb_putc(sb, '\n'); p += 2; break;
        case 'r': sb_putc(sb, '\r'); p += 2; break;
        case 't': sb_putc(sb, '\t'); p += 2; break;
        case 'u': {
            int cp = end - p >= 6 ? hex4(p + 2) : -1;
            if (cp < 0)
                return fail(ps, p, "invalid \\u escape (needs 4 hex digits)");
            p += 6;
            uint32_t code = (uint32_t)cp;
            if (cp >= 0xD800 && cp <= 0xDBFF && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                int lo = hex4(p + 2);
                if (lo >= 0xDC00 && lo <= 0xDFFF) {
                    code = 0x10000 + (((uint32_t)cp - 0xD800) << 10) + ((uint32_t)lo - 0xDC00);
                    p += 6;
                }
            }
            put_utf8(sb, code);
            break;
        }
        default:
            return fail(ps, p, "invalid escape in string");
        }
        run = p;
    }
    *out = str_new(ps->vm, sb->data, sb->len);
    ps->p = p + 1;
    return true;
}

// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? ; integers that fit int64
// become Ints, everything else a Float (strtod: correctly rounded).
static bool parse_number(Parser *ps, Value *out)
{
    const char *p = ps->p, *end = ps->end, *s = p;
    bool neg = false, is_float = false;
    if (*p == '-') {
        neg = true;
        p++;
    }
    if (p >= end || *p < '0' || *p > '9')
        return fail(ps, p, "invalid number");
    uint64_t mag = 0;
    bool overflow = false;
    if (*p == '0') {
        p++;
        if (p < end && *p >= '0' && *p <= '9')
            return fail(ps, p, "leading zero in number");
    } else {
        while (p < end && *p >= '0' && *p <= '9') {
            unsigned d = (unsigned)(*p - '0');
            if (mag > (UINT64_MAX - d) / 10)
                overflow = true;
            else
                mag = mag * 10 + d;
            p++;
        }
    }
    if (p < end && *p == '.') {
        p++;
        if (p >= end || *p < '0' || *p > '9')
            return fail(ps, p, "digit expected after '.'");
        while (p < end && *p >= '0' && *p <= '9')
            p++;
        is_float = true;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        p++;
        if (p < end && (*p == '+' || *p == '-'))
            p++;
        if (p >= end || *p < '0' || *p > '9')
            return fail(ps, p, "digit expected in exponent");
        while (p < end && *p >= '0' && *p <= '9')
            p++;
        is_float = true;
    }
    ps->p = p;
    if (!is_float && !overflow) {
        if (!neg && mag <= (uint64_t)INT64_MAX) {
            *out = INT_VAL((int64_t)mag);
            return true;
        }
        if (neg && mag <= (uint64_t)INT64_MAX + 1) {
            *out = INT_VAL(mag == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)mag);
            return true;
        }
    }
    // the grammar above is a subset of strtod's, and the text is followed by
    // a byte that stops strtod (the buffer is NUL-terminated)
    char small[64];
    size_t n = (size_t)(p - s);
    char *big = NULL, *buf = small;
    if (n >= sizeof small) {
        big = fun_malloc(n + 1);
        if (!big)
            fun_oom();
        buf = big;
    }
    memcpy(buf, s, n);
    buf[n] = '\0';
    double d = strtod(buf, NULL);
    free(big);
    if (isinf(d))
        return fail(ps, s, "number out of range");
    *out = FLOAT_VAL(d);
    return true;
}

static bool literal(Parser *ps, const char *word, size_t n, Value v, Value *out)
{
    if ((size_t)(ps->end - ps->p) < n || memcmp(ps->p, word, n) != 0)
        return fail(ps, ps->p, "unexpected character");
    ps->p += n;
    *out = v;
    return true;
}

// A scalar at ps->p (not '[' or '{').
static bool parse_scalar(Parser *ps, Value *out)
{
    if (ps->p >= ps->end)
        return fail(ps, ps->p, "unexpected end of input");
    switch (*ps->p) {
    case '"': {
        ObjString *s;
        if (!parse_string(ps, &s, false))
            return false;
        *out = OBJ_VAL(s);
        return true;
    }
    case 't': return literal(ps, "true", 4, BOOL_VAL(true), out);
    case 'f': return literal(ps, "false", 5, BOOL_VAL(false), out);
    case 'n': return literal(ps, "null", 4, NIL_VAL, out);
    case ']':
    case '}':
    case ',':
    case ':': return fail(ps, ps->p, "value expected");
    default:
        if (*ps->p == '-' || (*ps->p >= '0' && *ps->p <= '9'))
            return parse_number(ps, out);
        return fail(ps, ps->p, "unexpected character");
    }
}

// Pushes v on the stack of open containers' values (v is a scalar or rooted).
static inline void stack_push(VM *vm, ObjArray *st, Value v)
{
    if (FUN_LIKELY(st->count < st->cap))
        st->items[st->count++] = v;
    else
        array_push(vm, st, v);
}

// Makes the container that closes now from its values on top of the stack
// and leaves it there in their place.
static void close_container(VM *vm, ObjArray *st, const Frame *f)
{
    size_t n = st->count - f->start;
    Value v;
    if (f->is_array) {
        ObjArray *a = array_new(vm, n); // may collect: the values are still on the stack
        if (n)
            memcpy(a->items, st->items + f->start, sizeof(Value) * n);
        a->count = n;
        v = OBJ_VAL(a);
    } else {
        ObjMap *m = map_new(vm);
        vm_push_root(vm, OBJ_VAL(m));
        tbl_reserve(vm, &m->table, (uint32_t)(n / 2));
        for (size_t i = 0; i < n; i += 2) // later duplicates win, as in tbl_set
            tbl_set(vm, &m->table, AS_STRING(st->items[f->start + i]), st->items[f->start + i + 1]);
        vm_pop_root(vm);
        v = OBJ_VAL(m);
    }
    st->count = f->start;
    stack_push(vm, st, v); // array_push roots v when the stack must grow
}

static bool parse_document(Parser *ps, Value *result)
{
    VM *vm = ps->vm;
    ObjArray *st = ps->stack;
    Frame frames_buf[32];
    Frame *frames = frames_buf;
    size_t depth = 0, cap = 32;
    bool ok = false;
    Value v;
    skip_ws(ps);
    // Each turn parses one value (opening a container counts as one) and then
    // the separators after it, closing as many containers as end there.
    for (;;) {
        if (ps->p < ps->end && (*ps->p == '[' || *ps->p == '{')) {
            if (depth >= JSON_MAX_DEPTH) {
                fail(ps, ps->p, "nesting deeper than 1000 levels");
                goto done;
            }
            bool is_arr = *ps->p == '[';
            if (depth == cap) {
                cap *= 2;
                Frame *nf = fun_malloc(sizeof(Frame) * cap);
                memcpy(nf, frames, sizeof(Frame) * depth);
                if (frames != frames_buf)
                    free(frames);
                frames = nf;
            }
            frames[depth].is_array = is_arr;
            frames[depth].start = st->count;
            depth++;
            ps->p++;
            skip_ws(ps);
            char close = is_arr ? ']' : '}';
            if (ps->p < ps->end && *ps->p == close) {
                ps->p++; // empty container: closed at once, then the separators
                close_container(vm, st, &frames[--depth]);
            } else if (is_arr) {
                continue; // first element
            } else {
                goto member_key;
            }
        } else {
            if (!parse_scalar(ps, &v))
                goto done;
            stack_push(vm, st, v);
        }
        // after a value: ',' continues the innermost container, a closer ends it
        for (;;) {
            skip_ws(ps);
            if (depth == 0) {
                if (ps->p != ps->end) {
                    fail(ps, ps->p, "unexpected text after the JSON value");
                    goto done;
                }
                FUN_ASSERT(st->count == 1);
                *result = st->items[0];
                ok = true;
                goto done;
            }
            Frame *f = &frames[depth - 1];
            bool is_arr = f->is_array;
            if (ps->p >= ps->end) {
                fail(ps, ps->p, "unexpected end of input");
                goto done;
            }
            if (*ps->p == ',') {
                ps->p++;
                skip_ws(ps);
                if (is_arr)
                    break;
                goto member_key;
            }
            if (*ps->p == (is_arr ? ']' : '}')) {
                ps->p++;
                close_container(vm, st, f);
                depth--;
                continue;
            }
            fail(ps, ps->p, is_arr ? "',' or ']' expected" : "',' or '}' expected");
            goto done;
        }
        continue;
    member_key:
        if (ps->p >= ps->end || *ps->p != '"') {
            fail(ps, ps->p, ps->p >= ps->end ? "unexpected end of input" : "string key expected");
            goto done;
        }
        {
            ObjString *key;
            if (!parse_string(ps, &key, true))
                goto done;
            stack_push(vm, st, OBJ_VAL(key));
        }
        skip_ws(ps);
        if (ps->p >= ps->end || *ps->p != ':') {
            fail(ps, ps->p, "':' expected after an object key");
            goto done;
        }
        ps->p++;
        skip_ws(ps);
    }
done:
    if (frames != frames_buf)
        free(frames);
    return ok;
}

// Parses len bytes at s (s[len] must be readable, normally a NUL).
static bool json_decode(VM *vm, const char *fn, const char *s, size_t len, Value *out)
{
    Parser ps = {vm, fn, s, s, s + len, NULL, NULL, {0}, NULL, NULL, NULL};
    sb_init(&ps.tmp);
    size_t roots = vm->root_count;
    ObjArray **rooted[] = {&ps.key_cache, &ps.value_cache, &ps.stack};
    for (size_t i = 0; i < 3; i++) {
        *rooted[i] = array_new(vm, CACHE_SLOTS);
        vm_push_root(vm, OBJ_VAL(*rooted[i]));
    }
    for (size_t i = 0; i < CACHE_SLOTS; i++)
        ps.key_cache->items[i] = ps.value_cache->items[i] = NIL_VAL;
    ps.key_cache->count = ps.value_cache->count = CACHE_SLOTS;
    Value result = NIL_VAL;
    bool ok = parse_document(&ps, &result);
    vm->root_count = roots;
    sb_free(&ps.tmp);
    if (!ok)
        return raise_parse_error(&ps);
    *out = result;
    return true;
}

// ---------------------------------------------------------------------------
// Fun -> JSON

typedef struct {
    VM *vm;
    const char *fn;
    StrBuf sb;
    bool pretty;
} Writer;

// Decimal digits of an Int, without printf's format parsing.
static void put_int(StrBuf *sb, int64_t v)
{
    char buf[24];
    char *q = buf + sizeof buf;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do {
        *--q = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        *--q = '-';
    sb_append(sb, q, (size_t)(buf + sizeof buf - q));
}

static void put_string(StrBuf *sb, const char *s, size_t n)
{
    static const char hexd[] = "0123456789abcdef";
    sb_putc(sb, '"');
    const char *run = s, *end = s + n;
    for (const char *p = s; p < end; p++) {
        unsigned char c = (unsigned char)*p;
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        sb_append(sb, run, (size_t)(p - run));
        run = p + 1;
        switch (c) {
        case '"': sb_append(sb, "\\\"", 2); break;
        case '\\': sb_append(sb, "\\\\", 2); break;
        case '\n': sb_append(sb, "\\n", 2); break;
        case '\r': sb_append(sb, "\\r", 2); break;
        case '\t': sb_append(sb, "\\t", 2); break;
        case '\b': sb_append(sb, "\\b", 2); break;
        case '\f': sb_append(sb, "\\f", 2); break;
        default: {
            char e[6] = {'\\', 'u', '0', '0', hexd[c >> 4], hexd[c & 15]};
            sb_append(sb, e, 6);
        }
        }
    }
    sb_append(sb, run, (size_t)(end - run));
    sb_putc(sb, '"');
}

static void newline_indent(Writer *w, int depth)
{
    sb_reserve(&w->sb, 1 + 2 * (size_t)depth);
    w->sb.data[w->sb.len++] = '\n';
    memset(w->sb.data + w->sb.len, ' ', 2 * (size_t)depth);
    w->sb.len += 2 * (size_t)depth;
}

static bool write_value(Writer *w, Value v, int depth);

static bool write_table(Writer *w, Table *t, int depth)
{
    sb_putc(&w->sb, '{');
    bool first = true;
    TBL_FOREACH(t, e) {
        if (!first)
            sb_putc(&w->sb, ',');
        first = false;
        if (w->pretty)
            newline_indent(w, depth + 1);
        put_string(&w->sb, e->key->chars, e->key->len);
        sb_putc(&w->sb, ':');
        if (!write_value(w, e->value, depth + 1))
            return false;
    }
    if (w->pretty)
        newline_indent(w, depth);
    sb_putc(&w->sb, '}');
    return true;
}

static bool write_value(Writer *w, Value v, int depth)
{
    switch (v.type) {
    case VAL_NIL: sb_append(&w->sb, "null", 4); return true;
    case VAL_BOOL:
        if (AS_BOOL(v))
            sb_append(&w->sb, "true", 4);
        else
            sb_append(&w->sb, "false", 5);
        return true;
    case VAL_INT: put_int(&w->sb, AS_INT(v)); return true;
    case VAL_FLOAT: {
        double d = v.as.f;
        if (isnan(d) || isinf(d))
            return vm_error(w->vm, "%s: %s cannot be written as JSON", w->fn,
                            isnan(d) ? "NaN" : "an infinite Float");
        char buf[48];
        val_format_float(d, buf, sizeof buf);
        size_t n = strlen(buf);
        sb_append(&w->sb, buf, n);
        // keep it a Float when read back: 2.0 -> "2.0", not "2"
        if (!memchr(buf, '.', n) && !memchr(buf, 'e', n))
            sb_append(&w->sb, ".0", 2);
        return true;
    }
    case VAL_OBJ: break;
    }
    if (depth >= JSON_MAX_DEPTH)
        return vm_error(w->vm, "%s: nesting deeper than %d levels (or a value that contains itself)",
                        w->fn, JSON_MAX_DEPTH);
    switch (OBJ_TYPE(v)) {
    case OBJ_STRING: put_string(&w->sb, AS_STRING(v)->chars, AS_STRING(v)->len); return true;
    case OBJ_ARRAY: {
        ObjArray *a = AS_ARRAY(v);
        sb_putc(&w->sb, '[');
        for (size_t i = 0; i < a->count; i++) {
            if (i)
                sb_putc(&w->sb, ',');
            if (w->pretty)
                newline_indent(w, depth + 1);
            if (!write_value(w, a->items[i], depth + 1))
                return false;
        }
        if (w->pretty)
            newline_indent(w, depth);
        sb_putc(&w->sb, ']');
        return true;
    }
    case OBJ_MAP: return write_table(w, &AS_MAP(v)->table, depth);
    case OBJ_INSTANCE: return write_table(w, &AS_INSTANCE(v)->fields, depth);
    default:
        return vm_error(w->vm, "%s: a %s cannot be written as JSON", w->fn, val_type_name(v));
    }
}

// pretty: a true Bool or a nonzero Int (as the reference); nil/absent = compact.
static bool pretty_arg(VM *vm, const char *fn, int argc, Value *args, int i, bool *out)
{
    if (i >= argc || IS_NIL(args[i])) {
        *out = false;
        return true;
    }
    if (IS_BOOL(args[i])) {
        *out = AS_BOOL(args[i]);
        return true;
    }
    if (IS_INT(args[i])) {
        *out = AS_INT(args[i]) != 0;
        return true;
    }
    return arg_error(vm, fn, args, i, "Bool");
}

static bool json_encode(VM *vm, const char *fn, Value v, bool pretty, StrBuf *out)
{
    Writer w = {vm, fn, {0}, pretty};
    str_buf_init(&w.sb); // becomes the result String without a copy
    if (!write_value(&w, v, 0)) {
        sb_free(&w.sb);
        return false;
    }
    *out = w.sb;
    return true;
}

// ---------------------------------------------------------------------------
// Builtins

// json_parse(text): the value; invalid text raises an error naming the position.
static bool js_parse(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *s;
    if (!arg_string(vm, "json_parse", args, 0, &s))
        return false;
    return json_decode(vm, "json_parse", s->chars, s->len, out);
}

// json_stringify(value, pretty = false)
static bool js_stringify(VM *vm, int argc, Value *args, Value *out)
{
    bool pretty = false;
    if (!pretty_arg(vm, "json_stringify", argc, args, 1, &pretty))
        return false;
    StrBuf sb;
    if (!json_encode(vm, "json_stringify", args[0], pretty, &sb))
        return false;
    *out = OBJ_VAL(str_buf_finish(vm, &sb));
    return true;
}

// json_from_file(path): the value; an unreadable file or invalid text raises.
static bool js_from_file(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *path;
    if (!arg_cstring(vm, "json_from_file", args, 0, "path", &path))
        return false;
    int fd;
    do
        fd = open(path->chars, O_RDONLY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return vm_error(vm, "json_from_file: cannot open %s: %s", path->chars, strerror(errno));
    StrBuf sb;
    sb_init(&sb);
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
        sb_reserve(&sb, (size_t)st.st_size + 1);
    for (;;) {
        sb_reserve(&sb, 65536);
        ssize_t r = read(fd, sb.data + sb.len, sb.cap - sb.len - 1);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            int e = errno;
            close(fd);
            sb_free(&sb);
            return vm_error(vm, "json_from_file: cannot read %s: %s", path->chars, strerror(e));
        }
        if (r == 0)
            break;
        sb.len += (size_t)r;
    }
    close(fd);
    sb.data[sb.len] = '\0';
    bool ok = json_decode(vm, "json_from_file", sb.data, sb.len, out);
    sb_free(&sb);
    return ok;
}

// json_to_file(path, value, pretty = false): 1 written, 0 when the file cannot
// be written (as write_file); a value JSON cannot hold raises.
static bool js_to_file(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *path;
    bool pretty = false;
    if (!arg_cstring(vm, "json_to_file", args, 0, "path", &path) ||
        !pretty_arg(vm, "json_to_file", argc, args, 2, &pretty))
        return false;
    StrBuf sb;
    if (!json_encode(vm, "json_to_file", args[1], pretty, &sb))
        return false;
    int fd;
    do
        fd = open(path->chars, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    while (fd < 0 && errno == EINTR);
    bool ok = fd >= 0;
    for (size_t off = STR_BUF_HEADER; ok && off < sb.len;) {
        ssize_t w = write(fd, sb.data + off, sb.len - off);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            ok = false;
        else
            off += (size_t)w;
    }
    if (fd >= 0 && close(fd) != 0 && errno != EINTR)
        ok = false;
    sb_free(&sb);
    *out = INT_VAL(ok ? 1 : 0);
    return true;
}

const NativeReg lib_json_natives[] = {
    {"json_parse", js_parse, 1, 1},
    {"json_stringify", js_stringify, 1, 2},
    {"json_from_file", js_from_file, 1, 1},
    {"json_to_file", js_to_file, 2, 3},
    {NULL, NULL, 0, 0},
};
