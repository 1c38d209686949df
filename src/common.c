// SPDX-License-Identifier: MIT
// Small shared helpers: out-of-memory exit, the checked allocators and the
// StrBuf byte buffer.
#include "common.h"

#include <stdarg.h>

void fun_oom(void)
{
    fputs("fun: out of memory\n", stderr);
    abort();
}

void fun_assert_fail(const char *file, int line, const char *cond)
{
    fflush(stdout);
    fprintf(stderr, "fun: internal error: %s:%d: assertion failed: %s\n", file, line, cond);
    abort();
}

void *fun_malloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        fun_oom();
    return p;
}

void *fun_calloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p)
        fun_oom();
    return p;
}

void *fun_realloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p)
        fun_oom();
    return p;
}

char *fun_strndup(const char *s, size_t n)
{
    size_t len = strnlen(s, n);
    char *p = fun_malloc(len + 1);
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *fun_strdup(const char *s) { return fun_strndup(s, strlen(s)); }

void sb_init(StrBuf *sb)
{
    sb->data = NULL;
    sb->len = 0;
    sb->cap = 0;
}

void sb_free(StrBuf *sb)
{
    free(sb->data);
    sb_init(sb);
}

void sb_reserve(StrBuf *sb, size_t extra)
{
    if (sb->len + extra + 1 <= sb->cap)
        return;
    size_t cap = sb->cap < 64 ? 64 : sb->cap;
    while (cap < sb->len + extra + 1)
        cap *= 2;
    sb->data = fun_realloc(sb->data, cap);
    sb->cap = cap;
}

void sb_puts(StrBuf *sb, const char *s) { sb_append(sb, s, strlen(s)); }

void sb_printf(StrBuf *sb, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof small) {
        sb_append(sb, small, (size_t)n);
        return;
    }
    sb_reserve(sb, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    sb->len += (size_t)n;
}

char *fun_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *data = fun_read_stream(f, len);
    fclose(f);
    return data;
}

char *fun_read_stream(FILE *f, size_t *len)
{
    StrBuf sb;
    sb_init(&sb);
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        sb_append(&sb, buf, n);
    if (ferror(f)) {
        sb_free(&sb);
        return NULL;
    }
    sb_reserve(&sb, 0);
    sb.data[sb.len] = '\0';
    *len = sb.len;
    return sb.data;
}
