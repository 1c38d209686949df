// SPDX-License-Identifier: MIT
// Byte-level primitives for the WebSocket library (lib/net/websocket.fun):
// masking a payload costs one XOR per byte, which in Fun is a call per byte,
// and masking keys must come from a strong random source (RFC 6455 5.3).
// The protocol itself (frames, handshake, close) stays in Fun.
#include "lib.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

// ws_mask(data, key) -> data XOR-ed with the 4-byte key repeated (masking and
// unmasking are the same operation).
static bool ws_mask(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *data, *key;
    if (!arg_string(vm, "ws_mask", args, 0, &data) || !arg_string(vm, "ws_mask", args, 1, &key))
        return false;
    if (key->len != 4)
        return vm_error(vm, "ws_mask: the key must be 4 bytes, got %zu", key->len);
    ObjString *r = str_alloc(vm, data->len);
    const unsigned char *k = (const unsigned char *)key->chars;
    const unsigned char *s = (const unsigned char *)data->chars;
    unsigned char *d = (unsigned char *)r->chars;
    for (size_t i = 0; i < data->len; i++)
        d[i] = s[i] ^ k[i & 3];
    *out = OBJ_VAL(r);
    return true;
}

// ws_random_bytes(n) -> n bytes (0..1024) from /dev/urandom.
static bool ws_random_bytes(VM *vm, int argc, Value *args, Value *out)
{
    int64_t n;
    if (!arg_int(vm, "ws_random_bytes", args, 0, &n))
        return false;
    if (n < 0 || n > 1024)
        return vm_error(vm, "ws_random_bytes: count must be 0..1024, got %lld", (long long)n);
    unsigned char buf[1024];
    size_t got = 0;
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return vm_error(vm, "ws_random_bytes: cannot open /dev/urandom: %s", strerror(errno));
    while (got < (size_t)n) {
        ssize_t r = read(fd, buf + got, (size_t)n - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            int e = r < 0 ? errno : EIO;
            close(fd);
            return vm_error(vm, "ws_random_bytes: cannot read /dev/urandom: %s", strerror(e));
        }
        got += (size_t)r;
    }
    close(fd);
    *out = str_val(vm, (const char *)buf, got);
    return true;
}

// ws_utf8_valid(s) -> true when s is well-formed UTF-8 (no overlong forms,
// no surrogates, nothing above U+10FFFF): a text message that is not must
// fail the connection (RFC 6455 8.1).
static bool ws_utf8_valid(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *s;
    if (!arg_string(vm, "ws_utf8_valid", args, 0, &s))
        return false;
    const unsigned char *p = (const unsigned char *)s->chars, *end = p + s->len;
    bool ok = true;
    while (p < end && ok) {
        unsigned c = *p;
        size_t n;
        unsigned lo = 0x80, hi = 0xBF;
        if (c < 0x80) {
            p++;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            if (c == 0xE0)
                lo = 0xA0; // overlong
            if (c == 0xED)
                hi = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            if (c == 0xF0)
                lo = 0x90; // overlong
            if (c == 0xF4)
                hi = 0x8F; // above U+10FFFF
        } else {
            ok = false;
            break;
        }
        if ((size_t)(end - p) <= n) {
            ok = false;
            break;
        }
        if (p[1] < lo || p[1] > hi)
            ok = false;
        for (size_t i = 2; i <= n && ok; i++)
            if (p[i] < 0x80 || p[i] > 0xBF)
                ok = false;
        p += n + 1;
    }
    *out = BOOL_VAL(ok);
    return true;
}

const NativeReg lib_websocket_natives[] = {
    {"ws_utf8_valid", ws_utf8_valid, 1, 1},
    {"ws_mask", ws_mask, 2, 2},
    {"ws_random_bytes", ws_random_bytes, 1, 1},
    {NULL, NULL, 0, 0},
};
