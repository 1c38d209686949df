// SPDX-License-Identifier: MIT
// INI files, in-tree (docs/ini.md): the reference's
// ini_* builtins over iniparser, rewritten without the library and without
// its quirks (freed memory returned for a missing key, set keys that cannot
// be read back, keys of new sections missing from the saved file).
//
// A document is an ordered list of sections, each an ordered list of
// key/value pairs. Section and key names are compared case-insensitively
// (stored lower-cased, as iniparser does); values keep their case.
#include <ctype.h>
#include <errno.h>
#include <pthread.h>
#include <strings.h>

#include "lib.h"

typedef struct {
    char *key; // lower-cased
    char *value;
} IniPair;

typedef struct {
    char *name; // lower-cased; "" holds the keys before the first section
    IniPair *pairs;
    size_t npairs, cap;
} IniSection;

typedef struct {
    IniSection *secs;
    size_t nsecs, cap;
} IniDoc;

// Handles are small Ints; a freed slot is reused (as the reference), without
// its limit of 63. Shared by every thread's VM.
static pthread_mutex_t docs_lock = PTHREAD_MUTEX_INITIALIZER;
static IniDoc **docs;
static size_t ndocs;

static char *dup_n(const char *s, size_t n)
{
    char *d = fun_malloc(n + 1);
    if (!d)
        fun_oom();
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

static char *dup_lower(const char *s, size_t n)
{
    char *d = dup_n(s, n);
    for (size_t i = 0; i < n; i++)
        d[i] = (char)tolower((unsigned char)d[i]);
    return d;
}

static void doc_free(IniDoc *d)
{
    for (size_t i = 0; i < d->nsecs; i++) {
        for (size_t j = 0; j < d->secs[i].npairs; j++) {
            free(d->secs[i].pairs[j].key);
            free(d->secs[i].pairs[j].value);
        }
        free(d->secs[i].pairs);
        free(d->secs[i].name);
    }
    free(d->secs);
    free(d);
}

static IniSection *find_section(IniDoc *d, const char *name)
{
    for (size_t i = 0; i < d->nsecs; i++)
        if (strcmp(d->secs[i].name, name) == 0)
            return &d->secs[i];
    return NULL;
}

// The section (name already lower-cased, owned by the caller), created if new.
static IniSection *add_section(IniDoc *d, const char *name)
{
    IniSection *s = find_section(d, name);
    if (s)
        return s;
    if (d->nsecs == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 8;
        d->secs = fun_realloc(d->secs, sizeof(IniSection) * d->cap);
        if (!d->secs)
            fun_oom();
    }
    s = &d->secs[d->nsecs++];
    s->name = dup_n(name, strlen(name));
    s->pairs = NULL;
    s->npairs = s->cap = 0;
    return s;
}

static IniPair *find_pair(IniSection *s, const char *key)
{
    for (size_t i = 0; i < s->npairs; i++)
        if (strcmp(s->pairs[i].key, key) == 0)
            return &s->pairs[i];
    return NULL;
}

static void set_pair(IniSection *s, const char *key, const char *value, size_t vlen)
{
    IniPair *p = find_pair(s, key);
    if (p) {
        free(p->value);
        p->value = dup_n(value, vlen);
        return;
    }
    if (s->npairs == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 8;
        s->pairs = fun_realloc(s->pairs, sizeof(IniPair) * s->cap);
        if (!s->pairs)
            fun_oom();
    }
    s->pairs[s->npairs].key = dup_n(key, strlen(key));
    s->pairs[s->npairs].value = dup_n(value, vlen);
    s->npairs++;
}

static void trim(const char **b, const char **e)
{
    while (*b < *e && isspace((unsigned char)**b))
        (*b)++;
    while (*e > *b && isspace((unsigned char)(*e)[-1]))
        (*e)--;
}

// iniparser's line syntax: [section], key = value, ; or # comments. A value
// in "..." or '...' is taken as quoted; an unquoted value ends at ; or #.
static IniDoc *parse(const char *text, size_t len)
{
    IniDoc *d = fun_calloc(1, sizeof(IniDoc));
    if (!d)
        fun_oom();
    char *cur = dup_n("", 0);
    const char *p = text, *end = text + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *b = p, *e = nl ? nl : end;
        p = nl ? nl + 1 : end;
        trim(&b, &e);
        if (b == e || *b == ';' || *b == '#')
            continue;
        if (*b == '[') {
            const char *close = memchr(b, ']', (size_t)(e - b));
            if (!close)
                continue; // not a section line: ignored, as iniparser
            const char *nb = b + 1, *ne = close;
            trim(&nb, &ne);
            free(cur);
            cur = dup_lower(nb, (size_t)(ne - nb));
            add_section(d, cur);
            continue;
        }
        const char *eq = memchr(b, '=', (size_t)(e - b));
        if (!eq)
            continue;
        const char *kb = b, *ke = eq, *vb = eq + 1, *ve = e;
        trim(&kb, &ke);
        trim(&vb, &ve);
        if (kb == ke)
            continue;
        if (ve - vb >= 2 && (*vb == '"' || *vb == '\'') && memchr(vb + 1, *vb, (size_t)(ve - vb - 1))) {
            char q = *vb;
            vb++;
            ve = memchr(vb, q, (size_t)(ve - vb));
        } else {
            const char *c = vb;
            while (c < ve && *c != ';' && *c != '#')
                c++;
            ve = c;
            trim(&vb, &ve);
        }
        char *key = dup_lower(kb, (size_t)(ke - kb));
        set_pair(add_section(d, cur), key, vb, (size_t)(ve - vb));
        free(key);
    }
    free(cur);
    return d;
}

// The open document for handle v (an Int), or NULL. Callers hold docs_lock.
static IniDoc *doc_get(Value v)
{
    if (!IS_INT(v) || AS_INT(v) < 1 || (uint64_t)AS_INT(v) > ndocs)
        return NULL;
    return docs[AS_INT(v) - 1];
}

// ini_load(path) -> handle, or 0 (file cannot be read, path not a String).
static bool ini_load(VM *vm, int argc, Value *args, Value *out)
{
    *out = INT_VAL(0);
    if (!IS_STRING(args[0]) || memchr(AS_CSTRING(args[0]), '\0', AS_STRING(args[0])->len))
        return true;
    size_t len;
    char *text = fun_read_file(AS_CSTRING(args[0]), &len);
    if (!text)
        return true;
    IniDoc *d = parse(text, len);
    free(text);
    pthread_mutex_lock(&docs_lock);
    size_t slot = 0;
    while (slot < ndocs && docs[slot])
        slot++;
    if (slot == ndocs) {
        docs = fun_realloc(docs, sizeof(IniDoc *) * (ndocs + 1));
        if (!docs)
            fun_oom();
        ndocs++;
    }
    docs[slot] = d;
    pthread_mutex_unlock(&docs_lock);
    *out = INT_VAL((int64_t)slot + 1);
    return true;
}

// ini_free(h) -> 1 freed, 0 not open.
static bool ini_free(VM *vm, int argc, Value *args, Value *out)
{
    pthread_mutex_lock(&docs_lock);
    IniDoc *d = doc_get(args[0]);
    if (d)
        docs[AS_INT(args[0]) - 1] = NULL;
    pthread_mutex_unlock(&docs_lock);
    if (d)
        doc_free(d);
    *out = INT_VAL(d ? 1 : 0);
    return true;
}

// The value of (sec, key) or NULL; sec:key is tried as given and then with
// its first ':' as '.', so ("a", "b:x") also finds [a.b] x (the reference's
// lookup). Caller holds docs_lock.
static const char *lookup(IniDoc *d, Value sec, Value key)
{
    if (!d || !IS_STRING(sec) || !IS_STRING(key))
        return NULL;
    ObjString *s = AS_STRING(sec), *k = AS_STRING(key);
    char *full = fun_malloc(s->len + k->len + 2);
    if (!full)
        fun_oom();
    memcpy(full, s->chars, s->len);
    full[s->len] = ':';
    memcpy(full + s->len + 1, k->chars, k->len);
    size_t n = s->len + 1 + k->len;
    full[n] = '\0';
    for (size_t i = 0; i < n; i++)
        full[i] = (char)tolower((unsigned char)full[i]);
    const char *found = NULL;
    for (int attempt = 0; attempt < 2 && !found; attempt++) {
        char *colon = strchr(full, ':');
        if (attempt == 1) {
            if (!colon)
                break;
            *colon = '.';
            colon = strchr(full, ':');
        }
        if (!colon)
            continue;
        // section = before the (first remaining) colon, key = after it
        *colon = '\0';
        IniSection *sc = find_section(d, full);
        IniPair *p = sc ? find_pair(sc, colon + 1) : NULL;
        *colon = ':';
        if (p)
            found = p->value;
    }
    free(full);
    return found;
}

typedef enum { GET_STRING, GET_INT, GET_DOUBLE, GET_BOOL } GetKind;

static bool ini_get(VM *vm, Value *args, GetKind kind, Value *out)
{
    Value def = args[3];
    pthread_mutex_lock(&docs_lock);
    const char *v = lookup(doc_get(args[0]), args[1], args[2]);
    char *copy = v ? dup_n(v, strlen(v)) : NULL;
    pthread_mutex_unlock(&docs_lock);
    switch (kind) {
    case GET_STRING:
        if (copy)
            *out = OBJ_VAL(str_from_cstr(vm, copy));
        else
            *out = IS_STRING(def) ? def : OBJ_VAL(str_new(vm, "", 0));
        break;
    case GET_INT: {
        int64_t d = IS_INT(def) ? AS_INT(def) : 0;
        char *endp = NULL;
        long long n = copy ? strtoll(copy, &endp, 10) : 0;
        *out = INT_VAL(copy && endp != copy ? (int64_t)n : d);
        break;
    }
    case GET_DOUBLE: {
        double d = IS_INT(def) ? (double)AS_INT(def) : IS_FLOAT(def) ? AS_FLOAT(def) : 0.0;
        char *endp = NULL;
        double x = copy ? strtod(copy, &endp) : 0;
        *out = FLOAT_VAL(copy && endp != copy ? x : d);
        break;
    }
    case GET_BOOL: {
        int64_t d = IS_INT(def) ? (AS_INT(def) != 0) : IS_BOOL(def) ? AS_BOOL(def) : 0;
        int64_t r = d;
        if (copy) {
            if (!strcasecmp(copy, "true") || !strcasecmp(copy, "yes") || !strcasecmp(copy, "on"))
                r = 1;
            else if (!strcasecmp(copy, "false") || !strcasecmp(copy, "no") || !strcasecmp(copy, "off"))
                r = 0;
            else {
                char *endp = NULL;
                long long n = strtoll(copy, &endp, 10);
                if (endp != copy)
                    r = n != 0;
            }
        }
        *out = INT_VAL(r);
        break;
    }
    }
    free(copy);
    return true;
}

static bool ini_get_string(VM *vm, int argc, Value *args, Value *out) { return ini_get(vm, args, GET_STRING, out); }
static bool ini_get_int(VM *vm, int argc, Value *args, Value *out) { return ini_get(vm, args, GET_INT, out); }
static bool ini_get_double(VM *vm, int argc, Value *args, Value *out) { return ini_get(vm, args, GET_DOUBLE, out); }
static bool ini_get_bool(VM *vm, int argc, Value *args, Value *out) { return ini_get(vm, args, GET_BOOL, out); }

// ini_set(h, sec, key, value) -> 1, or 0 on a bad handle or non-String
// sec/key. value = to_string(value). The names are lower-cased like the
// loaded ones, so what is set can be read back, and a new section is created
// (and saved).
static bool ini_set(VM *vm, int argc, Value *args, Value *out)
{
    *out = INT_VAL(0);
    if (!IS_STRING(args[1]) || !IS_STRING(args[2]))
        return true;
    StrBuf sb;
    sb_init(&sb);
    if (!val_display(vm, &sb, args[3])) {
        sb_free(&sb);
        return false;
    }
    char *sec = dup_lower(AS_CSTRING(args[1]), AS_STRING(args[1])->len);
    char *key = dup_lower(AS_CSTRING(args[2]), AS_STRING(args[2])->len);
    pthread_mutex_lock(&docs_lock);
    IniDoc *d = doc_get(args[0]);
    if (d) {
        set_pair(add_section(d, sec), key, sb.data ? sb.data : "", sb.len);
        *out = INT_VAL(1);
    }
    pthread_mutex_unlock(&docs_lock);
    free(sec);
    free(key);
    sb_free(&sb);
    return true;
}

// ini_unset(h, sec, key) -> 1 (also when absent), 0 on a bad handle or args.
static bool ini_unset(VM *vm, int argc, Value *args, Value *out)
{
    *out = INT_VAL(0);
    if (!IS_STRING(args[1]) || !IS_STRING(args[2]))
        return true;
    char *sec = dup_lower(AS_CSTRING(args[1]), AS_STRING(args[1])->len);
    char *key = dup_lower(AS_CSTRING(args[2]), AS_STRING(args[2])->len);
    pthread_mutex_lock(&docs_lock);
    IniDoc *d = doc_get(args[0]);
    if (d) {
        IniSection *s = find_section(d, sec);
        IniPair *p = s ? find_pair(s, key) : NULL;
        if (p) {
            free(p->key);
            free(p->value);
            memmove(p, p + 1, sizeof(IniPair) * (size_t)(s->pairs + s->npairs - p - 1));
            s->npairs--;
        }
        *out = INT_VAL(1);
    }
    pthread_mutex_unlock(&docs_lock);
    free(sec);
    free(key);
    return true;
}

// ini_save(h, path) -> 1 written, 0 otherwise. iniparser 4.2's layout: keys
// before any section first, then per section "[name]", one line per key
// (name padded to 30, " = ", the value in double quotes) and a blank line.
static bool ini_save(VM *vm, int argc, Value *args, Value *out)
{
    *out = INT_VAL(0);
    if (!IS_STRING(args[1]) || memchr(AS_CSTRING(args[1]), '\0', AS_STRING(args[1])->len))
        return true;
    StrBuf sb;
    sb_init(&sb);
    pthread_mutex_lock(&docs_lock);
    IniDoc *d = doc_get(args[0]);
    if (d) {
        for (int pass = 0; pass < 2; pass++) {
            for (size_t i = 0; i < d->nsecs; i++) {
                IniSection *s = &d->secs[i];
                bool top = s->name[0] == '\0';
                if (top != (pass == 0))
                    continue;
                if (!top)
                    sb_printf(&sb, "[%s]\n", s->name);
                for (size_t j = 0; j < s->npairs; j++)
                    sb_printf(&sb, "%-30s = \"%s\"\n", s->pairs[j].key, s->pairs[j].value);
                if (!top || s->npairs)
                    sb_putc(&sb, '\n');
            }
        }
    }
    pthread_mutex_unlock(&docs_lock);
    if (d) {
        FILE *f = fopen(AS_CSTRING(args[1]), "wb");
        bool ok = f && fwrite(sb.data ? sb.data : "", 1, sb.len, f) == sb.len;
        if (f && fclose(f) != 0)
            ok = false;
        *out = INT_VAL(ok ? 1 : 0);
    }
    sb_free(&sb);
    return true;
}

const NativeReg lib_ini_natives[] = {
    {"ini_load", ini_load, 1, 1},
    {"ini_free", ini_free, 1, 1},
    {"ini_get_string", ini_get_string, 4, 4},
    {"ini_get_int", ini_get_int, 4, 4},
    {"ini_get_double", ini_get_double, 4, 4},
    {"ini_get_bool", ini_get_bool, 4, 4},
    {"ini_set", ini_set, 4, 4},
    {"ini_unset", ini_unset, 3, 3},
    {"ini_save", ini_save, 2, 2},
    {NULL, NULL, 0, 0},
};
