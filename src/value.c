// SPDX-License-Identifier: MIT
// Value semantics: truthiness, equality, type names and the display format.
#include "value.h"

#include <float.h>
#include <inttypes.h>
#include <math.h>

#include "object.h"
#include "vm.h"

bool val_truthy(Value v)
{
    switch (v.type) {
    case VAL_NIL:
        return false;
    case VAL_BOOL:
        return v.as.b;
    case VAL_INT:
        return v.as.i != 0;
    case VAL_FLOAT:
        return v.as.f != 0.0;
    case VAL_OBJ:
        switch (OBJ_TYPE(v)) {
        case OBJ_STRING:
            return AS_STRING(v)->len != 0;
        case OBJ_ARRAY:
            return AS_ARRAY(v)->count != 0;
        case OBJ_MAP:
            return AS_MAP(v)->table.live != 0;
        default:
            return true;
        }
    }
    return false;
}

// Int against Float, exactly: -1, 0, 1, or 2 when f is NaN.
static int cmp_int_float(int64_t i, double f)
{
    if (isnan(f))
        return 2;
    if (f >= 9223372036854775808.0)
        return -1;
    if (f < -9223372036854775808.0)
        return 1;
    double t = trunc(f);
    int64_t ti = (int64_t)t;
    if (i != ti)
        return i < ti ? -1 : 1;
    return f > t ? -1 : f < t ? 1 : 0;
}

int val_compare_numbers(Value a, Value b)
{
    if (IS_INT(a) && IS_INT(b))
        return AS_INT(a) < AS_INT(b) ? -1 : AS_INT(a) > AS_INT(b);
    if (IS_INT(a))
        return cmp_int_float(AS_INT(a), AS_FLOAT(b));
    if (IS_INT(b)) {
        int c = cmp_int_float(AS_INT(b), AS_FLOAT(a));
        return c == 2 ? 2 : -c;
    }
    double x = AS_FLOAT(a), y = AS_FLOAT(b);
    if (x != x || y != y)
        return 2;
    return x < y ? -1 : x > y;
}

// Scalar part of equality; *deep is set when both are arrays / maps that
// must be compared element by element.
static bool equal_shallow(Value a, Value b, bool *deep)
{
    *deep = false;
    if (a.type == VAL_INT && b.type == VAL_INT)
        return a.as.i == b.as.i;
    if (IS_NUMBER(a) && IS_NUMBER(b)) {
        if (a.type == VAL_FLOAT && b.type == VAL_FLOAT)
            return a.as.f == b.as.f;
        // Int vs Float: exact comparison
        int64_t i = a.type == VAL_INT ? a.as.i : b.as.i;
        double f = a.type == VAL_FLOAT ? a.as.f : b.as.f;
        if (f != f || f < -9223372036854775808.0 || f >= 9223372036854775808.0)
            return false;
        return (double)(int64_t)f == f && (int64_t)f == i;
    }
    if (a.type == VAL_BOOL && b.type == VAL_INT) // true == 1, false == 0 (D6)
        return a.as.b == (b.as.i != 0);
    if (a.type == VAL_INT && b.type == VAL_BOOL)
        return b.as.b == (a.as.i != 0);
    if (a.type != b.type)
        return false;
    switch (a.type) {
    case VAL_NIL:
        return true;
    case VAL_BOOL:
        return a.as.b == b.as.b;
    case VAL_OBJ:
        break;
    default:
        return false;
    }
    if (a.as.obj == b.as.obj)
        return true;
    if (OBJ_TYPE(a) != OBJ_TYPE(b))
        return false;
    switch (OBJ_TYPE(a)) {
    case OBJ_STRING:
        return str_eq(AS_STRING(a), AS_STRING(b));
    case OBJ_ARRAY:
        if (AS_ARRAY(a)->count != AS_ARRAY(b)->count)
            return false;
        *deep = true;
        return true;
    case OBJ_MAP:
        if (AS_MAP(a)->table.live != AS_MAP(b)->table.live)
            return false;
        *deep = true;
        return true;
    case OBJ_BOUND:
        *deep = true;
        return true;
    default:
        return false;
    }
}

typedef struct {
    Value a, b;
} EqPair;

// Open-addressing hash set of container pairs (x, y) for val_equal.
typedef struct {
    Obj **slots; // 2 * cap pointers, (NULL, NULL) = empty
    size_t count, cap;
} PairSet;

static size_t pair_hash(const Obj *x, const Obj *y)
{
    uint64_t h = (uint64_t)(uintptr_t)x * UINT64_C(0x9E3779B97F4A7C15);
    h ^= (uint64_t)(uintptr_t)y + UINT64_C(0x7F4A7C159E3779B9) + (h << 6) + (h >> 2);
    h ^= h >> 29;
    return (size_t)h;
}

static void pairset_put(Obj **slots, size_t cap, Obj *x, Obj *y)
{
    size_t i = pair_hash(x, y) & (cap - 1);
    while (slots[2 * i])
        i = (i + 1) & (cap - 1);
    slots[2 * i] = x;
    slots[2 * i + 1] = y;
}

// Adds (x, y); false when it was already there.
static bool pairset_add(PairSet *s, Obj *x, Obj *y)
{
    if (s->cap) {
        for (size_t i = pair_hash(x, y) & (s->cap - 1); s->slots[2 * i]; i = (i + 1) & (s->cap - 1))
            if (s->slots[2 * i] == x && s->slots[2 * i + 1] == y)
                return false;
    }
    if ((s->count + 1) * 4 > s->cap * 3) {
        size_t cap = s->cap ? s->cap * 2 : 64;
        Obj **slots = fun_calloc(2 * cap, sizeof(Obj *));
        for (size_t i = 0; i < s->cap; i++)
            if (s->slots[2 * i])
                pairset_put(slots, cap, s->slots[2 * i], s->slots[2 * i + 1]);
        free(s->slots);
        s->slots = slots;
        s->cap = cap;
    }
    pairset_put(s->slots, s->cap, x, y);
    s->count++;
    return true;
}

// Structural equality without recursion: an explicit stack of pairs, and a
// set of container pairs already under comparison so cycles terminate.
bool val_equal(Value a, Value b)
{
    bool deep;
    if (!equal_shallow(a, b, &deep))
        return false;
    if (!deep)
        return true;
    EqPair *stack = NULL;
    size_t n = 0, cap = 0;
    PairSet seen = {0};
    bool result = true;
#define EQ_PUSH(x, y)                                                                              \
    do {                                                                                           \
        if (n == cap) {                                                                            \
            cap = cap ? cap * 2 : 64;                                                              \
            stack = fun_realloc(stack, sizeof(EqPair) * cap);                                      \
        }                                                                                          \
        stack[n].a = (x);                                                                          \
        stack[n].b = (y);                                                                          \
        n++;                                                                                       \
    } while (0)
    EQ_PUSH(a, b);
    while (n > 0 && result) {
        EqPair p = stack[--n];
        if (!equal_shallow(p.a, p.b, &deep)) {
            result = false;
            break;
        }
        if (!deep)
            continue;
        Obj *x = AS_OBJ(p.a), *y = AS_OBJ(p.b);
        // a pair already compared (or under comparison) adds nothing: this
        // is what ends cycles, so the set is never capped
        if (!pairset_add(&seen, x, y))
            continue;
        switch (x->type) {
        case OBJ_ARRAY: {
            ObjArray *xa = (ObjArray *)x, *ya = (ObjArray *)y;
            for (size_t i = xa->count; i-- > 0;)
                EQ_PUSH(xa->items[i], ya->items[i]);
            break;
        }
        case OBJ_MAP: {
            Table *xt = &((ObjMap *)x)->table, *yt = &((ObjMap *)y)->table;
            TBL_FOREACH(xt, e)
            {
                Value *o = tbl_get(yt, e->key);
                if (!o) {
                    result = false;
                    break;
                }
                EQ_PUSH(e->value, *o);
            }
            break;
        }
        case OBJ_BOUND:
            EQ_PUSH(((ObjBound *)x)->receiver, ((ObjBound *)y)->receiver);
            EQ_PUSH(((ObjBound *)x)->method, ((ObjBound *)y)->method);
            break;
        default:
            break;
        }
    }
#undef EQ_PUSH
    free(stack);
    free(seen.slots);
    return result;
}

// One row per kind of value: the name builtin errors use ("Int"), the name
// operator errors use ("int") and what typeof() says when it differs (Ints
// are "Number", classes "Function"). An instance's type name is its class's.
typedef enum {
    KIND_NIL, KIND_BOOL, KIND_INT, KIND_FLOAT, KIND_STRING, KIND_ARRAY, KIND_MAP,
    KIND_CLASS, KIND_INSTANCE, KIND_HANDLE, KIND_FIBER, KIND_FUNCTION,
} ValueKind;

static const struct {
    const char *type, *op, *type_of;
} kind_names[] = {
    [KIND_NIL] = {"Nil", "nil", NULL},
    [KIND_BOOL] = {"Boolean", "boolean", NULL},
    [KIND_INT] = {"Int", "int", "Number"},
    [KIND_FLOAT] = {"Float", "float", NULL},
    [KIND_STRING] = {"String", "string", NULL},
    [KIND_ARRAY] = {"Array", "array", NULL},
    [KIND_MAP] = {"Map", "map", NULL},
    [KIND_CLASS] = {"Class", "class", "Function"},
    [KIND_INSTANCE] = {NULL, "instance", NULL},
    [KIND_HANDLE] = {"Handle", "handle", NULL},
    [KIND_FIBER] = {"Fiber", "fiber", NULL},
    [KIND_FUNCTION] = {"Function", "function", NULL},
};

static ValueKind kind_of(Value v)
{
    switch (v.type) {
    case VAL_NIL: return KIND_NIL;
    case VAL_BOOL: return KIND_BOOL;
    case VAL_INT: return KIND_INT;
    case VAL_FLOAT: return KIND_FLOAT;
    case VAL_OBJ: break;
    }
    switch (OBJ_TYPE(v)) {
    case OBJ_STRING: return KIND_STRING;
    case OBJ_ARRAY: return KIND_ARRAY;
    case OBJ_MAP: return KIND_MAP;
    case OBJ_CLASS: return KIND_CLASS;
    case OBJ_INSTANCE: return KIND_INSTANCE;
    case OBJ_HANDLE: return KIND_HANDLE;
    case OBJ_FIBER: return KIND_FIBER;
    default: return KIND_FUNCTION; // closures, natives, bound methods
    }
}

const char *val_type_name(Value v)
{
    ValueKind k = kind_of(v);
    return k == KIND_INSTANCE ? AS_INSTANCE(v)->klass->name->chars : kind_names[k].type;
}

const char *val_op_type_name(Value v) { return kind_names[kind_of(v)].op; }

const char *val_typeof(Value v)
{
    const char *t = kind_names[kind_of(v)].type_of;
    return t ? t : val_type_name(v);
}

// The significant digits of d's shortest text that reads back as d: fills
// digits (no dot, no sign) and returns their count; *exp10 is the decimal
// exponent of the first digit, *neg the sign.
//
// One printf gives the 17 correctly rounded digits, which always read back.
// A normal double carries more than 15 significant digits, so when some
// p <= 15 digits read back, the correctly rounded 15 digits are that p-digit
// text followed by zeros: one check at 15 (trailing zeros stripped) settles
// every p <= 15, then one at 16. The 15 and 16 digit roundings are cut from
// the 17 digits, which equals rounding d itself unless the cut-off digits
// are exactly "50" / "5" (then printf rounds d again). Each check is one
// strtod; formerly each precision cost a printf too, a third of stringify.
// printf's correctly rounded prec significant digits of d (no dot, no
// sign) into digits; *exp10 gets the decimal exponent, *neg the sign.
static void printf_digits(double d, int prec, char *digits, int *exp10, bool *neg)
{
    char tmp[40];
    snprintf(tmp, sizeof tmp, "%.*e", prec - 1, d);
    const char *p = tmp;
    *neg = *p == '-';
    p += *neg;
    for (int n = 0; *p != 'e'; p++)
        if (*p != '.')
            digits[n++] = *p;
    *exp10 = atoi(p + 1);
}

static int shortest_digits(double d, char *digits, int *exp10, bool *neg)
{
    if (fabs(d) < DBL_MIN && d != 0) { // subnormal: fewer digits, plain search
        char tmp[40];
        int prec;
        for (prec = 1; prec < 17; prec++) {
            snprintf(tmp, sizeof tmp, "%.*e", prec - 1, d);
            if (strtod(tmp, NULL) == d)
                break;
        }
        printf_digits(d, prec, digits, exp10, neg);
        return prec;
    }
    char all[17];
    int e17;
    printf_digits(d, 17, all, &e17, neg);
    for (int keep = 15; keep <= 16; keep++) {
        char cand[17];
        int e = e17;
        bool tie = keep == 15 ? all[15] == '5' && all[16] == '0' : all[16] == '5';
        if (tie) { // double rounding could differ from rounding d: ask printf
            printf_digits(d, keep, cand, &e, neg);
        } else {
            memcpy(cand, all, (size_t)keep);
            if (all[keep] >= '5') { // round up, carrying
                int i = keep - 1;
                while (i >= 0 && cand[i] == '9')
                    cand[i--] = '0';
                if (i >= 0) {
                    cand[i]++;
                } else { // 99..9 -> 100..0: one more decimal place
                    cand[0] = '1';
                    e++;
                }
            }
        }
        // read back as DIGITSe(E - keep + 1): an integer mantissa
        char text[48];
        int tl = 0;
        if (*neg)
            text[tl++] = '-';
        memcpy(text + tl, cand, (size_t)keep);
        tl += keep;
        snprintf(text + tl, sizeof text - (size_t)tl, "e%d", e - keep + 1);
        if (strtod(text, NULL) == d) {
            int m = keep;
            if (keep == 15)
                while (m > 1 && cand[m - 1] == '0')
                    m--;
            memcpy(digits, cand, (size_t)m);
            *exp10 = e;
            return m;
        }
    }
    memcpy(digits, all, 17);
    *exp10 = e17;
    return 17;
}

void val_format_float(double d, char *buf, size_t size)
{
    if (d != d) {
        snprintf(buf, size, "nan");
        return;
    }
    if (isinf(d)) {
        snprintf(buf, size, d > 0 ? "inf" : "-inf");
        return;
    }
    char digits[17];
    int exp10;
    bool neg;
    int prec = shortest_digits(d, digits, &exp10, &neg);
    // Laid out as %g would for the exponent form and %f for the plain one
    // (what this function printed before it built the text itself).
    char out[48];
    size_t n = 0;
    if (neg)
        out[n++] = '-';
    if (exp10 < -4 || exp10 >= 17) {
        out[n++] = digits[0];
        if (prec > 1) {
            out[n++] = '.';
            memcpy(out + n, digits + 1, (size_t)prec - 1);
            n += (size_t)prec - 1;
        }
        snprintf(out + n, sizeof out - n, "e%c%02d", exp10 < 0 ? '-' : '+', abs(exp10));
        snprintf(buf, size, "%s", out);
        return;
    }
    if (exp10 < 0) { // 0.000ddd
        out[n++] = '0';
        out[n++] = '.';
        for (int i = 0; i < -exp10 - 1; i++)
            out[n++] = '0';
        memcpy(out + n, digits, (size_t)prec);
        n += (size_t)prec;
    } else if (prec < exp10 + 1) { // a whole number: all its digits, as %.0f
        if (fabs(d) < 1e15) { // exact in an int64
            snprintf(buf, size, "%s%" PRId64, neg ? "-" : "", (int64_t)fabs(d));
            return;
        }
        snprintf(buf, size, "%.0f", d);
        return;
    } else {
        for (int i = 0; i <= exp10; i++)
            out[n++] = digits[i];
        if (prec > exp10 + 1) {
            out[n++] = '.';
            memcpy(out + n, digits + exp10 + 1, (size_t)(prec - exp10 - 1));
            n += (size_t)(prec - exp10 - 1);
        }
    }
    out[n] = '\0';
    snprintf(buf, size, "%s", out);
}

size_t val_format_int(int64_t v, char *buf)
{
    // by hand, not snprintf: Ints are formatted on every to_string, string
    // concatenation and HTTP response, and the stdio machinery costs ten
    // times the digits' own work. The magnitude as unsigned: -INT64_MIN fits.
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    char tmp[VAL_INT_CHARS];
    size_t n = 0;
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    size_t k = 0;
    if (v < 0)
        buf[k++] = '-';
    while (n)
        buf[k++] = tmp[--n];
    return k;
}

// The containers being displayed, outermost first: one that is reached again
// inside itself prints as [...] / {...}, as Python does.
typedef struct {
    Obj **items;
    size_t count, cap;
} DispPath;

static bool display(VM *vm, StrBuf *sb, Value v, int depth, DispPath *path);

static bool path_contains(const DispPath *path, const Obj *o)
{
    for (size_t i = path->count; i-- > 0;)
        if (path->items[i] == o)
            return true;
    return false;
}

static void path_push(DispPath *path, Obj *o)
{
    if (path->count == path->cap) {
        path->cap = path->cap ? path->cap * 2 : 16;
        path->items = fun_realloc(path->items, sizeof(Obj *) * path->cap);
    }
    path->items[path->count++] = o;
}

// {"key": value, ...} of a map or of an instance's fields (without methods).
static bool display_fields(VM *vm, StrBuf *sb, Table *t, bool skip_callables, int depth,
                           DispPath *path)
{
    sb_putc(sb, '{');
    bool first = true;
    TBL_FOREACH(t, e)
    {
        if (skip_callables && val_is_callable(e->value))
            continue;
        if (!first)
            sb_puts(sb, ", ");
        first = false;
        sb_putc(sb, '"');
        sb_append(sb, e->key->chars, e->key->len);
        sb_puts(sb, "\": ");
        if (!display(vm, sb, e->value, depth + 1, path))
            return false;
    }
    sb_putc(sb, '}');
    return true;
}

static bool display_instance(VM *vm, StrBuf *sb, ObjInstance *o, int depth, DispPath *path)
{
    ObjString *key = vm_intern(vm, "toString", 8);
    Value *m = tbl_get(&o->fields, key);
    if (!m || !val_is_callable(*m))
        m = tbl_get(&o->klass->methods, key);
    if (m && val_is_callable(*m)) {
        Value recv = OBJ_VAL(o), out;
        if (!vm_call(vm, *m, 1, &recv, &out))
            return false;
        if (IS_STRING(out)) {
            sb_append(sb, AS_STRING(out)->chars, AS_STRING(out)->len);
            return true;
        }
        return display(vm, sb, out, depth + 1, path);
    }
    sb_append(sb, o->klass->name->chars, o->klass->name->len);
    return display_fields(vm, sb, &o->fields, true, depth, path);
}

static bool display_container(VM *vm, StrBuf *sb, Value v, int depth, DispPath *path);

static bool display(VM *vm, StrBuf *sb, Value v, int depth, DispPath *path)
{
    char buf[64];
    switch (v.type) {
    case VAL_NIL:
        sb_puts(sb, "nil");
        return true;
    case VAL_BOOL:
        sb_puts(sb, v.as.b ? "true" : "false");
        return true;
    case VAL_INT:
        sb_append(sb, buf, val_format_int(v.as.i, buf));
        return true;
    case VAL_FLOAT:
        val_format_float(v.as.f, buf, sizeof buf);
        sb_puts(sb, buf);
        return true;
    case VAL_OBJ:
        break;
    }
    if (depth > 3000) {
        sb_puts(sb, "...");
        return true;
    }
    switch (OBJ_TYPE(v)) {
    case OBJ_STRING:
        sb_append(sb, AS_STRING(v)->chars, AS_STRING(v)->len);
        return true;
    case OBJ_ARRAY:
    case OBJ_MAP:
    case OBJ_INSTANCE:
        return display_container(vm, sb, v, depth, path);
    case OBJ_CLOSURE:
        sb_printf(sb, "<function %s>", AS_CLOSURE(v)->proto->name->chars);
        return true;
    case OBJ_NATIVE:
        sb_printf(sb, "<builtin %s>", AS_NATIVE(v)->name);
        return true;
    case OBJ_CLASS:
        sb_printf(sb, "<class %s>", AS_CLASS(v)->name->chars);
        return true;
    case OBJ_BOUND:
        sb_puts(sb, "<bound ");
        display(vm, sb, AS_BOUND(v)->method, depth + 1, path);
        sb_putc(sb, '>');
        return true;
    case OBJ_HANDLE:
        sb_printf(sb, "<%s>", ((ObjHandle *)AS_OBJ(v))->kind);
        return true;
    case OBJ_FIBER:
        sb_puts(sb, "<fiber>");
        return true;
    default:
        sb_puts(sb, "<object>");
        return true;
    }
}

static bool display_container(VM *vm, StrBuf *sb, Value v, int depth, DispPath *path)
{
    Obj *o = AS_OBJ(v);
    if (path_contains(path, o)) {
        sb_puts(sb, o->type == OBJ_ARRAY ? "[...]" : "{...}");
        return true;
    }
    path_push(path, o);
    bool ok = true;
    if (o->type == OBJ_ARRAY) {
        ObjArray *a = (ObjArray *)o;
        sb_putc(sb, '[');
        for (size_t i = 0; i < a->count && ok; i++) {
            if (i)
                sb_puts(sb, ", ");
            ok = display(vm, sb, a->items[i], depth + 1, path);
        }
        if (ok)
            sb_putc(sb, ']');
    } else if (o->type == OBJ_MAP) {
        ok = display_fields(vm, sb, &((ObjMap *)o)->table, false, depth, path);
    } else {
        ok = display_instance(vm, sb, (ObjInstance *)o, depth, path);
    }
    path->count--;
    return ok;
}

bool val_display(VM *vm, StrBuf *sb, Value v)
{
    DispPath path = {0};
    bool ok = display(vm, sb, v, 0, &path);
    free(path.items);
    return ok;
}
