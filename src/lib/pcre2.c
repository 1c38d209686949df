// SPDX-License-Identifier: MIT
// PCRE2 regular expressions through libpcre2-8 (docs/pcre2.md):
// pcre2_test / pcre2_match / pcre2_findall with the
// reference's flags and match Maps. Subjects and patterns are byte strings
// (NULs included), offsets are bytes. Compiled patterns are cached per
// thread. Built only when the Makefile's probe finds the library
// (FUN_HAVE_PCRE2); otherwise core.c's entries raise the "not built" error
// (docs/rulings.md D31). libpcre2-8 is loaded on the first call (dynload.h).
#ifdef FUN_HAVE_PCRE2
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "dynload.h"
#include "lib.h"

// each name is a macro for its _8 function, which the table holds
#define PCRE2_SYMS(X)                                                                      \
    X(pcre2_code_free) X(pcre2_compile) X(pcre2_get_error_message)                        \
    X(pcre2_get_ovector_count) X(pcre2_get_ovector_pointer) X(pcre2_jit_compile)          \
    X(pcre2_match) X(pcre2_match_data_create_from_pattern) X(pcre2_match_data_free)       \
    X(pcre2_pattern_info)
DYNLIB_DEFINE(pc, PCRE2_SYMS, "pcre2", "PCRE2", FUN_PCRE2_SONAME);

// The reference's flag bits.
enum { F_CASELESS = 1, F_MULTILINE = 2, F_DOTALL = 4, F_UTF = 8, F_EXTENDED = 16, F_ALL = 31 };

#define RE_CACHE 32

typedef struct {
    char *pattern; // NULL: empty slot
    size_t len;
    uint32_t flags;
    pcre2_code *code;
    pcre2_match_data *md;
    uint64_t used;
} CachedRe;

// Per thread: each Fun thread runs its own VM on its own OS thread, and
// compiled code plus match data must not be shared between concurrent matches.
static _Thread_local CachedRe re_cache[RE_CACHE];
static _Thread_local uint64_t re_clock;

static uint32_t flags_arg(Value v)
{
    if (IS_INT(v))
        return (uint32_t)(AS_INT(v) & F_ALL);
    if (IS_BOOL(v))
        return AS_BOOL(v) ? 1u : 0u;
    return 0; // the reference: other types, Floats included, count as 0
}

// pattern and text are str(arg) as in the reference: a String as it is,
// anything else by its display text.
static bool text_arg(VM *vm, Value v, StrBuf *tmp, const char **s, size_t *n)
{
    if (IS_STRING(v)) {
        *s = AS_STRING(v)->chars;
        *n = AS_STRING(v)->len;
        return true;
    }
    if (!val_display(vm, tmp, v))
        return false;
    *s = tmp->data ? tmp->data : "";
    *n = tmp->len;
    return true;
}

// Compiled code for (pattern, flags), from the cache or compiled now; an
// invalid pattern raises "FN: invalid pattern at offset N: reason".
static CachedRe *get_re(VM *vm, const char *fn, const char *pat, size_t len, uint32_t flags)
{
    int victim = 0;
    for (int i = 0; i < RE_CACHE; i++) {
        CachedRe *e = &re_cache[i];
        if (e->pattern && e->flags == flags && e->len == len && memcmp(e->pattern, pat, len) == 0) {
            e->used = ++re_clock;
            return e;
        }
        if (!e->pattern || (re_cache[victim].pattern && e->used < re_cache[victim].used))
            victim = i;
    }
    uint32_t opts = 0;
    if (flags & F_CASELESS)
        opts |= PCRE2_CASELESS;
    if (flags & F_MULTILINE)
        opts |= PCRE2_MULTILINE;
    if (flags & F_DOTALL)
        opts |= PCRE2_DOTALL;
    if (flags & F_UTF)
        opts |= PCRE2_UTF;
    if (flags & F_EXTENDED)
        opts |= PCRE2_EXTENDED;
    int err;
    PCRE2_SIZE erroff;
    pcre2_code *code = pc.pcre2_compile((PCRE2_SPTR)pat, len, opts, &err, &erroff, NULL);
    if (!code) {
        PCRE2_UCHAR msg[256];
        pc.pcre2_get_error_message(err, msg, sizeof msg);
        vm_error(vm, "%s: invalid pattern at offset %zu: %s", fn, (size_t)erroff, (char *)msg);
        return NULL;
    }
    pc.pcre2_jit_compile(code, PCRE2_JIT_COMPLETE); // optional speed-up; the interpreter is the fallback
    CachedRe *e = &re_cache[victim];
    if (e->pattern) {
        free(e->pattern);
        pc.pcre2_match_data_free(e->md);
        pc.pcre2_code_free(e->code);
    }
    e->pattern = fun_malloc(len + 1);
    if (!e->pattern)
        fun_oom();
    memcpy(e->pattern, pat, len);
    e->len = len;
    e->flags = flags;
    e->code = code;
    e->md = pc.pcre2_match_data_create_from_pattern(code, NULL);
    if (!e->md)
        fun_oom();
    e->used = ++re_clock;
    return e;
}

// One match at or after start: 1 found, 0 none, -1 error raised.
static int match_at(VM *vm, const char *fn, CachedRe *re, const char *s, size_t n, size_t start,
                    uint32_t opts)
{
    int rc = pc.pcre2_match(re->code, (PCRE2_SPTR)s, n, start, opts, re->md, NULL);
    if (rc == PCRE2_ERROR_NOMATCH)
        return 0;
    if (rc < 0) {
        PCRE2_UCHAR msg[256];
        pc.pcre2_get_error_message(rc, msg, sizeof msg);
        vm_error(vm, "%s: %s", fn, (char *)msg);
        return -1;
    }
    return 1;
}

// {"full": String, "start": Int, "end": Int, "groups": [String, ...]}:
// groups 1 to the highest that took part; one that did not take part before
// that is "" (the reference's shape).
static Value match_map(VM *vm, CachedRe *re, const char *s)
{
    PCRE2_SIZE *ov = pc.pcre2_get_ovector_pointer(re->md);
    uint32_t npairs = pc.pcre2_get_ovector_count(re->md);
    uint32_t ngroups;
    pc.pcre2_pattern_info(re->code, PCRE2_INFO_CAPTURECOUNT, &ngroups);
    if (ngroups + 1 > npairs)
        ngroups = npairs - 1;
    uint32_t last = 0;
    for (uint32_t g = 1; g <= ngroups; g++)
        if (ov[2 * g] != PCRE2_UNSET)
            last = g;
    ObjMap *m = map_new(vm);
    vm_push_root(vm, OBJ_VAL(m));
    map_set_cstr(vm, m, "full", str_val(vm, s + ov[0], ov[1] - ov[0]));
    map_set_cstr(vm, m, "start", INT_VAL((int64_t)ov[0]));
    map_set_cstr(vm, m, "end", INT_VAL((int64_t)ov[1]));
    ObjArray *groups = array_new(vm, last);
    map_set_cstr(vm, m, "groups", OBJ_VAL(groups));
    for (uint32_t g = 1; g <= last; g++) {
        if (ov[2 * g] == PCRE2_UNSET)
            array_push(vm, groups, str_val(vm, "", 0));
        else
            array_push(vm, groups, str_val(vm, s + ov[2 * g], ov[2 * g + 1] - ov[2 * g]));
    }
    vm_pop_root(vm);
    return OBJ_VAL(m);
}

typedef enum { OP_TEST, OP_MATCH, OP_FINDALL } Op;

static bool run(VM *vm, const char *fn, Op op, Value *args, Value *out)
{
    StrBuf tp, ts;
    sb_init(&tp);
    sb_init(&ts);
    const char *pat, *s;
    size_t plen, n;
    bool ok = false;
    if (!dynlib_need(vm, &pc_lib, fn) || !text_arg(vm, args[0], &tp, &pat, &plen) || !text_arg(vm, args[1], &ts, &s, &n))
        goto done;
    uint32_t flags = flags_arg(args[2]);
    CachedRe *re = get_re(vm, fn, pat, plen, flags);
    if (!re)
        goto done;
    if (op != OP_FINDALL) {
        int r = match_at(vm, fn, re, s, n, 0, 0);
        if (r < 0)
            goto done;
        if (op == OP_TEST)
            *out = INT_VAL(r);
        else
            *out = r ? match_map(vm, re, s) : NIL_VAL;
        ok = true;
        goto done;
    }
    ObjArray *all = array_new(vm, 0);
    vm_push_root(vm, OBJ_VAL(all));
    size_t pos = 0;
    while (pos <= n) {
        int r = match_at(vm, fn, re, s, n, pos, 0);
        if (r < 0) {
            vm_pop_root(vm);
            goto done;
        }
        if (r == 0)
            break;
        array_push(vm, all, match_map(vm, re, s));
        PCRE2_SIZE *ov = pc.pcre2_get_ovector_pointer(re->md);
        if (ov[1] > ov[0]) {
            pos = ov[1];
        } else {
            // after an empty match move on one byte, or one whole character
            // in UTF mode (the reference stopped inside a multibyte one)
            pos = ov[1] + 1;
            if (flags & F_UTF)
                while (pos < n && ((unsigned char)s[pos] & 0xC0) == 0x80)
                    pos++;
        }
    }
    vm_pop_root(vm);
    *out = OBJ_VAL(all);
    ok = true;
done:
    sb_free(&tp);
    sb_free(&ts);
    return ok;
}

// pcre2_test(pattern, text, flags) -> 1 if there is a match anywhere, else 0.
static bool re_test(VM *vm, int argc, Value *args, Value *out)
{
    return run(vm, "pcre2_test", OP_TEST, args, out);
}

// pcre2_match(pattern, text, flags) -> the first match Map, or nil.
static bool re_match(VM *vm, int argc, Value *args, Value *out)
{
    return run(vm, "pcre2_match", OP_MATCH, args, out);
}

// pcre2_findall(pattern, text, flags) -> Array of the non-overlapping matches.
static bool re_findall(VM *vm, int argc, Value *args, Value *out)
{
    return run(vm, "pcre2_findall", OP_FINDALL, args, out);
}

const NativeReg lib_pcre2_natives[] = {
    {"pcre2_test", re_test, 3, 3},
    {"pcre2_match", re_match, 3, 3},
    {"pcre2_findall", re_findall, 3, 3},
    {NULL, NULL, 0, 0},
};

#else // not built: core.c's entries raise the "not built" error

#include "lib.h"

const NativeReg lib_pcre2_natives[] = {
    {NULL, NULL, 0, 0},
};

#endif
