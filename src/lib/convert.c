// SPDX-License-Identifier: MIT
// Conversion and console input builtins: to_number, cast, input, input_hidden,
// and the fixed-width integer wrappers uclamp / sclamp.
#include "lib.h"

#include <errno.h>
#include <math.h>
#include <termios.h>
#include <unistd.h>

// ---- number parsing ----

static bool all_digits(const char *p, const char *end, bool hex)
{
    if (p == end)
        return false;
    for (; p < end; p++) {
        unsigned char c = (unsigned char)*p;
        bool ok =
            (c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
        if (!ok)
            return false;
    }
    return true;
}

// A Float becomes an Int when integral and representable (to_number rule).
static Value narrow_float(double d)
{
    if (d == floor(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0)
        return INT_VAL((int64_t)d);
    return FLOAT_VAL(d);
}

// Truncates toward zero; nan -> 0, out of range saturates.
static int64_t trunc_to_int(double d)
{
    if (isnan(d))
        return 0;
    if (d >= 9223372036854775808.0)
        return INT64_MAX;
    if (d < -9223372036854775808.0)
        return INT64_MIN;
    return (int64_t)d;
}

// Integer text: optional sign, then decimal digits or 0x + hex digits. Exact,
// unlike strtod for big values. False on any other text or on overflow.
static bool parse_int_text(const char *s, const char *end, int64_t *out)
{
    const char *p = s;
    if (p < end && (*p == '+' || *p == '-'))
        p++;
    bool hex = end - p > 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X');
    if (!all_digits(hex ? p + 2 : p, end, hex))
        return false;
    errno = 0;
    char *stop;
    long long v = strtoll(s, &stop, hex ? 16 : 10);
    if (errno != 0 || stop != end)
        return false;
    *out = (int64_t)v;
    return true;
}

// Parses the whole of bytes (surrounding whitespace ignored) as a number:
// exact integers first, then strtod (3.5, 1e3, 0x1p4, inf, nan). Integral
// results become Ints. False if the text is not entirely a number.
static bool parse_number(const char *bytes, size_t len, Value *out)
{
    size_t a = 0, b = len;
    while (a < b && fun_is_space(bytes[a]))
        a++;
    while (b > a && fun_is_space(bytes[b - 1]))
        b--;
    if (a == b || memchr(bytes + a, '\0', b - a) != NULL)
        return false;
    // strtod/strtoll need a terminated copy of the trimmed text.
    char small[64];
    char *s = b - a < sizeof small ? small : fun_malloc(b - a + 1);
    memcpy(s, bytes + a, b - a);
    s[b - a] = '\0';
    char *end = s + (b - a);
    int64_t i;
    bool ok = true;
    if (parse_int_text(s, end, &i)) {
        *out = INT_VAL(i);
    } else {
        char *stop;
        double d = strtod(s, &stop);
        ok = stop == end;
        if (ok)
            *out = narrow_float(d);
    }
    if (s != small)
        free(s);
    return ok;
}

// to_number(v): never fails; anything that is not a number becomes 0.
static bool fn_to_number(VM *vm, int argc, Value *args, Value *out)
{
    Value v = args[0];
    if (IS_INT(v))
        *out = v;
    else if (IS_FLOAT(v))
        *out = narrow_float(AS_FLOAT(v));
    else if (IS_BOOL(v))
        *out = INT_VAL(AS_BOOL(v) ? 1 : 0);
    else if (!IS_STRING(v) || !parse_number(AS_STRING(v)->chars, AS_STRING(v)->len, out))
        *out = INT_VAL(0);
    return true;
}

// ---- cast ----

static bool name_is(ObjString *s, const char *name)
{
    size_t n = strlen(name);
    if (s->len != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s->chars[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != name[i])
            return false;
    }
    return true;
}

// Number value of v for cast: numbers as they are, strings parsed (else 0),
// Booleans 1/0, everything else 0.
static double cast_number(Value v, bool *is_int, int64_t *ival)
{
    Value n = INT_VAL(0);
    if (IS_NUMBER(v))
        n = v;
    else if (IS_BOOL(v))
        n = INT_VAL(AS_BOOL(v) ? 1 : 0);
    else if (IS_STRING(v) && !parse_number(AS_STRING(v)->chars, AS_STRING(v)->len, &n))
        n = INT_VAL(0);
    *is_int = IS_INT(n);
    *ival = IS_INT(n) ? AS_INT(n) : 0;
    return AS_NUMBER(n);
}

// cast(v, type): type is a case-insensitive String: number (Int, Floats
// truncated), float, string (display text), boolean (truthiness), array
// (v or [v]), map (v or {}), function (v if callable else nil), nil.
static bool fn_cast(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *type;
    if (!arg_string(vm, "cast", args, 1, &type))
        return false;
    Value v = args[0];
    bool is_int;
    int64_t ival;
    if (name_is(type, "number")) {
        double d = cast_number(v, &is_int, &ival);
        *out = INT_VAL(is_int ? ival : trunc_to_int(d));
    } else if (name_is(type, "float")) {
        *out = FLOAT_VAL(cast_number(v, &is_int, &ival));
    } else if (name_is(type, "string")) {
        if (IS_STRING(v)) {
            *out = v;
            return true;
        }
        StrBuf sb;
        sb_init(&sb);
        if (!val_display(vm, &sb, v)) {
            sb_free(&sb);
            return false;
        }
        *out = OBJ_VAL(str_from_buf(vm, &sb));
    } else if (name_is(type, "boolean")) {
        *out = BOOL_VAL(val_truthy(v));
    } else if (name_is(type, "array")) {
        if (IS_ARRAY(v)) {
            *out = v;
            return true;
        }
        ObjArray *a = array_new(vm, 1);
        vm_push_root(vm, OBJ_VAL(a));
        array_push(vm, a, v);
        vm_pop_root(vm);
        *out = OBJ_VAL(a);
    } else if (name_is(type, "map")) {
        *out = IS_MAP(v) ? v : OBJ_VAL(map_new(vm));
    } else if (name_is(type, "function")) {
        *out = val_is_callable(v) ? v : NIL_VAL;
    } else if (name_is(type, "nil")) {
        *out = NIL_VAL;
    } else {
        return vm_error(vm,
                        "cast: unknown type '%.*s' (expected number, float, string, boolean, "
                        "array, map, function or nil)",
                        (int)(type->len > 40 ? 40 : type->len), type->chars);
    }
    return true;
}

// ---- console input ----

// Writes the prompt's display text (none for nil or no argument) and flushes
// stdout so earlier output is visible before we block.
static bool write_prompt(VM *vm, int argc, Value *args)
{
    if (argc > 0 && !IS_NIL(args[0])) {
        StrBuf sb;
        sb_init(&sb);
        if (!val_display(vm, &sb, args[0])) {
            sb_free(&sb);
            return false;
        }
        fwrite(sb.data, 1, sb.len, stdout);
        sb_free(&sb);
    }
    fflush(stdout);
    return true;
}

// Reads one line from stdin without its \n, \r\n or trailing \r; nil at end
// of input. The line may contain NUL bytes.
static Value read_line(VM *vm)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) {
        free(line);
        clearerr(stdin); // a terminal may deliver more input after ^D
        return NIL_VAL;
    }
    size_t len = (size_t)n;
    if (len > 0 && line[len - 1] == '\n')
        len--;
    if (len > 0 && line[len - 1] == '\r')
        len--;
    Value v = str_val(vm, line, len);
    free(line);
    return v;
}

// input([prompt]): one line of stdin as a String, nil at end of input.
static bool fn_input(VM *vm, int argc, Value *args, Value *out)
{
    if (!write_prompt(vm, argc, args))
        return false;
    *out = read_line(vm);
    return true;
}

// input_hidden([prompt]): as input, with terminal echo off while reading when
// stdin is a terminal.
static bool fn_input_hidden(VM *vm, int argc, Value *args, Value *out)
{
    if (!write_prompt(vm, argc, args))
        return false;
    struct termios saved;
    bool hidden = false;
    if (isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0) {
        struct termios quiet = saved;
        quiet.c_lflag &= (tcflag_t) ~(ECHO | ECHONL);
        quiet.c_lflag |= ICANON;
        hidden = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    *out = read_line(vm);
    if (hidden) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        // The user's Enter was not echoed: end the prompt line on the terminal.
        if (isatty(STDOUT_FILENO)) {
            fputc('\n', stdout);
            fflush(stdout);
        }
    }
    return true;
}

// ---- fixed-width integers ----

static bool width_args(VM *vm, const char *fn, Value *args, int64_t *x, int *bits)
{
    int64_t b;
    if (!arg_int(vm, fn, args, 0, x) || !arg_int(vm, fn, args, 1, &b))
        return false;
    if (b < 1 || b > 64)
        return vm_error(vm, "%s: bits must be between 1 and 64, got %lld", fn, (long long)b);
    *bits = (int)b;
    return true;
}

// uclamp(x, bits): keeps the low bits of x, like a uintN declaration
// (uclamp(300, 8) = 44; with 64 bits the Int is unchanged).
static bool fn_uclamp(VM *vm, int argc, Value *args, Value *out)
{
    int64_t x = 0;
    int bits = 64;
    if (!width_args(vm, "uclamp", args, &x, &bits))
        return false;
    uint64_t u = (uint64_t)x;
    if (bits < 64)
        u &= (UINT64_C(1) << bits) - 1;
    *out = INT_VAL((int64_t)u);
    return true;
}

// sclamp(x, bits): two's-complement wrap to a signed N-bit integer, like an
// intN declaration (sclamp(200, 8) = -56).
static bool fn_sclamp(VM *vm, int argc, Value *args, Value *out)
{
    int64_t x = 0;
    int bits = 64;
    if (!width_args(vm, "sclamp", args, &x, &bits))
        return false;
    uint64_t u = (uint64_t)x;
    if (bits < 64) {
        uint64_t mask = (UINT64_C(1) << bits) - 1;
        u &= mask;
        if (u & (UINT64_C(1) << (bits - 1)))
            u |= ~mask;
    }
    *out = INT_VAL((int64_t)u);
    return true;
}

const NativeReg lib_convert_natives[] = {
    {"to_number", fn_to_number, 1, 1},
    {"cast", fn_cast, 2, 2},
    {"input", fn_input, 0, 1},
    {"input_hidden", fn_input_hidden, 0, 1},
    {"uclamp", fn_uclamp, 2, 2},
    {"sclamp", fn_sclamp, 2, 2},
    {NULL, NULL, 0, 0},
};
