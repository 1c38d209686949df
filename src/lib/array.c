// SPDX-License-Identifier: MIT
// Array builtins: push/pop/insert/remove, searching, map/filter/reduce, a stable
// merge sort whose comparator may fail, slices, copies and range().
#include <math.h>

#include "lib.h"

// Largest array range() will build (elements); beyond this it is an error,
// not an out-of-memory abort.
// the fuzzing build lowers it (fuzz/fuzz.mk): one call may not take gigabytes
#ifndef MAX_RANGE_LEN
#define MAX_RANGE_LEN ((uint64_t)1 << 27)
#endif

// Byte offset of needle in hay, or -1.
static int64_t find_bytes(const ObjString *hay, const ObjString *needle)
{
    if (needle->len == 0)
        return 0;
    if (needle->len > hay->len)
        return -1;
    size_t last = hay->len - needle->len;
    for (size_t i = 0; i <= last; i++) {
        if (hay->chars[i] == needle->chars[0] &&
            memcmp(hay->chars + i, needle->chars, needle->len) == 0)
            return (int64_t)i;
    }
    return -1;
}

// The dispatch loop runs push(a, v) itself when it recognises this native
// (vm.c CALL_BUILTIN); any other call comes here.
bool native_push(VM *vm, int argc, Value *args, Value *out)
{
    ObjArray *a;
    if (!arg_array(vm, "push", args, 0, &a))
        return false;
    array_reserve(vm, a, a->count + (size_t)(argc - 1));
    for (int i = 1; i < argc; i++)
        array_push(vm, a, args[i]);
    *out = INT_VAL((int64_t)a->count);
    return true;
}

static bool arr_pop(VM *vm, int argc, Value *args, Value *out)
{
    ObjArray *a;
    if (!arg_array(vm, "pop", args, 0, &a))
        return false;
    if (a->count == 0)
        return vm_error(vm, "pop from empty array");
    *out = a->items[--a->count];
    return true;
}

// set(arr, i, v) like arr[i] = v; set(map, key, v) like map[key] = v (also
// the fields of an instance). Returns v.
static bool arr_set(VM *vm, int argc, Value *args, Value *out)
{
    ObjArray *a;
    int64_t i;
    size_t idx;
    if (IS_MAP(args[0]) || IS_INSTANCE(args[0])) {
        if (!IS_STRING(args[1]))
            return vm_type_error(vm, "map key must be a String, got %s", val_type_name(args[1]));
        Table *t = IS_MAP(args[0]) ? &AS_MAP(args[0])->table : &AS_INSTANCE(args[0])->fields;
        tbl_set(vm, t, AS_STRING(args[1]), args[2]);
        *out = args[2];
        return true;
    }
    if (!IS_ARRAY(args[0]))
        return arg_error(vm, "set", args, 0, "Array or Map");
    if (!arg_array(vm, "set", args, 0, &a) || !arg_int(vm, "set", args, 1, &i))
        return false;
    if (!fun_norm_index(i, a->count, &idx))
        return vm_error(vm, "set index out of range: %lld (length %zu)", (long long)i, a->count);
    a->items[idx] = args[2];
    *out = args[2];
    return true;
}

// get(map, key [, default]): the value, or default (nil) for a missing key;
// get(arr, i [, default]) the same for an index outside the array.
static bool arr_get(VM *vm, int argc, Value *args, Value *out)
{
    Value dflt = argc > 2 ? args[2] : NIL_VAL;
    if (IS_MAP(args[0]) || IS_INSTANCE(args[0])) {
        if (!IS_STRING(args[1]))
            return vm_type_error(vm, "map key must be a String, got %s", val_type_name(args[1]));
        Table *t = IS_MAP(args[0]) ? &AS_MAP(args[0])->table : &AS_INSTANCE(args[0])->fields;
        Value *v = tbl_get(t, AS_STRING(args[1]));
        *out = v ? *v : dflt;
        return true;
    }
    ObjArray *a;
    int64_t i;
    size_t idx;
    if (!IS_ARRAY(args[0]))
        return arg_error(vm, "get", args, 0, "Array or Map");
    if (!arg_array(vm, "get", args, 0, &a) || !arg_int(vm, "get", args, 1, &i))
        return false;
    *out = fun_norm_index(i, a->count, &idx) ? a->items[idx] : dflt;
    return true;
}

static bool arr_insert(VM *vm, int argc, Value *args, Value *out)
{
    ObjArray *a;
    int64_t i;
    if (!arg_array(vm, "insert", args, 0, &a) || !arg_int(vm, "insert", args, 1, &i))
        return false;
    Value v = args[2];
    size_t idx = i < 0 ? 0 : (uint64_t)i > a->count ? a->count : (size_t)i;
    array_push(vm, a, v); // grows (v is rooted by args) then shift
    memmove(&a->items[idx + 1], &a->items[idx], (a->count - 1 - idx) * sizeof(Value));
    a->items[idx] = v;
    *out = INT_VAL((int64_t)a->count);
    return true;
}

static bool arr_remove(VM *vm, int argc, Value *args, Value *out)
{
    if (IS_MAP(args[0])) {
        ObjString *key;
        if (!arg_string(vm, "remove", args, 1, &key))
            return false;
        Value old = NIL_VAL;
        if (!tbl_delete(&AS_MAP(args[0])->table, key, &old))
            old = NIL_VAL;
        *out = old;
        return true;
    }
    if (!IS_ARRAY(args[0]))
        return arg_error(vm, "remove", args, 0, "Array or Map");
    ObjArray *a = AS_ARRAY(args[0]);
    int64_t i;
    size_t idx;
    if (!arg_int(vm, "remove", args, 1, &i))
        return false;
    if (!fun_norm_index(i, a->count, &idx))
        return vm_error(vm, "remove index out of range: %lld (length %zu)", (long long)i, a->count);
    *out = a->items[idx];
    memmove(&a->items[idx], &a->items[idx + 1], (a->count - idx - 1) * sizeof(Value));
    a->count--;
    return true;
}

static bool arr_clear(VM *vm, int argc, Value *args, Value *out)
{
    if (IS_ARRAY(args[0]))
        AS_ARRAY(args[0])->count = 0;
    else if (IS_MAP(args[0]))
        tbl_clear(vm, &AS_MAP(args[0])->table);
    else
        return arg_error(vm, "clear", args, 0, "Array or Map");
    *out = INT_VAL(0);
    return true;
}

// Shared by contains and indexOf: position of args[1] in args[0], or -1.
static bool search(VM *vm, const char *name, Value *args, int64_t *pos)
{
    if (IS_STRING(args[0])) {
        ObjString *needle;
        if (!arg_string(vm, name, args, 1, &needle))
            return false;
        *pos = find_bytes(AS_STRING(args[0]), needle);
        return true;
    }
    if (!IS_ARRAY(args[0]))
        return arg_error(vm, name, args, 0, "Array or String");
    ObjArray *a = AS_ARRAY(args[0]);
    *pos = -1;
    for (size_t i = 0; i < a->count; i++) {
        if (val_equal(a->items[i], args[1])) {
            *pos = (int64_t)i;
            break;
        }
    }
    return true;
}

static bool arr_contains(VM *vm, int argc, Value *args, Value *out)
{
    int64_t pos;
    if (!search(vm, "contains", args, &pos))
        return false;
    *out = BOOL_VAL(pos >= 0);
    return true;
}

static bool arr_index_of(VM *vm, int argc, Value *args, Value *out)
{
    int64_t pos;
    if (!search(vm, "indexOf", args, &pos))
        return false;
    *out = INT_VAL(pos);
    return true;
}

// Builds [a, b] and appends it to res (res must be rooted).
static void push_pair(VM *vm, ObjArray *res, Value a, Value b)
{
    ObjArray *pair = array_new(vm, 2);
    pair->items[0] = a;
    pair->items[1] = b;
    pair->count = 2;
    array_push(vm, res, OBJ_VAL(pair));
}

static bool arr_enumerate(VM *vm, int argc, Value *args, Value *out)
{
    ObjArray *a;
    if (!arg_array(vm, "enumerate", args, 0, &a))
        return false;
    ObjArray *res = array_new(vm, a->count);
    vm_push_root(vm, OBJ_VAL(res));
    for (size_t i = 0; i < a->count; i++)
        push_pair(vm, res, INT_VAL((int64_t)i), a->items[i]);
    vm_pop_root(vm);
    *out = OBJ_VAL(res);
    return true;
}

static bool arr_zip(VM *vm, int argc, Value *args, Value *out)
{
    ObjArray *a, *b;
    if (!arg_array(vm, "zip", args, 0, &a) || !arg_array(vm, "zip", args, 1, &b))
        return false;
    size_t n = a->count < b->count ? a->count : b->count;
    ObjArray *res = array_new(vm, n);
    vm_push_root(vm, OBJ_VAL(res));
    for (size_t i = 0; i < n; i++)
        push_pair(vm, res, a->items[i], b->items[i]);
    vm_pop_root(vm);
    *out = OBJ_VAL(res);
    return true;
}

// map/filter/reduce: the callback may change the array (or grow the fiber
// stack, moving args[]), so values are copied out of args[] first and the
// loop re-checks the live length; it never runs past the initial length.
static bool arr_map(VM *vm, int argc, Value *args, Value *out)
{
    ObjArray *a;
    if (!arg_array(vm, "map", args, 0, &a) || !arg_callable(vm, "map", args, 1))
        return false;
    Value fn = args[1];
    size_t n = a->count;
    ObjArray *res = array_new(vm, n);
    vm_push_root(vm, OBJ_VAL(res));
    for (size_t i = 0; i < n && i < a->count; i++) {
        Value x = a->items[i], r;
        if (!vm_call(vm, fn, 1, &x, &r)) {
            vm_pop_root(vm);
            return false;
        }
        array_push(vm, res, r);
    }
    vm_pop_root(vm);
    *out = OBJ_VAL(res);
    return true;
}

static bool arr_filter(VM *vm, int argc, Value *args, Value *out)
{
    ObjArray *a;
    if (!arg_array(vm, "filter", args, 0, &a) || !arg_callable(vm, "filter", args, 1))
        return false;
    Value fn = args[1];
    size_t n = a->count;
    ObjArray *res = array_new(vm, 0);
    vm_push_root(vm, OBJ_VAL(res));
    for (size_t i = 0; i < n && i < a->count; i++) {
        Value x = a->items[i], r;
        vm_push_root(vm, x); // the callback may drop it from the array
        bool ok = vm_call(vm, fn, 1, &x, &r);
        if (ok && val_truthy(r))
            array_push(vm, res, x);
        vm_pop_root(vm);
        if (!ok) {
            vm_pop_root(vm);
            return false;
        }
    }
    vm_pop_root(vm);
    *out = OBJ_VAL(res);
    return true;
}

static bool arr_reduce(VM *vm, int argc, Value *args, Value *out)
{
    ObjArray *a;
    if (!arg_array(vm, "reduce", args, 0, &a) || !arg_callable(vm, "reduce", args, 2))
        return false;
    Value fn = args[2];
    Value acc = args[1];
    size_t n = a->count;
    for (size_t i = 0; i < n && i < a->count; i++) {
        Value call_args[2] = {acc, a->items[i]};
        vm_push_root(vm, acc);
        bool ok = vm_call(vm, fn, 2, call_args, &acc);
        vm_pop_root(vm);
        if (!ok)
            return false;
    }
    *out = acc;
    return true;
}

// ---- sort ----

static bool str_less(ObjString *a, ObjString *b)
{
    return fun_bytes_cmp(a->chars, a->len, b->chars, b->len) < 0;
}

typedef struct {
    VM *vm;
    Value cmp;    // NIL_VAL: default order
    bool all_int; // default order on Ints only: the fast path
} SortCtx;

// Sets *before when x must come strictly before y.
static bool sort_before(SortCtx *c, Value x, Value y, bool *before)
{
    if (c->all_int) {
        *before = AS_INT(x) < AS_INT(y);
        return true;
    }
    if (IS_NIL(c->cmp)) {
        *before = IS_STRING(x) ? str_less(AS_STRING(x), AS_STRING(y)) : val_num_less(x, y);
        return true;
    }
    Value call_args[2] = {x, y}, r;
    if (!vm_call(c->vm, c->cmp, 2, call_args, &r))
        return false;
    if (IS_BOOL(r))
        *before = AS_BOOL(r);
    else if (IS_INT(r))
        *before = AS_INT(r) < 0;
    else if (IS_FLOAT(r))
        *before = AS_FLOAT(r) < 0;
    else
        return vm_type_error(c->vm, "sort: comparator must return a Boolean or a number, got %s",
                             val_type_name(r));
    return true;
}

// Bottom-up stable merge sort of n values; src and tmp hold n slots each.
// Returns false when the comparator fails. *result points at the sorted copy.
static bool merge_sort(SortCtx *c, Value *src, Value *tmp, size_t n, Value **result)
{
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n;
            size_t hi = mid + width < n ? mid + width : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) {
                bool take_right = false;
                if (!sort_before(c, src[j], src[i], &take_right))
                    return false;
                tmp[k++] = take_right ? src[j++] : src[i++];
            }
            while (i < mid)
                tmp[k++] = src[i++];
            while (j < hi)
                tmp[k++] = src[j++];
        }
        Value *t = src;
        src = tmp;
        tmp = t;
    }
    *result = src;
    return true;
}

// Default order: all numbers or all strings, else a type error.
static bool check_default_order(VM *vm, ObjArray *a, bool *all_int)
{
    *all_int = true;
    if (a->count == 0)
        return true;
    Value first = a->items[0];
    bool strings = IS_STRING(first);
    *all_int = IS_INT(first);
    if (!strings && !IS_NUMBER(first))
        return vm_type_error(vm, "sort: cannot order %s values", val_type_name(first));
    for (size_t i = 1; i < a->count; i++) {
        Value v = a->items[i];
        *all_int = *all_int && IS_INT(v);
        if (strings ? !IS_STRING(v) : !IS_NUMBER(v))
            return vm_type_error(vm, "sort: cannot compare %s and %s", val_type_name(first),
                                 val_type_name(v));
    }
    return true;
}

static bool sort_default(VM *vm, ObjArray *a)
{
    bool all_int;
    if (!check_default_order(vm, a, &all_int))
        return false;
    if (a->count < 2)
        return true;
    Value *tmp = fun_malloc(a->count * sizeof(Value));
    SortCtx c = {vm, NIL_VAL, all_int};
    Value *sorted;
    merge_sort(&c, a->items, tmp, a->count, &sorted); // cannot fail: no callback
    if (sorted != a->items)
        memcpy(a->items, sorted, a->count * sizeof(Value));
    free(tmp);
    return true;
}

// With a comparator the work buffers are GC arrays (rooted) because the
// comparator may run the collector or empty the array being sorted.
static bool sort_custom(VM *vm, ObjArray *a, Value cmp)
{
    size_t n = a->count;
    if (n < 2)
        return true;
    ObjArray *work = array_new(vm, n);
    vm_push_root(vm, OBJ_VAL(work));
    ObjArray *tmp = array_new(vm, n);
    vm_push_root(vm, OBJ_VAL(tmp));
    memcpy(work->items, a->items, n * sizeof(Value));
    work->count = n;
    for (size_t i = 0; i < n; i++)
        tmp->items[i] = NIL_VAL;
    tmp->count = n;
    SortCtx c = {vm, cmp, false};
    Value *sorted;
    bool ok = merge_sort(&c, work->items, tmp->items, n, &sorted);
    if (ok) {
        array_reserve(vm, a, n); // the comparator may have shrunk the array
        memcpy(a->items, sorted, n * sizeof(Value));
        a->count = n;
    }
    vm_pop_roots(vm, 2);
    return ok;
}

static bool arr_sort(VM *vm, int argc, Value *args, Value *out)
{
    ObjArray *a;
    if (!arg_array(vm, "sort", args, 0, &a))
        return false;
    Value arr = args[0];
    bool custom = argc > 1 && !IS_NIL(args[1]);
    if (custom && !arg_callable(vm, "sort", args, 1))
        return false;
    if (!(custom ? sort_custom(vm, a, args[1]) : sort_default(vm, a)))
        return false;
    *out = arr;
    return true;
}

static bool arr_reverse(VM *vm, int argc, Value *args, Value *out)
{
    if (IS_STRING(args[0])) {
        ObjString *s = AS_STRING(args[0]);
        ObjString *r = str_alloc(vm, s->len);
        for (size_t i = 0; i < s->len; i++)
            r->chars[i] = s->chars[s->len - 1 - i];
        *out = OBJ_VAL(r);
        return true;
    }
    ObjArray *a;
    if (!IS_ARRAY(args[0]))
        return arg_error(vm, "reverse", args, 0, "Array or String");
    a = AS_ARRAY(args[0]);
    for (size_t i = 0, j = a->count; i + 1 < j; i++, j--) {
        Value t = a->items[i];
        a->items[i] = a->items[j - 1];
        a->items[j - 1] = t;
    }
    *out = args[0];
    return true;
}

// Python slice bound: negative counts from the end, then clamped to 0..len.
static size_t slice_bound(int64_t i, size_t len)
{
    if (i < 0) {
        i += (int64_t)len;
        return i < 0 ? 0 : (size_t)i;
    }
    return (uint64_t)i > len ? len : (size_t)i;
}

static bool slice_arg(VM *vm, Value *args, int i, int64_t dflt, int64_t *out)
{
    if (IS_NIL(args[i])) {
        *out = dflt;
        return true;
    }
    return arg_int(vm, "slice", args, i, out);
}

static bool arr_slice(VM *vm, int argc, Value *args, Value *out)
{
    size_t len;
    if (IS_STRING(args[0]))
        len = AS_STRING(args[0])->len;
    else if (IS_ARRAY(args[0]))
        len = AS_ARRAY(args[0])->count;
    else
        return arg_error(vm, "slice", args, 0, "Array or String");
    int64_t s, e = INT64_MAX;
    if (!slice_arg(vm, args, 1, 0, &s) || (argc > 2 && !slice_arg(vm, args, 2, INT64_MAX, &e)))
        return false;
    size_t start = slice_bound(s, len), end = slice_bound(e, len);
    size_t n = end > start ? end - start : 0;
    if (IS_STRING(args[0])) {
        *out = OBJ_VAL(str_new(vm, AS_STRING(args[0])->chars + start, n));
        return true;
    }
    ObjArray *res = array_new(vm, n);
    if (n)
        memcpy(res->items, AS_ARRAY(args[0])->items + start, n * sizeof(Value));
    res->count = n;
    *out = OBJ_VAL(res);
    return true;
}

static bool arr_copy(VM *vm, int argc, Value *args, Value *out)
{
    Value v = args[0];
    if (IS_ARRAY(v)) {
        ObjArray *a = AS_ARRAY(v);
        ObjArray *res = array_new(vm, a->count);
        if (a->count)
            memcpy(res->items, a->items, a->count * sizeof(Value));
        res->count = a->count;
        *out = OBJ_VAL(res);
    } else if (IS_MAP(v)) {
        ObjMap *m = map_new(vm);
        vm_push_root(vm, OBJ_VAL(m));
        tbl_add_all(vm, &AS_MAP(v)->table, &m->table);
        vm_pop_root(vm);
        *out = OBJ_VAL(m);
    } else if (IS_INSTANCE(v)) {
        ObjInstance *in = instance_new(vm, AS_INSTANCE(v)->klass);
        vm_push_root(vm, OBJ_VAL(in));
        tbl_add_all(vm, &AS_INSTANCE(v)->fields, &in->fields);
        vm_pop_root(vm);
        *out = OBJ_VAL(in);
    } else {
        *out = v; // immutable values (and functions) are their own copy
    }
    return true;
}

static bool arr_range(VM *vm, int argc, Value *args, Value *out)
{
    int64_t a = 0, b, step = 1;
    if (argc == 1) {
        if (!arg_int(vm, "range", args, 0, &b))
            return false;
    } else if (!arg_int(vm, "range", args, 0, &a) || !arg_int(vm, "range", args, 1, &b) ||
               (argc > 2 && !arg_int(vm, "range", args, 2, &step))) {
        return false;
    }
    if (step == 0)
        return vm_error(vm, "range step cannot be 0");
    // element count computed in unsigned arithmetic: no overflow
    uint64_t n = 0;
    if (step > 0 && a < b)
        n = ((uint64_t)b - (uint64_t)a - 1) / (uint64_t)step + 1;
    else if (step < 0 && a > b)
        n = ((uint64_t)a - (uint64_t)b - 1) / (0 - (uint64_t)step) + 1;
    if (n > MAX_RANGE_LEN)
        return vm_error(vm, "range too large (%llu elements)", (unsigned long long)n);
    ObjArray *res = array_new(vm, (size_t)n);
    uint64_t x = (uint64_t)a;
    for (uint64_t i = 0; i < n; i++, x += (uint64_t)step)
        res->items[i] = INT_VAL((int64_t)x);
    res->count = (size_t)n;
    *out = OBJ_VAL(res);
    return true;
}

const NativeReg lib_array_natives[] = {
    {"push", native_push, 2, -1},
    {"pop", arr_pop, 1, 1},
    {"apop", arr_pop, 1, 1}, // documented by the reference, never built there (Q47)
    {"set", arr_set, 3, 3},
    {"get", arr_get, 2, 3},
    {"insert", arr_insert, 3, 3},
    {"remove", arr_remove, 2, 2},
    {"clear", arr_clear, 1, 1},
    {"contains", arr_contains, 2, 2},
    {"indexOf", arr_index_of, 2, 2},
    {"enumerate", arr_enumerate, 1, 1},
    {"zip", arr_zip, 2, 2},
    {"map", arr_map, 2, 2},
    {"filter", arr_filter, 2, 2},
    {"reduce", arr_reduce, 3, 3},
    {"sort", arr_sort, 1, 2},
    {"reverse", arr_reverse, 1, 1},
    {"slice", arr_slice, 2, 3},
    {"copy", arr_copy, 1, 1},
    {"range", arr_range, 1, 3},
    {NULL, NULL, 0, 0},
};
