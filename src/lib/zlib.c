// SPDX-License-Identifier: MIT
// gzip through zlib: gzip_compress(data [, level]) and gzip_decompress(data
// [, max_bytes]), binary-safe, for the HTTP server's Content-Encoding: gzip
// and for programs that read or write .gz data. Built only when the
// Makefile's probe finds zlib (FUN_HAVE_ZLIB); otherwise both raise the "not
// built" error of ruling D31. libz is loaded on the first call (dynload.h).
#include "lib.h"

#ifdef FUN_HAVE_ZLIB

#include <zlib.h>

#include "dynload.h"

// deflateInit2 / inflateInit2 are macros over the *_ functions
#define ZLIB_SYMS(X)                                                                       \
    X(deflateInit2_) X(deflateBound) X(deflate) X(deflateEnd) X(inflateInit2_) X(inflate)  \
        X(inflateReset) X(inflateEnd)
DYNLIB_DEFINE(zlib, ZLIB_SYMS, "zlib", "ZLIB", FUN_ZLIB_SONAME);

// Largest output gzip_decompress builds unless told otherwise: a small input
// can expand a thousandfold, so the limit is an error, not an abort.
#ifndef GZIP_MAX_OUT
#define GZIP_MAX_OUT ((size_t)1 << 30)
#endif

// windowBits for deflateInit2/inflateInit2: 15 (32 KiB window) + 16 selects
// the gzip wrapper (header and CRC-32 trailer) instead of zlib's.
#define GZIP_WINDOW_BITS (15 + 16)

// zlib counts in uInt: feed it at most this much at once.
#define ZCHUNK ((size_t)1 << 30)

// gzip_compress(data [, level]) -> the gzip member holding data; level 1
// (fastest) to 9 (smallest), default 6 (zlib's default trade-off).
static bool zl_compress(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *s;
    int64_t level = 6;
    if (!dynlib_need(vm, &zlib_lib, "gzip_compress") || !arg_string(vm, "gzip_compress", args, 0, &s))
        return false;
    if (argc > 1 && !arg_int(vm, "gzip_compress", args, 1, &level))
        return false;
    if (level < 1 || level > 9)
        return vm_error(vm, "gzip_compress: level must be 1 to 9, got %lld", (long long)level);
    z_stream z;
    memset(&z, 0, sizeof z);
    if (zlib.deflateInit2(&z, (int)level, Z_DEFLATED, GZIP_WINDOW_BITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return vm_error(vm, "gzip_compress: zlib could not start (out of memory)");
    StrBuf sb;
    sb_init(&sb);
    size_t in_left = s->len;
    z.next_in = (Bytef *)s->chars;
    int rc;
    do {
        size_t take = in_left < ZCHUNK ? in_left : ZCHUNK;
        z.avail_in = (uInt)take;
        in_left -= take;
        int flush = in_left == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            // deflateBound is exact enough for one call on small inputs
            size_t room = zlib.deflateBound(&z, z.avail_in) + 64;
            if (room > ZCHUNK)
                room = ZCHUNK;
            sb_reserve(&sb, room);
            z.next_out = (Bytef *)sb.data + sb.len;
            z.avail_out = (uInt)room;
            rc = zlib.deflate(&z, flush);
            sb.len += room - z.avail_out;
        } while (z.avail_out == 0 || (flush == Z_FINISH && rc == Z_OK));
    } while (in_left > 0);
    zlib.deflateEnd(&z);
    if (rc != Z_STREAM_END) {
        sb_free(&sb);
        return vm_error(vm, "gzip_compress: zlib failed (%d)", rc);
    }
    *out = OBJ_VAL(str_from_buf(vm, &sb));
    return true;
}

// gzip_decompress(data [, max_bytes]) -> the bytes of every gzip member in
// data (concatenated members, as gunzip reads them). Malformed, truncated or
// trailing non-gzip data, and output beyond max_bytes, are catchable errors.
static bool zl_decompress(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *s;
    int64_t max = (int64_t)GZIP_MAX_OUT;
    if (!dynlib_need(vm, &zlib_lib, "gzip_decompress") ||
        !arg_string(vm, "gzip_decompress", args, 0, &s))
        return false;
    if (argc > 1 && !arg_int(vm, "gzip_decompress", args, 1, &max))
        return false;
    if (max < 0 || (uint64_t)max > GZIP_MAX_OUT)
        max = (int64_t)GZIP_MAX_OUT;
    if (s->len > ZCHUNK)
        return vm_error(vm, "gzip_decompress: input of %zu bytes is too large", s->len);
    z_stream z;
    memset(&z, 0, sizeof z);
    if (zlib.inflateInit2(&z, GZIP_WINDOW_BITS) != Z_OK)
        return vm_error(vm, "gzip_decompress: zlib could not start (out of memory)");
    StrBuf sb;
    sb_init(&sb);
    z.next_in = (Bytef *)s->chars;
    z.avail_in = (uInt)s->len;
    const char *err = NULL;
    for (;;) {
        size_t room = s->len * 4 + 256;
        if (room > ZCHUNK)
            room = ZCHUNK;
        if ((size_t)max - sb.len < room)
            room = (size_t)max - sb.len + 1; // one byte past the limit tells it was reached
        sb_reserve(&sb, room);
        z.next_out = (Bytef *)sb.data + sb.len;
        z.avail_out = (uInt)room;
        int rc = zlib.inflate(&z, Z_NO_FLUSH);
        sb.len += room - z.avail_out;
        if (sb.len > (size_t)max) {
            err = "output larger than the limit";
            break;
        }
        if (rc == Z_STREAM_END) {
            if (z.avail_in == 0)
                break;
            // another member follows (gzip files may be concatenated)
            if (zlib.inflateReset(&z) != Z_OK) {
                err = "zlib failed";
                break;
            }
            continue;
        }
        if (rc == Z_OK)
            continue;
        if (rc == Z_BUF_ERROR && z.avail_in == 0)
            err = "truncated gzip data";
        else if (rc == Z_MEM_ERROR)
            err = "out of memory";
        else
            err = z.msg ? z.msg : "invalid gzip data";
        break;
    }
    zlib.inflateEnd(&z);
    if (err) {
        sb_free(&sb);
        return vm_error(vm, "gzip_decompress: %s", err);
    }
    *out = OBJ_VAL(str_from_buf(vm, &sb));
    return true;
}

const NativeReg lib_zlib_natives[] = {
    {"gzip_compress", zl_compress, 1, 2},
    {"gzip_decompress", zl_decompress, 1, 2},
    {NULL, NULL, 0, 0},
};

#else // not built: the same names raise the D31 error

static bool zl_compress(VM *vm, int argc, Value *args, Value *out)
{
    return vm_error(vm, "gzip_compress: optional extension not built into this interpreter");
}

static bool zl_decompress(VM *vm, int argc, Value *args, Value *out)
{
    return vm_error(vm, "gzip_decompress: optional extension not built into this interpreter");
}

const NativeReg lib_zlib_natives[] = {
    {"gzip_compress", zl_compress, 1, 2},
    {"gzip_decompress", zl_decompress, 1, 2},
    {NULL, NULL, 0, 0},
};

#endif
