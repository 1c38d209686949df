// SPDX-License-Identifier: MIT
// String builtins: substr, find, split, join, POSIX regex, prefix/suffix tests,
// case, trimming, literal replace, repeat, byte codes. All binary-safe (D15).
#include "lib.h"

#include <regex.h>

// Largest string repeat() builds: beyond this it is an error, not an
// out-of-memory abort.
// the fuzzing build lowers it (fuzz/fuzz.mk): one call may not take gigabytes
#ifndef MAX_REPEAT_LEN
#define MAX_REPEAT_LEN ((size_t)1 << 30)
#endif

// Clamps a possibly negative Int into [0, max].
static size_t clamp_index(int64_t i, size_t max)
{
    if (i < 0)
        return 0;
    if ((uint64_t)i > max)
        return max;
    return (size_t)i;
}

// First occurrence of needle in hay[from..], or -1 (memmem is not POSIX).
static int64_t find_bytes(const char *hay, size_t hlen, const char *needle, size_t nlen,
                          size_t from)
{
    if (from > hlen)
        return -1;
    if (nlen == 0)
        return (int64_t)from;
    if (nlen > hlen - from)
        return -1;
    const char *end = hay + hlen - nlen;
    for (const char *p = hay + from; p <= end; p++) {
        p = memchr(p, needle[0], (size_t)(end - p) + 1);
        if (p == NULL)
            return -1;
        if (memcmp(p, needle, nlen) == 0)
            return (int64_t)(p - hay);
    }
    return -1;
}

static bool str_result(VM *vm, StrBuf *sb, Value *out)
{
    *out = OBJ_VAL(str_from_buf(vm, sb));
    return true;
}

// substr(s, start, count): bytes [start, start+count), clipped, never fails on range.
static bool fn_substr(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *s;
    int64_t start, count;
    if (!arg_string(vm, "substr", args, 0, &s) || !arg_int(vm, "substr", args, 1, &start) ||
        !arg_int(vm, "substr", args, 2, &count))
        return false;
    size_t from = clamp_index(start, s->len);
    size_t n = clamp_index(count, s->len - from);
    *out = str_val(vm, s->chars + from, n);
    return true;
}

// find(hay, needle [, start]): byte offset of the first occurrence at or after
// start (negative start counts as 0), or -1.
static bool fn_find(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *hay, *needle;
    int64_t start = 0;
    if (!arg_string(vm, "find", args, 0, &hay) || !arg_string(vm, "find", args, 1, &needle))
        return false;
    if (argc > 2 && !arg_int(vm, "find", args, 2, &start))
        return false;
    if (start > 0 && (uint64_t)start > hay->len) {
        *out = INT_VAL(-1);
        return true;
    }
    size_t from = start < 0 ? 0 : (size_t)start;
    *out = INT_VAL(find_bytes(hay->chars, hay->len, needle->chars, needle->len, from));
    return true;
}

// split(s, sep): every field, empty ones kept; sep "" splits into single bytes.
static bool fn_split(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *s, *sep;
    if (!arg_string(vm, "split", args, 0, &s) || !arg_string(vm, "split", args, 1, &sep))
        return false;
    // Count the pieces first so pushes never reallocate while a fresh string is unrooted.
    size_t n = 1;
    if (sep->len == 0) {
        n = s->len;
    } else {
        int64_t at = 0;
        while ((at = find_bytes(s->chars, s->len, sep->chars, sep->len, (size_t)at)) >= 0) {
            n++;
            at += (int64_t)sep->len;
        }
    }
    ObjArray *arr = array_new(vm, n);
    vm_push_root(vm, OBJ_VAL(arr));
    array_reserve(vm, arr, n);
    if (sep->len == 0) {
        for (size_t i = 0; i < s->len; i++)
            array_push(vm, arr, str_val(vm, s->chars + i, 1));
    } else {
        size_t from = 0;
        for (;;) {
            int64_t at = find_bytes(s->chars, s->len, sep->chars, sep->len, from);
            size_t end = at < 0 ? s->len : (size_t)at;
            array_push(vm, arr, str_val(vm, s->chars + from, end - from));
            if (at < 0)
                break;
            from = end + sep->len;
        }
    }
    vm_pop_root(vm);
    *out = OBJ_VAL(arr);
    return true;
}

// join(arr, sep): display text of every element (D10) joined by sep.
static bool fn_join(VM *vm, int argc, Value *args, Value *out)
{
    ObjArray *arr;
    ObjString *sep;
    if (!arg_array(vm, "join", args, 0, &arr) || !arg_string(vm, "join", args, 1, &sep))
        return false;
    // val_display may run toString() methods: re-read count and items every round
    // and do not touch args[] afterwards (the stack may move).
    StrBuf sb;
    sb_init(&sb);
    for (size_t i = 0; i < arr->count; i++) {
        if (i > 0)
            sb_append(&sb, sep->chars, sep->len);
        if (!val_display(vm, &sb, arr->items[i])) {
            sb_free(&sb);
            return false;
        }
    }
    return str_result(vm, &sb, out);
}

// ---- regex ----
// Patterns are POSIX extended regexes. The text may contain NUL bytes: matching
// uses REG_STARTEND where available (glibc, BSD); elsewhere it stops at the
// first NUL. With glibc "." never matches a NUL byte but "[^x]" does. A pattern
// cannot contain NUL (regcomp takes a C string): such a pattern counts as
// invalid. Invalid patterns never raise (reference behaviour): regex_match
// gives false, regex_search no match, regex_replace the text unchanged.

static bool compile_regex(regex_t *re, ObjString *pat)
{
    if (memchr(pat->chars, '\0', pat->len) != NULL)
        return false;
    return regcomp(re, pat->chars, REG_EXTENDED) == 0;
}

// Searches text[from..len); match offsets in m[] are absolute. nm >= 1.
static bool exec_regex(regex_t *re, ObjString *text, size_t from, regmatch_t *m, size_t nm)
{
    int flags = from > 0 ? REG_NOTBOL : 0;
    const char *p = text->chars + from;
#ifdef REG_STARTEND
    m[0].rm_so = 0;
    m[0].rm_eo = (regoff_t)(text->len - from);
    flags |= REG_STARTEND;
#endif
    if (regexec(re, p, nm, m, flags) != 0)
        return false;
    for (size_t i = 0; i < nm; i++) {
        if (m[i].rm_so >= 0) {
            m[i].rm_so += (regoff_t)from;
            m[i].rm_eo += (regoff_t)from;
        }
    }
    return true;
}

static bool regex_args(VM *vm, const char *fn, Value *args, ObjString **text, ObjString **pat)
{
    return arg_string(vm, fn, args, 0, text) && arg_string(vm, fn, args, 1, pat);
}

// regex_match(text, pattern): true only if the leftmost match spans the whole text.
static bool fn_regex_match(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *text, *pat;
    if (!regex_args(vm, "regex_match", args, &text, &pat))
        return false;
    regex_t re;
    bool ok = false;
    if (compile_regex(&re, pat)) {
        regmatch_t m[1];
        ok = exec_regex(&re, text, 0, m, 1) && m[0].rm_so == 0 && (size_t)m[0].rm_eo == text->len;
        regfree(&re);
    }
    *out = BOOL_VAL(ok);
    return true;
}


// Builds {"match", "start", "end", "groups"}; m == NULL means "no match".
static ObjMap *search_result(VM *vm, ObjString *text, const regmatch_t *m, size_t ngroups)
{
    ObjMap *map = map_new(vm);
    vm_push_root(vm, OBJ_VAL(map));
    size_t so = m ? (size_t)m[0].rm_so : 0, eo = m ? (size_t)m[0].rm_eo : 0;
    map_set_static(vm, map, "match", str_val(vm, text->chars + so, eo - so));
    map_set_static(vm, map, "start", INT_VAL(m ? (int64_t)so : -1));
    map_set_static(vm, map, "end", INT_VAL(m ? (int64_t)eo : -1));
    // The group list stops at the first group that did not take part (reference).
    size_t n = 0;
    while (m && n < ngroups && m[n + 1].rm_so >= 0)
        n++;
    ObjArray *groups = array_new(vm, n);
    map_set_static(vm, map, "groups", OBJ_VAL(groups)); // roots the array through the map
    for (size_t i = 1; i <= n; i++) {
        Value g = str_val(vm, text->chars + m[i].rm_so, (size_t)(m[i].rm_eo - m[i].rm_so));
        vm_push_root(vm, g);
        array_push(vm, groups, g);
        vm_pop_root(vm);
    }
    vm_pop_root(vm);
    return map;
}

// regex_search(text, pattern): first match as a map, or start/end -1.
static bool fn_regex_search(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *text, *pat;
    if (!regex_args(vm, "regex_search", args, &text, &pat))
        return false;
    regex_t re;
    if (!compile_regex(&re, pat)) {
        *out = OBJ_VAL(search_result(vm, text, NULL, 0));
        return true;
    }
    size_t ngroups = re.re_nsub;
    regmatch_t *m = fun_malloc((ngroups + 1) * sizeof *m);
    bool found = exec_regex(&re, text, 0, m, ngroups + 1);
    regfree(&re);
    *out = OBJ_VAL(search_result(vm, text, found ? m : NULL, ngroups));
    free(m);
    return true;
}

// regex_replace(text, pattern, repl): every match replaced by the literal repl;
// an empty match inserts repl and advances one byte.
static bool fn_regex_replace(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *text, *pat, *repl;
    if (!regex_args(vm, "regex_replace", args, &text, &pat) ||
        !arg_string(vm, "regex_replace", args, 2, &repl))
        return false;
    regex_t re;
    if (!compile_regex(&re, pat)) {
        *out = OBJ_VAL(text);
        return true;
    }
    StrBuf sb;
    sb_init(&sb);
    size_t pos = 0;
    regmatch_t m[1];
    while (pos <= text->len && exec_regex(&re, text, pos, m, 1)) {
        size_t so = (size_t)m[0].rm_so, eo = (size_t)m[0].rm_eo;
        sb_append(&sb, text->chars + pos, so - pos);
        sb_append(&sb, repl->chars, repl->len);
        if (eo == so) {
            if (so < text->len)
                sb_putc(&sb, text->chars[so]);
            pos = so + 1;
        } else {
            pos = eo;
        }
    }
    if (pos < text->len)
        sb_append(&sb, text->chars + pos, text->len - pos);
    regfree(&re);
    return str_result(vm, &sb, out);
}

// ---- prefix / suffix ----

static bool fn_starts_with(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *s, *p;
    if (!arg_string(vm, "starts_with", args, 0, &s) || !arg_string(vm, "starts_with", args, 1, &p))
        return false;
    *out = BOOL_VAL(p->len <= s->len && memcmp(s->chars, p->chars, p->len) == 0);
    return true;
}

static bool fn_ends_with(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *s, *p;
    if (!arg_string(vm, "ends_with", args, 0, &s) || !arg_string(vm, "ends_with", args, 1, &p))
        return false;
    *out = BOOL_VAL(p->len <= s->len && memcmp(s->chars + s->len - p->len, p->chars, p->len) == 0);
    return true;
}

// ---- case and trimming (ASCII only; other bytes are kept as they are) ----

static bool map_case(VM *vm, const char *fn, Value *args, Value *out, bool up)
{
    ObjString *s;
    if (!arg_string(vm, fn, args, 0, &s))
        return false;
    ObjString *r = str_alloc(vm, s->len);
    for (size_t i = 0; i < s->len; i++) {
        char c = s->chars[i];
        if (up && c >= 'a' && c <= 'z')
            c = (char)(c - 'a' + 'A');
        else if (!up && c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        r->chars[i] = c;
    }
    r->chars[s->len] = '\0';
    *out = OBJ_VAL(r);
    return true;
}

static bool fn_upper(VM *vm, int argc, Value *args, Value *out)
{
    return map_case(vm, "upper", args, out, true);
}

static bool fn_lower(VM *vm, int argc, Value *args, Value *out)
{
    return map_case(vm, "lower", args, out, false);
}

// Trims ASCII whitespace from the left and/or right end.
static bool trim_common(VM *vm, const char *fn, Value *args, Value *out, bool left, bool right)
{
    ObjString *s;
    if (!arg_string(vm, fn, args, 0, &s))
        return false;
    size_t a = 0, b = s->len;
    while (left && a < b && fun_is_space(s->chars[a]))
        a++;
    while (right && b > a && fun_is_space(s->chars[b - 1]))
        b--;
    *out = (a == 0 && b == s->len) ? OBJ_VAL(s) : str_val(vm, s->chars + a, b - a);
    return true;
}

static bool fn_trim(VM *vm, int argc, Value *args, Value *out)
{
    return trim_common(vm, "trim", args, out, true, true);
}

static bool fn_ltrim(VM *vm, int argc, Value *args, Value *out)
{
    return trim_common(vm, "ltrim", args, out, true, false);
}

static bool fn_rtrim(VM *vm, int argc, Value *args, Value *out)
{
    return trim_common(vm, "rtrim", args, out, false, true);
}

// replace(s, old, new): every non-overlapping occurrence, left to right. An
// empty old inserts new before every byte and at the end (as Python and Go do).
static bool fn_replace(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *s, *from, *to;
    if (!arg_string(vm, "replace", args, 0, &s) || !arg_string(vm, "replace", args, 1, &from) ||
        !arg_string(vm, "replace", args, 2, &to))
        return false;
    StrBuf sb;
    sb_init(&sb);
    if (from->len == 0) {
        for (size_t i = 0; i < s->len; i++) {
            sb_append(&sb, to->chars, to->len);
            sb_putc(&sb, s->chars[i]);
        }
        sb_append(&sb, to->chars, to->len);
        return str_result(vm, &sb, out);
    }
    size_t pos = 0;
    int64_t at;
    while ((at = find_bytes(s->chars, s->len, from->chars, from->len, pos)) >= 0) {
        sb_append(&sb, s->chars + pos, (size_t)at - pos);
        sb_append(&sb, to->chars, to->len);
        pos = (size_t)at + from->len;
    }
    sb_append(&sb, s->chars + pos, s->len - pos);
    return str_result(vm, &sb, out);
}

// repeat(s, n): s n times; n <= 0 gives "" (handy for padding arithmetic).
static bool fn_repeat(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *s;
    int64_t n;
    if (!arg_string(vm, "repeat", args, 0, &s) || !arg_int(vm, "repeat", args, 1, &n))
        return false;
    if (n <= 0 || s->len == 0) {
        *out = str_val(vm, "", 0);
        return true;
    }
    if ((uint64_t)n > MAX_REPEAT_LEN / s->len)
        return vm_error(vm, "repeat: result too large (over %zu bytes)", MAX_REPEAT_LEN);
    size_t total = s->len * (size_t)n;
    ObjString *r = str_alloc(vm, total);
    for (size_t i = 0; i < (size_t)n; i++)
        memcpy(r->chars + i * s->len, s->chars, s->len);
    r->chars[total] = '\0';
    *out = OBJ_VAL(r);
    return true;
}

// ord(s [, i]): byte value 0..255 at index i (default 0, negative from the end).
static bool fn_ord(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *s;
    int64_t i = 0;
    if (!arg_string(vm, "ord", args, 0, &s))
        return false;
    if (argc > 1 && !arg_int(vm, "ord", args, 1, &i))
        return false;
    int64_t len = (int64_t)s->len;
    if (i < 0)
        i += len;
    if (i < 0 || i >= len)
        return vm_error(vm, "ord: index out of range: %lld (length %lld)", (long long)(i < 0 ? i - len : i), (long long)len);
    *out = INT_VAL((unsigned char)s->chars[i]);
    return true;
}

// chr(n): the 1-byte string with byte value n (0..255).
static bool fn_chr(VM *vm, int argc, Value *args, Value *out)
{
    int64_t n;
    if (!arg_int(vm, "chr", args, 0, &n))
        return false;
    if (n < 0 || n > 255)
        return vm_error(vm, "chr: value %lld out of range 0..255", (long long)n);
    char c = (char)(unsigned char)n;
    *out = str_val(vm, &c, 1);
    return true;
}

const NativeReg lib_string_natives[] = {
    {"substr", fn_substr, 3, 3},
    {"find", fn_find, 2, 3},
    {"split", fn_split, 2, 2},
    {"join", fn_join, 2, 2},
    {"regex_match", fn_regex_match, 2, 2},
    {"regex_search", fn_regex_search, 2, 2},
    {"regex_replace", fn_regex_replace, 3, 3},
    {"starts_with", fn_starts_with, 2, 2},
    {"ends_with", fn_ends_with, 2, 2},
    {"upper", fn_upper, 1, 1},
    {"lower", fn_lower, 1, 1},
    {"trim", fn_trim, 1, 1},
    {"ltrim", fn_ltrim, 1, 1},
    {"rtrim", fn_rtrim, 1, 1},
    {"replace", fn_replace, 3, 3},
    {"repeat", fn_repeat, 2, 2},
    {"ord", fn_ord, 1, 2},
    {"chr", fn_chr, 1, 1},
    {NULL, NULL, 0, 0},
};
