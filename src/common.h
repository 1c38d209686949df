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
#define FUN_NOINLINE __attribute__((noinline))
#else
#define FUN_LIKELY(x) (x)
#define FUN_UNLIKELY(x) (x)
#define FUN_PRINTF(a, b)
#define FUN_NORETURN
#define FUN_NOINLINE
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
// Appending is inline: builders (JSON, printing) append a byte or a few
// millions of times, and a call plus a memcpy per byte doubled stringify.
// The buffer stays NUL-terminated after every append.
static inline void sb_append(StrBuf *sb, const char *s, size_t n)
{
    if (FUN_UNLIKELY(sb->len + n + 1 > sb->cap))
        sb_reserve(sb, n);
    if (n)
        memcpy(sb->data + sb->len, s, n);
    sb->len += n;
    sb->data[sb->len] = '\0';
}
static inline void sb_putc(StrBuf *sb, char c)
{
    if (FUN_UNLIKELY(sb->len + 2 > sb->cap))
        sb_reserve(sb, 1);
    sb->data[sb->len++] = c;
    sb->data[sb->len] = '\0';
}
void sb_puts(StrBuf *sb, const char *s);
void sb_printf(StrBuf *sb, const char *fmt, ...) FUN_PRINTF(2, 3);

// Reads a whole file (binary-safe, NUL-terminated for convenience); NULL when
// it cannot be read. The caller frees the result.
char *fun_read_file(const char *path, size_t *len);
// The same for the rest of an open stream (a script piped on stdin).
char *fun_read_stream(FILE *f, size_t *len);

// The one string ordering (`<` on strings, sort(), the REPL's :globals): bytes
// compared as unsigned, a proper prefix first. Returns -1, 0 or 1.
static inline int fun_bytes_cmp(const char *a, size_t alen, const char *b, size_t blen)
{
    int c = memcmp(a, b, alen < blen ? alen : blen);
    if (c != 0)
        return c < 0 ? -1 : 1;
    return alen < blen ? -1 : alen > blen;
}

// Resolves a possibly negative index (-1 is the last element) against len;
// false when it is out of range. Every indexing builtin and opcode uses it.
static inline bool fun_norm_index(int64_t i, size_t len, size_t *out)
{
    if (i < 0)
        i += (int64_t)len;
    if (i < 0 || (uint64_t)i >= len)
        return false;
    *out = (size_t)i;
    return true;
}

// ASCII white space as C's isspace() sees it in the "C" locale, without the
// locale lookup and the sign-extension trap of passing a plain char.
static inline bool fun_is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

#endif
