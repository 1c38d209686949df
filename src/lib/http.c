// SPDX-License-Identifier: MIT
// Fast primitives for HTTP servers written in Fun: splitting a request head
// into its request line and header fields, and one stat of a static file
// (the policy stays in Fun, see lib/net/http_server_core.fun).
#include "lib.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
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

// http_head_fields(head) -> [method, target, version, [name1, value1, ...]]
// with names (tokens) lower-cased and values trimmed, or an error String:
// "malformed request line", "malformed method", "malformed request target",
// "HTTP version not supported" (505), "malformed HTTP version",
// "malformed header line", "malformed header name", "malformed header value". Lines end with "\n" or "\r\n"; head excludes the
// empty line that ends it.
static bool http_head_fields(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *h;
    if (!arg_string(vm, "http_head_fields", args, 0, &h))
        return false;
    const char *p = h->chars, *end = h->chars + h->len;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *le = nl ? nl : end;
    const char *line_end = (le > p && le[-1] == '\r') ? le - 1 : le;
    // request line: exactly three parts separated by single spaces
    const char *s1 = memchr(p, ' ', (size_t)(line_end - p));
    const char *s2 = s1 ? memchr(s1 + 1, ' ', (size_t)(line_end - s1 - 1)) : NULL;
    if (!s1 || !s2 || memchr(s2 + 1, ' ', (size_t)(line_end - s2 - 1)))
        return fail(vm, out, "malformed request line");
    if (!is_token(p, (size_t)(s1 - p)))
        return fail(vm, out, "malformed method");
    size_t tlen = (size_t)(s2 - s1 - 1);
    if (memchr(s1 + 1, '\0', tlen) || memchr(s1 + 1, '\r', tlen) || memchr(s1 + 1, '\t', tlen))
        return fail(vm, out, "malformed request target");
    const char *ver = s2 + 1;
    size_t vlen = (size_t)(line_end - ver);
    if (!(vlen == 8 && (memcmp(ver, "HTTP/1.1", 8) == 0 || memcmp(ver, "HTTP/1.0", 8) == 0))) {
        if (vlen == 8 && memcmp(ver, "HTTP/", 5) == 0 && ver[6] == '.' && is_digit(ver[5]) &&
            is_digit(ver[7]))
            return fail(vm, out, "HTTP version not supported");
        return fail(vm, out, "malformed HTTP version");
    }
    ObjArray *r = array_new(vm, 4);
    vm_push_root(vm, OBJ_VAL(r));
    array_push(vm, r, OBJ_VAL(str_new(vm, p, (size_t)(s1 - p))));
    array_push(vm, r, OBJ_VAL(str_new(vm, s1 + 1, (size_t)(s2 - s1 - 1))));
    array_push(vm, r, OBJ_VAL(str_new(vm, s2 + 1, (size_t)(line_end - s2 - 1))));
    ObjArray *f = array_new(vm, 16);
    array_push(vm, r, OBJ_VAL(f));
    p = nl ? nl + 1 : end;
    bool ok = true;
    const char *err = NULL;
    while (nl && ok) {
        nl = memchr(p, '\n', (size_t)(end - p));
        le = nl ? nl : end;
        line_end = (le > p && le[-1] == '\r') ? le - 1 : le;
        const char *colon = memchr(p, ':', (size_t)(line_end - p));
        if (!colon || colon == p) {
            err = "malformed header line";
            break;
        }
        // a token (RFC 9112 5.1): no whitespace, no bare CR, no separators or
        // bytes a peer might read differently
        if (!is_token(p, (size_t)(colon - p))) {
            err = "malformed header name";
            break;
        }
        const char *v = colon + 1, *ve = line_end;
        while (v < ve && is_ws(*v))
            v++;
        while (ve > v && is_ws(ve[-1]))
            ve--;
        if (memchr(v, '\0', (size_t)(ve - v)) || memchr(v, '\r', (size_t)(ve - v))) {
            err = "malformed header value";
            break;
        }
        ObjString *name = str_new(vm, p, (size_t)(colon - p));
        for (size_t i = 0; i < name->len; i++) {
            char c = name->chars[i];
            if (c >= 'A' && c <= 'Z')
                name->chars[i] = (char)(c + 32);
        }
        array_push(vm, f, OBJ_VAL(name));
        array_push(vm, f, OBJ_VAL(str_new(vm, v, (size_t)(ve - v))));
        p = nl ? nl + 1 : end;
    }
    vm_pop_root(vm);
    if (err)
        return fail(vm, out, err);
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
    StrBuf sb;
    sb_init(&sb);
    sb_reserve(&sb, size + 1);
    for (;;) {
        if (sb.cap - sb.len < 4096)
            sb_reserve(&sb, sb.cap);
        ssize_t n = read(fd, sb.data + sb.len, sb.cap - sb.len - 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            close(fd);
            sb_free(&sb);
            return NULL;
        }
        if (n == 0)
            break;
        sb.len += (size_t)n;
        // less than asked of a regular file: its end (saves the read that
        // would return 0; a file that grew goes round again)
        if (sb.len <= size)
            break;
    }
    close(fd);
    sb.data[sb.len] = '\0';
    return str_from_buf(vm, &sb);
}

// http_resolve(root, rel, read_max) -> [path, kind, size, mtime s, mtime ns,
// data] or nil when nothing is there. root is a real path (what realpath
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
    ObjArray *a = array_new(vm, 6);
    vm_push_root(vm, OBJ_VAL(a));
    array_push(vm, a, OBJ_VAL(str_from_cstr(vm, path)));
    const char *kind = S_ISREG(st.st_mode) ? "f" : S_ISDIR(st.st_mode) ? "d" : "o";
    array_push(vm, a, OBJ_VAL(str_from_cstr(vm, kind)));
    array_push(vm, a, INT_VAL((int64_t)st.st_size));
    array_push(vm, a, INT_VAL((int64_t)st.st_mtim.tv_sec));
    array_push(vm, a, INT_VAL((int64_t)st.st_mtim.tv_nsec));
    ObjString *data = NULL;
    if (S_ISREG(st.st_mode) && st.st_size <= read_max)
        data = read_whole(vm, path, (size_t)st.st_size);
    array_push(vm, a, data ? OBJ_VAL(data) : NIL_VAL);
    vm_pop_root(vm);
    free(real);
    *out = OBJ_VAL(a);
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
    {"http_file_info", http_file_info, 1, 1},
    {"http_resolve", http_resolve, 3, 3},
    {"http_file_read", http_file_read, 3, 3},
    {NULL, NULL, 0, 0},
};
