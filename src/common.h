// SPDX-License-Identifier: MIT
// Shared includes, switches and small helpers used by every module.
#ifndef FUN_COMMON_H
#define FUN_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FUN_VERSION "1.0.0"

#if defined(__GNUC__) || defined(__clang__)
#define FUN_LIKELY(x) __builtin_expect(!!(x), 1)
#define FUN_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define FUN_PRINTF(a, b) __attribute__((format(printf, a, b)))
#define FUN_NORETURN __attribute__((noreturn))
#else
#define FUN_LIKELY(x) (x)
#define FUN_UNLIKELY(x) (x)
#define FUN_PRINTF(a, b)
#define FUN_NORETURN
#endif

#define UNUSED(x) ((void)(x))
#define UNREACHABLE() abort()

// Out-of-memory is not recoverable: print and abort.
FUN_NORETURN void fun_oom(void);

// FUN_ASSERT(cond): an internal invariant. Builds with -DFUN_ASSERTS (make
// asan, make tsan) check it and abort with file:line and the condition; other
// builds compile it to nothing (the condition is type-checked, never run).
#ifdef FUN_ASSERTS
#define FUN_ASSERT(cond) ((cond) ? (void)0 : fun_assert_fail(__FILE__, __LINE__, #cond))
#else
#define FUN_ASSERT(cond) ((void)sizeof(!(cond)))
#endif
FUN_NORETURN void fun_assert_fail(const char *file, int line, const char *cond);

// The checked allocators for every byte outside the GC heap (mem_realloc in
// memory.h counts the GC heap): they never return NULL, running out of
// memory ends in fun_oom(). A zero size still gets a unique pointer.
void *fun_malloc(size_t n);
void *fun_calloc(size_t count, size_t size);
void *fun_realloc(void *p, size_t n);
char *fun_strdup(const char *s);
char *fun_strndup(const char *s, size_t n);

// Growable byte buffer built with malloc (not GC-managed); used to build strings.
typedef struct {
    char *data;
    size_t len;
    size_t cap;
} StrBuf;

void sb_init(StrBuf *sb);
void sb_free(StrBuf *sb);
void sb_reserve(StrBuf *sb, size_t extra);
void sb_append(StrBuf *sb, const char *s, size_t n);
void sb_puts(StrBuf *sb, const char *s);
void sb_putc(StrBuf *sb, char c);
void sb_printf(StrBuf *sb, const char *fmt, ...) FUN_PRINTF(2, 3);

// Reads a whole file (binary-safe, NUL-terminated for convenience); NULL when
// it cannot be read. The caller frees the result.
char *fun_read_file(const char *path, size_t *len);

#endif
