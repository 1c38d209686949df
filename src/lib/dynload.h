// SPDX-License-Identifier: MIT
// Optional libraries loaded on first use (docs/extensions.md, "Loading on
// first use"). The binary links only libc/libm/libpthread: start-up maps no
// sqlite, libxml2, OpenSSL... A binding lists the symbols it calls once, as an
// X-macro, and gets from it a struct of typed function pointers (the real
// headers are compiled, so every call is type-checked) and the names to
// resolve:
//
//     #define ZLIB_SYMS(X) X(deflateInit2_) X(deflate) X(deflateEnd)
//     DYNLIB_DEFINE(zlib, ZLIB_SYMS, "zlib", "ZLIB", FUN_ZLIB_SONAME);
//
// defines the table `zlib` and its loader `zlib_lib`; a builtin starts with
// `if (!dynlib_need(vm, &zlib_lib, "gzip_compress")) return false;` and
// calls `zlib.deflate(...)`. A header macro over a function still works
// through the struct: `zlib.deflateInit2(...)` expands to
// `zlib.deflateInit2_(...)` (and OpenSSL's SSL_CTX_set_* macros to
// `ossl.SSL_CTX_ctrl(...)`), so the list names the function the macro calls.
// A data symbol (libedit's rl_* variables) is a pointer to the variable.
#ifndef FUN_DYNLOAD_H
#define FUN_DYNLOAD_H

#include <pthread.h>
#include <stdatomic.h>

#include "lib.h"

#define DYNLIB_STR_(x) #x
// expands its argument first: pcre2_compile is a macro for pcre2_compile_8
#define DYNLIB_STR(x) DYNLIB_STR_(x)
#define DYNLIB_FIELD(sym) __typeof__(&sym) sym;
#define DYNLIB_NAME(sym) DYNLIB_STR(sym),

typedef struct DynLib {
    const char *label;         // "zlib": what messages call it
    const char *env;           // "ZLIB": FUN_DLOPEN_ZLIB overrides the file name
    const char *soname;        // "libz.so.1", found by the Makefile's probe
    const char *const *syms;   // the names, in the order of the fields of table
    size_t nsyms;
    void *table;               // the struct of pointers the names fill
    atomic_int state;          // 0 not tried, 1 loaded, -1 failed (final)
    pthread_mutex_t lock;      // one loader at a time
    char error[320];           // why it failed, for every later call
} DynLib;

#define DYNLIB_INIT(label, env, soname, syms, table)                                       \
    {(label), (env), (soname), (syms), sizeof(syms) / sizeof((syms)[0]), (table), 0,       \
     PTHREAD_MUTEX_INITIALIZER, {0}}

// The table VAR of the symbols LIST names, and its loader VAR_lib.
#define DYNLIB_DEFINE(var, LIST, label, env, soname)                                       \
    static struct {                                                                        \
        LIST(DYNLIB_FIELD)                                                                 \
    } var;                                                                                 \
    static const char *const var##_syms[] = {LIST(DYNLIB_NAME)};                           \
    _Static_assert(sizeof(var) == sizeof(var##_syms) / sizeof(char *) * sizeof(void *),    \
                   "one pointer per name");                                                \
    static DynLib var##_lib = DYNLIB_INIT(label, env, soname, var##_syms, &var)

// Loads lib once (thread-safe; later calls cost one atomic load) and fills
// its table. False when the shared object or one of its symbols is missing:
// lib->error then says which, the same text on every call.
bool dynlib_load(DynLib *lib);

// dynlib_load for a builtin: false with the catchable runtime error
// "NAME: cannot load LABEL (WHY)" when the library is not there.
bool dynlib_need(VM *vm, DynLib *lib, const char *name);

#endif
