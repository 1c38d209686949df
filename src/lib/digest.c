// SPDX-License-Identifier: MIT
// The reference's openssl digest builtins (extensions.md section 4):
// openssl_md5 / openssl_sha256 / openssl_sha512 / openssl_ripemd160 (data)
// -> the lowercase hex digest of str(data) up to its first NUL byte, "" if
// OpenSSL cannot compute it. Built with FUN_HAVE_OPENSSL, like tls.c;
// otherwise each raises the "not built" error (rulings D31). libcrypto is
// loaded on the first call (dynload.h).
#include "lib.h"

#ifdef FUN_HAVE_OPENSSL
#include <pthread.h>

#include <openssl/evp.h>
#include <openssl/provider.h>

#include "dynload.h"

#define LIBCRYPTO_SYMS(X) X(OSSL_PROVIDER_load) X(EVP_MD_fetch) X(EVP_Digest) X(EVP_MD_free)
DYNLIB_DEFINE(crypto, LIBCRYPTO_SYMS, "OpenSSL", "LIBCRYPTO", FUN_LIBCRYPTO_SONAME);

// RIPEMD-160 lives in OpenSSL 3's legacy provider before 3.0.7 (the
// default one afterwards): when the default fetch fails, load "legacy" once
// next to "default" and try again.
static pthread_once_t legacy_once = PTHREAD_ONCE_INIT;
static void load_legacy(void)
{
    crypto.OSSL_PROVIDER_load(NULL, "legacy");
    crypto.OSSL_PROVIDER_load(NULL, "default");
}

static bool digest(VM *vm, Value arg, const char *fn, const char *alg, Value *out)
{
    if (!dynlib_need(vm, &crypto_lib, fn))
        return false;
    StrBuf sb;
    sb_init(&sb);
    const char *s;
    size_t n;
    if (IS_STRING(arg)) {
        s = AS_CSTRING(arg);
        n = AS_STRING(arg)->len;
    } else {
        if (!val_display(vm, &sb, arg)) {
            sb_free(&sb);
            return false;
        }
        s = sb.data ? sb.data : "";
        n = sb.len;
    }
    const char *nul = memchr(s, '\0', n); // the reference hashes a C string
    if (nul)
        n = (size_t)(nul - s);
    EVP_MD *md = crypto.EVP_MD_fetch(NULL, alg, NULL);
    if (!md) {
        pthread_once(&legacy_once, load_legacy);
        md = crypto.EVP_MD_fetch(NULL, alg, NULL);
    }
    unsigned char h[EVP_MAX_MD_SIZE];
    unsigned int hlen = 0;
    bool ok = md && crypto.EVP_Digest(s, n, h, &hlen, md, NULL) == 1;
    crypto.EVP_MD_free(md);
    sb_free(&sb);
    if (!ok) {
        *out = OBJ_VAL(str_new(vm, "", 0));
        return true;
    }
    static const char hex[] = "0123456789abcdef";
    char txt[2 * EVP_MAX_MD_SIZE];
    for (unsigned int i = 0; i < hlen; i++) {
        txt[2 * i] = hex[h[i] >> 4];
        txt[2 * i + 1] = hex[h[i] & 15];
    }
    *out = OBJ_VAL(str_new(vm, txt, 2 * (size_t)hlen));
    return true;
}

static bool dg_md5(VM *vm, int argc, Value *args, Value *out) { return digest(vm, args[0], "openssl_md5", "MD5", out); }
static bool dg_sha256(VM *vm, int argc, Value *args, Value *out) { return digest(vm, args[0], "openssl_sha256", "SHA256", out); }
static bool dg_sha512(VM *vm, int argc, Value *args, Value *out) { return digest(vm, args[0], "openssl_sha512", "SHA512", out); }
static bool dg_ripemd160(VM *vm, int argc, Value *args, Value *out)
{
    return digest(vm, args[0], "openssl_ripemd160", "RIPEMD160", out);
}

const NativeReg lib_digest_natives[] = {
    {"openssl_md5", dg_md5, 1, 1},
    {"openssl_sha256", dg_sha256, 1, 1},
    {"openssl_sha512", dg_sha512, 1, 1},
    {"openssl_ripemd160", dg_ripemd160, 1, 1},
    {NULL, NULL, 0, 0},
};

#else // not built: core.c's entries raise the "not built" error

const NativeReg lib_digest_natives[] = {
    {NULL, NULL, 0, 0},
};

#endif
