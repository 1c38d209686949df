// SPDX-License-Identifier: MIT
// Value semantics: truthiness, equality, type names and the display format.
#include "value.h"

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

#define MAX_EQ_DEPTH 200

static bool equal_depth(Value a, Value b, int depth)
{
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
    case OBJ_ARRAY: {
        ObjArray *x = AS_ARRAY(a), *y = AS_ARRAY(b);
        if (x->count != y->count || depth > MAX_EQ_DEPTH)
            return false;
        for (size_t i = 0; i < x->count; i++)
            if (!equal_depth(x->items[i], y->items[i], depth + 1))
                return false;
        return true;
    }
    case OBJ_MAP: {
        Table *x = &AS_MAP(a)->table, *y = &AS_MAP(b)->table;
        if (x->live != y->live || depth > MAX_EQ_DEPTH)
            return false;
        TBL_FOREACH(x, e)
        {
            Value *o = tbl_get(y, e->key);
            if (!o || !equal_depth(e->value, *o, depth + 1))
                return false;
        }
        return true;
    }
    case OBJ_BOUND: {
        ObjBound *x = AS_BOUND(a), *y = AS_BOUND(b);
        return equal_depth(x->receiver, y->receiver, depth + 1) &&
               equal_depth(x->method, y->method, depth + 1);
    }
    default:
        return false;
    }
}

bool val_equal(Value a, Value b) { return equal_depth(a, b, 0); }

const char *val_type_name(Value v)
{
    switch (v.type) {
    case VAL_NIL:
        return "Nil";
    case VAL_BOOL:
        return "Boolean";
    case VAL_INT:
        return "Int";
    case VAL_FLOAT:
        return "Float";
    case VAL_OBJ:
        switch (OBJ_TYPE(v)) {
        case OBJ_STRING:
            return "String";
        case OBJ_ARRAY:
            return "Array";
        case OBJ_MAP:
            return "Map";
        case OBJ_CLASS:
            return "Class";
        case OBJ_INSTANCE:
            return AS_INSTANCE(v)->klass->name->chars;
        case OBJ_HANDLE:
            return "Handle";
        default:
            return "Function";
        }
    }
    return "?";
}

const char *val_op_type_name(Value v)
{
    switch (v.type) {
    case VAL_NIL:
        return "nil";
    case VAL_BOOL:
        return "boolean";
    case VAL_INT:
        return "int";
    case VAL_FLOAT:
        return "float";
    case VAL_OBJ:
        switch (OBJ_TYPE(v)) {
        case OBJ_STRING:
            return "string";
        case OBJ_ARRAY:
            return "array";
        case OBJ_MAP:
            return "map";
        case OBJ_CLASS:
            return "class";
        case OBJ_INSTANCE:
            return "instance";
        case OBJ_HANDLE:
            return "handle";
        default:
            return "function";
        }
    }
    return "?";
}

const char *val_typeof(Value v)
{
    switch (v.type) {
    case VAL_INT:
        return "Number";
    case VAL_OBJ:
        if (OBJ_TYPE(v) == OBJ_CLASS)
            return "Function";
        return val_type_name(v);
    default:
        return val_type_name(v);
    }
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
    // shortest precision that reads back to the same double
    char tmp[40];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, d);
        if (strtod(tmp, NULL) == d)
            break;
    }
    if (prec > 17)
        prec = 17;
    // decimal exponent of the shortest form
    int exp10 = atoi(strchr(tmp, 'e') + 1);
    if (exp10 < -4 || exp10 >= 17) {
        snprintf(buf, size, "%.*g", prec, d);
        // %g may print e+17 style already; ensure it used exponent form
        if (!strchr(buf, 'e'))
            snprintf(buf, size, "%.*e", prec - 1, d);
        return;
    }
    int decimals = prec - 1 - exp10;
    if (decimals < 0)
        decimals = 0;
    snprintf(buf, size, "%.*f", decimals, d);
    if (strcmp(buf, "-0") == 0)
        snprintf(buf, size, "-0");
}

static bool display(VM *vm, StrBuf *sb, Value v, int depth);

static bool display_instance(VM *vm, StrBuf *sb, ObjInstance *o, int depth)
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
        return display(vm, sb, out, depth + 1);
    }
    sb_append(sb, o->klass->name->chars, o->klass->name->len);
    sb_putc(sb, '{');
    bool first = true;
    TBL_FOREACH(&o->fields, e)
    {
        if (val_is_callable(e->value))
            continue;
        if (!first)
            sb_puts(sb, ", ");
        first = false;
        sb_putc(sb, '"');
        sb_append(sb, e->key->chars, e->key->len);
        sb_puts(sb, "\": ");
        if (!display(vm, sb, e->value, depth + 1))
            return false;
    }
    sb_putc(sb, '}');
    return true;
}

static bool display(VM *vm, StrBuf *sb, Value v, int depth)
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
        sb_printf(sb, "%lld", (long long)v.as.i);
        return true;
    case VAL_FLOAT:
        val_format_float(v.as.f, buf, sizeof buf);
        sb_puts(sb, buf);
        return true;
    case VAL_OBJ:
        break;
    }
    if (depth > 100) {
        sb_puts(sb, "...");
        return true;
    }
    switch (OBJ_TYPE(v)) {
    case OBJ_STRING:
        sb_append(sb, AS_STRING(v)->chars, AS_STRING(v)->len);
        return true;
    case OBJ_ARRAY: {
        ObjArray *a = AS_ARRAY(v);
        sb_putc(sb, '[');
        for (size_t i = 0; i < a->count; i++) {
            if (i)
                sb_puts(sb, ", ");
            if (!display(vm, sb, a->items[i], depth + 1))
                return false;
        }
        sb_putc(sb, ']');
        return true;
    }
    case OBJ_MAP: {
        sb_putc(sb, '{');
        bool first = true;
        TBL_FOREACH(&AS_MAP(v)->table, e)
        {
            if (!first)
                sb_puts(sb, ", ");
            first = false;
            sb_putc(sb, '"');
            sb_append(sb, e->key->chars, e->key->len);
            sb_puts(sb, "\": ");
            if (!display(vm, sb, e->value, depth + 1))
                return false;
        }
        sb_putc(sb, '}');
        return true;
    }
    case OBJ_INSTANCE:
        return display_instance(vm, sb, AS_INSTANCE(v), depth);
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
        display(vm, sb, AS_BOUND(v)->method, depth + 1);
        sb_putc(sb, '>');
        return true;
    case OBJ_HANDLE:
        sb_printf(sb, "<%s>", ((ObjHandle *)AS_OBJ(v))->kind);
        return true;
    default:
        sb_puts(sb, "<object>");
        return true;
    }
}

bool val_display(VM *vm, StrBuf *sb, Value v) { return display(vm, sb, v, 0); }
