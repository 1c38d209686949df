// SPDX-License-Identifier: MIT
// The Value representation: a small tagged struct (64-bit Int, Float, Bool, Nil, object).
#ifndef FUN_VALUE_H
#define FUN_VALUE_H

#include "common.h"

typedef struct Obj Obj;
typedef struct VM VM;

typedef enum { VAL_NIL, VAL_BOOL, VAL_INT, VAL_FLOAT, VAL_OBJ } ValueType;

// The type is a whole 8-byte word (one of ValueType): writing it as 4 bytes
// would leave the padding after it unwritten, and an 8-byte read of that
// first word (how a Value passed by value is loaded into a register) could
// then not be forwarded from the store that wrote the type.
typedef struct {
    uint64_t type;
    union {
        bool b;
        int64_t i;
        double f;
        Obj *obj;
    } as;
} Value;

static inline Value nil_val(void) { Value v; v.type = VAL_NIL; v.as.i = 0; return v; }
static inline Value bool_val(bool b) { Value v; v.type = VAL_BOOL; v.as.i = 0; v.as.b = b; return v; }
static inline Value int_val(int64_t i) { Value v; v.type = VAL_INT; v.as.i = i; return v; }
static inline Value float_val(double f) { Value v; v.type = VAL_FLOAT; v.as.f = f; return v; }
static inline Value obj_val(void *o) { Value v; v.type = VAL_OBJ; v.as.obj = (Obj *)o; return v; }

#define NIL_VAL nil_val()
#define BOOL_VAL(b) bool_val(b)
#define INT_VAL(i) int_val(i)
#define FLOAT_VAL(f) float_val(f)
#define OBJ_VAL(o) obj_val(o)

#define IS_NIL(v) ((v).type == VAL_NIL)
#define IS_BOOL(v) ((v).type == VAL_BOOL)
#define IS_INT(v) ((v).type == VAL_INT)
#define IS_FLOAT(v) ((v).type == VAL_FLOAT)
#define IS_NUMBER(v) ((v).type == VAL_INT || (v).type == VAL_FLOAT)
#define IS_OBJ(v) ((v).type == VAL_OBJ)

#define AS_BOOL(v) ((v).as.b)
#define AS_INT(v) ((v).as.i)
#define AS_FLOAT(v) ((v).as.f)
#define AS_OBJ(v) ((v).as.obj)
// Int or Float as a double.
#define AS_NUMBER(v) ((v).type == VAL_INT ? (double)(v).as.i : (v).as.f)

// Truthiness (rulings D5): false, nil, 0, 0.0, "", [], {} are falsy.
bool val_truthy(Value v);
// Equality (D7): numeric across Int/Float, strings by bytes, arrays and maps
// structurally, everything else by identity.
bool val_equal(Value a, Value b);
// Compares two numbers (Int or Float) exactly, also across Int/Float:
// -1, 0, 1, or 2 when a NaN makes them unordered.
int val_compare_numbers(Value a, Value b);
// a < b for two numbers (false when unordered).
static inline bool val_num_less(Value a, Value b) { return val_compare_numbers(a, b) == -1; }
// Type names: "Int", "Float", "String", ... as used in builtin error messages.
const char *val_type_name(Value v);
// Lower-case names ("int", "string", ...) used in operator error messages.
const char *val_op_type_name(Value v);
// The result of typeof(): "Number" for Int, class name for instances, ...
const char *val_typeof(Value v);

// Appends the display text of v (print / to_string format, D9-D10) to sb.
// May call a toString() method on instances, hence the VM and the status.
bool val_display(VM *vm, StrBuf *sb, Value v);
// Formats a double the way print does (shortest round-trip, %g layout).
void val_format_float(double d, char *buf, size_t size);
// The decimal digits of v (a '-' first when negative) into buf, which holds
// at least VAL_INT_CHARS bytes; returns their count (no terminating NUL).
#define VAL_INT_CHARS 21
size_t val_format_int(int64_t v, char *buf);

#endif
