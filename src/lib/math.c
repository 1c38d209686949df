// SPDX-License-Identifier: MIT
// Math builtins (Int/Float aware), 32-bit unsigned bitwise operations and a
// per-thread xoshiro256** generator so random_seed is deterministic everywhere.
#include <errno.h>
#include <math.h>
#include <time.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/random.h>
#endif

#include "lib.h"

#define TWO63 9223372036854775808.0

// ---- helpers ----

// Ensures args[i] is an Int or a Float (standard message otherwise).
static bool need_number(VM *vm, const char *fn, Value *args, int i)
{
    double d;
    return IS_NUMBER(args[i]) || arg_number(vm, fn, args, i, &d);
}

// A Float result as an Int when it is finite, integral-valued and fits.
static Value int_if_fits(double r)
{
    if (r >= -TWO63 && r < TWO63 && r == trunc(r))
        return INT_VAL((int64_t)r);
    return FLOAT_VAL(r);
}

// Float truncated toward zero into an int64, saturating; NaN gives 0.
static int64_t trunc_to_int(double d)
{
    if (isnan(d))
        return 0;
    if (d >= TWO63)
        return INT64_MAX;
    if (d < -TWO63)
        return INT64_MIN;
    return (int64_t)d;
}

static uint64_t uabs(int64_t i) { return i < 0 ? 0 - (uint64_t)i : (uint64_t)i; }

// Int argument, or a Float truncated toward zero (isqrt, gcd, lcm).
static bool arg_trunc(VM *vm, const char *fn, Value *args, int i, int64_t *out)
{
    double d;
    if (IS_INT(args[i])) {
        *out = AS_INT(args[i]);
        return true;
    }
    if (!arg_number(vm, fn, args, i, &d))
        return false;
    *out = trunc_to_int(d);
    return true;
}

// ---- min, max, clamp, abs, sign ----

static bool min_max(VM *vm, const char *name, int argc, Value *args, Value *out, bool want_max)
{
    Value *vals = args;
    size_t n = (size_t)argc;
    if (argc == 1) {
        ObjArray *a;
        if (!arg_array(vm, name, args, 0, &a))
            return false;
        if (a->count == 0)
            return vm_error(vm, "%s of empty array", name);
        vals = a->items;
        n = a->count;
    }
    for (size_t i = 0; i < n; i++) {
        if (IS_NUMBER(vals[i]))
            continue;
        if (vals == args)
            return need_number(vm, name, args, (int)i);
        return vm_type_error(vm, "%s: array element %zu must be a Number, got %s", name, i,
                             val_type_name(vals[i]));
    }
    Value best = vals[0];
    for (size_t i = 1; i < n; i++) {
        if (want_max ? val_num_less(best, vals[i]) : val_num_less(vals[i], best))
            best = vals[i];
    }
    *out = best;
    return true;
}

static bool m_min(VM *vm, int argc, Value *args, Value *out)
{
    return min_max(vm, "min", argc, args, out, false);
}

static bool m_max(VM *vm, int argc, Value *args, Value *out)
{
    return min_max(vm, "max", argc, args, out, true);
}

static bool m_fmin_fmax(VM *vm, const char *name, Value *args, Value *out, bool want_max)
{
    double a, b;
    if (!arg_number(vm, name, args, 0, &a) || !arg_number(vm, name, args, 1, &b))
        return false;
    *out = int_if_fits(want_max ? fmax(a, b) : fmin(a, b));
    return true;
}

static bool m_fmin(VM *vm, int argc, Value *args, Value *out)
{
    return m_fmin_fmax(vm, "fmin", args, out, false);
}

static bool m_fmax(VM *vm, int argc, Value *args, Value *out)
{
    return m_fmin_fmax(vm, "fmax", args, out, true);
}

static bool m_clamp(VM *vm, int argc, Value *args, Value *out)
{
    for (int i = 0; i < 3; i++)
        if (!need_number(vm, "clamp", args, i))
            return false;
    if (val_num_less(args[0], args[1]))
        *out = args[1];
    else if (val_num_less(args[2], args[0]))
        *out = args[2];
    else
        *out = args[0];
    return true;
}

static bool m_abs(VM *vm, int argc, Value *args, Value *out)
{
    if (!need_number(vm, "abs", args, 0))
        return false;
    if (IS_INT(args[0]))
        *out = INT_VAL((int64_t)uabs(AS_INT(args[0]))); // INT64_MIN stays negative
    else
        *out = FLOAT_VAL(fabs(AS_FLOAT(args[0])));
    return true;
}

static bool m_sign(VM *vm, int argc, Value *args, Value *out)
{
    double d;
    if (!arg_number(vm, "sign", args, 0, &d))
        return false;
    if (IS_INT(args[0]))
        *out = INT_VAL(AS_INT(args[0]) > 0 ? 1 : AS_INT(args[0]) < 0 ? -1 : 0);
    else
        *out = INT_VAL(d > 0 ? 1 : d < 0 ? -1 : 0);
    return true;
}

// ---- rounding ----

static bool rounding(VM *vm, const char *name, Value *args, Value *out, double (*fn)(double))
{
    if (!need_number(vm, name, args, 0))
        return false;
    *out = IS_INT(args[0]) ? args[0] : int_if_fits(fn(AS_FLOAT(args[0])));
    return true;
}

static bool m_floor(VM *vm, int argc, Value *args, Value *out)
{
    return rounding(vm, "floor", args, out, floor);
}

static bool m_ceil(VM *vm, int argc, Value *args, Value *out)
{
    return rounding(vm, "ceil", args, out, ceil);
}

static bool m_trunc(VM *vm, int argc, Value *args, Value *out)
{
    return rounding(vm, "trunc", args, out, trunc);
}

static bool m_round(VM *vm, int argc, Value *args, Value *out)
{
    return rounding(vm, "round", args, out, round); // C round: half away from zero
}

// ---- Float functions ----

#define FLOAT_FN(cname, fname, expr)                                                               \
    static bool cname(VM *vm, int argc, Value *args, Value *out)                                   \
    {                                                                                              \
        double x;                                                                                  \
        if (!arg_number(vm, fname, args, 0, &x))                                                   \
            return false;                                                                          \
        *out = FLOAT_VAL(expr);                                                                    \
        return true;                                                                               \
    }

FLOAT_FN(m_sin, "sin", sin(x))
FLOAT_FN(m_cos, "cos", cos(x))
FLOAT_FN(m_tan, "tan", tan(x))
FLOAT_FN(m_asin, "asin", asin(x))
FLOAT_FN(m_acos, "acos", acos(x))
FLOAT_FN(m_atan, "atan", atan(x))
FLOAT_FN(m_exp, "exp", exp(x))
// the reference gives nan (not -inf) for log(0)
FLOAT_FN(m_log, "log", x <= 0 ? NAN : log(x))
FLOAT_FN(m_log10, "log10", x <= 0 ? NAN : log10(x))
FLOAT_FN(m_log2, "log2", x <= 0 ? NAN : log2(x))

static bool m_atan2(VM *vm, int argc, Value *args, Value *out)
{
    double y, x;
    if (!arg_number(vm, "atan2", args, 0, &y) || !arg_number(vm, "atan2", args, 1, &x))
        return false;
    *out = FLOAT_VAL(atan2(y, x));
    return true;
}

// Floor square root of n < 2^63, exact.
static int64_t isqrt64(int64_t n)
{
    if (n <= 0)
        return 0;
    uint64_t r = (uint64_t)sqrt((double)n);
    while (r * r > (uint64_t)n)
        r--;
    while ((r + 1) * (r + 1) <= (uint64_t)n)
        r++;
    return (int64_t)r;
}

static bool m_sqrt(VM *vm, int argc, Value *args, Value *out)
{
    double x;
    if (!arg_number(vm, "sqrt", args, 0, &x))
        return false;
    if (x < 0) {
        *out = FLOAT_VAL(NAN); // a positive NaN: C sqrt may give -nan
        return true;
    }
    if (IS_INT(args[0])) {
        int64_t r = isqrt64(AS_INT(args[0]));
        if (r * r == AS_INT(args[0])) {
            *out = INT_VAL(r);
            return true;
        }
    }
    *out = FLOAT_VAL(sqrt(x));
    return true;
}

static bool m_isqrt(VM *vm, int argc, Value *args, Value *out)
{
    int64_t n;
    if (!arg_trunc(vm, "isqrt", args, 0, &n))
        return false;
    *out = INT_VAL(isqrt64(n));
    return true;
}

static uint64_t gcd_u(uint64_t a, uint64_t b)
{
    while (b) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

static bool m_gcd(VM *vm, int argc, Value *args, Value *out)
{
    int64_t a, b;
    if (!arg_trunc(vm, "gcd", args, 0, &a) || !arg_trunc(vm, "gcd", args, 1, &b))
        return false;
    *out = INT_VAL((int64_t)gcd_u(uabs(a), uabs(b)));
    return true;
}

static bool m_lcm(VM *vm, int argc, Value *args, Value *out)
{
    int64_t a, b;
    if (!arg_trunc(vm, "lcm", args, 0, &a) || !arg_trunc(vm, "lcm", args, 1, &b))
        return false;
    uint64_t ua = uabs(a), ub = uabs(b);
    if (ua == 0 || ub == 0) {
        *out = INT_VAL(0);
        return true;
    }
    *out = INT_VAL((int64_t)(ua / gcd_u(ua, ub) * ub)); // wraps on overflow
    return true;
}

static bool m_pow(VM *vm, int argc, Value *args, Value *out)
{
    double a, b;
    if (!arg_number(vm, "pow", args, 0, &a) || !arg_number(vm, "pow", args, 1, &b))
        return false;
    if (IS_INT(args[0]) && IS_INT(args[1]) && AS_INT(args[1]) >= 0) {
        uint64_t base = (uint64_t)AS_INT(args[0]), r = 1;
        for (uint64_t e = (uint64_t)AS_INT(args[1]); e; e >>= 1) {
            if (e & 1)
                r *= base;
            base *= base;
        }
        *out = INT_VAL((int64_t)r);
        return true;
    }
    *out = FLOAT_VAL(pow(a, b));
    return true;
}

// ---- bitwise: operands reduced modulo 2^32, results 0..4294967295 ----

static bool arg_u32(VM *vm, const char *fn, Value *args, int i, uint32_t *out)
{
    int64_t v;
    if (!arg_int(vm, fn, args, i, &v))
        return false;
    *out = (uint32_t)(uint64_t)v;
    return true;
}

#define BIT_FN2(cname, fname, expr)                                                                \
    static bool cname(VM *vm, int argc, Value *args, Value *out)                                   \
    {                                                                                              \
        uint32_t a, b;                                                                             \
        if (!arg_u32(vm, fname, args, 0, &a) || !arg_u32(vm, fname, args, 1, &b))                 \
            return false;                                                                          \
        *out = INT_VAL((int64_t)(uint32_t)(expr));                                                 \
        return true;                                                                               \
    }

static uint32_t rotl32(uint32_t a, uint32_t n)
{
    n &= 31;
    return n ? (a << n) | (a >> (32 - n)) : a;
}

BIT_FN2(m_band, "band", a & b)
BIT_FN2(m_bor, "bor", a | b)
BIT_FN2(m_bxor, "bxor", a ^ b)
BIT_FN2(m_shl, "shl", a << (b & 31))
BIT_FN2(m_shr, "shr", a >> (b & 31))
BIT_FN2(m_rol, "rol", rotl32(a, b))
BIT_FN2(m_ror, "ror", rotl32(a, (32 - (b & 31)) & 31))

static bool m_bnot(VM *vm, int argc, Value *args, Value *out)
{
    uint32_t a;
    if (!arg_u32(vm, "bnot", args, 0, &a))
        return false;
    *out = INT_VAL((int64_t)(uint32_t)~a);
    return true;
}

// ---- random: xoshiro256** seeded through splitmix64, one state per thread ----

static _Thread_local uint64_t rng_state[4];
static _Thread_local bool rng_ready;

static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static void rng_seed(uint64_t seed)
{
    for (int i = 0; i < 4; i++)
        rng_state[i] = splitmix64(&seed);
    rng_ready = true;
}

static uint64_t rotl64(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static uint64_t rng_next(void)
{
    if (!rng_ready) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        uint64_t seed = (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
        seed ^= (uint64_t)getpid() << 32;
        seed ^= (uint64_t)(uintptr_t)&rng_ready; // differs per thread
        rng_seed(seed);
    }
    uint64_t *s = rng_state;
    uint64_t result = rotl64(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl64(s[3], 45);
    return result;
}

// Uniform in [0, n), n > 0, without modulo bias.
static uint64_t rng_below(uint64_t n)
{
    uint64_t threshold = (0 - n) % n;
    for (;;) {
        uint64_t r = rng_next();
        if (r >= threshold)
            return r % n;
    }
}

static bool m_random_seed(VM *vm, int argc, Value *args, Value *out)
{
    int64_t seed;
    if (!arg_int(vm, "random_seed", args, 0, &seed))
        return false;
    rng_seed((uint64_t)seed);
    *out = INT_VAL(0);
    return true;
}

static bool m_random_int(VM *vm, int argc, Value *args, Value *out)
{
    int64_t lo, hi;
    if (!arg_int(vm, "random_int", args, 0, &lo) || !arg_int(vm, "random_int", args, 1, &hi))
        return false;
    if (hi <= lo) {
        *out = INT_VAL(lo);
        return true;
    }
    uint64_t span = (uint64_t)hi - (uint64_t)lo;
    *out = INT_VAL((int64_t)((uint64_t)lo + rng_below(span)));
    return true;
}

static bool m_random_float(VM *vm, int argc, Value *args, Value *out)
{
    *out = FLOAT_VAL((double)(rng_next() >> 11) * 0x1.0p-53);
    return true;
}

// Fills buf with n bytes from the OS generator.
static bool os_random(unsigned char *buf, size_t n)
{
    size_t got = 0;
#if defined(__linux__)
    while (got < n) {
        ssize_t r = getrandom(buf + got, n - got, 0);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        got += (size_t)r;
    }
    if (got == n)
        return true;
#endif
    FILE *f = fopen("/dev/urandom", "rb");
    if (!f)
        return false;
    got += fread(buf + got, 1, n - got, f);
    fclose(f);
    return got == n;
}

#define MAX_RANDOM_BYTES 1048576

static bool m_random_number(VM *vm, int argc, Value *args, Value *out)
{
    int64_t n;
    if (!arg_int(vm, "random_number", args, 0, &n))
        return false;
    if (n < 0 || n > MAX_RANDOM_BYTES)
        return vm_error(vm, "random_number: byte count must be 0..%d, got %lld",
                        MAX_RANDOM_BYTES, (long long)n);
    unsigned char *buf = fun_malloc(n ? (size_t)n : 1);
    if (!os_random(buf, (size_t)n)) {
        free(buf);
        return vm_error(vm, "random_number: no OS random source available");
    }
    static const char hex[] = "0123456789abcdef";
    ObjString *s = str_alloc(vm, (size_t)n * 2);
    for (int64_t i = 0; i < n; i++) {
        s->chars[2 * i] = hex[buf[i] >> 4];
        s->chars[2 * i + 1] = hex[buf[i] & 15];
    }
    free(buf);
    *out = OBJ_VAL(s);
    return true;
}

const NativeReg lib_math_natives[] = {
    {"min", m_min, 1, -1},
    {"max", m_max, 1, -1},
    {"fmin", m_fmin, 2, 2},
    {"fmax", m_fmax, 2, 2},
    {"clamp", m_clamp, 3, 3},
    {"abs", m_abs, 1, 1},
    {"sign", m_sign, 1, 1},
    {"floor", m_floor, 1, 1},
    {"ceil", m_ceil, 1, 1},
    {"trunc", m_trunc, 1, 1},
    {"round", m_round, 1, 1},
    {"sin", m_sin, 1, 1},
    {"cos", m_cos, 1, 1},
    {"tan", m_tan, 1, 1},
    {"asin", m_asin, 1, 1},
    {"acos", m_acos, 1, 1},
    {"atan", m_atan, 1, 1},
    {"atan2", m_atan2, 2, 2},
    {"exp", m_exp, 1, 1},
    {"log", m_log, 1, 1},
    {"log10", m_log10, 1, 1},
    {"log2", m_log2, 1, 1},
    {"sqrt", m_sqrt, 1, 1},
    {"isqrt", m_isqrt, 1, 1},
    {"gcd", m_gcd, 2, 2},
    {"lcm", m_lcm, 2, 2},
    {"pow", m_pow, 2, 2},
    {"band", m_band, 2, 2},
    {"bor", m_bor, 2, 2},
    {"bxor", m_bxor, 2, 2},
    {"bnot", m_bnot, 1, 1},
    {"shl", m_shl, 2, 2},
    {"shr", m_shr, 2, 2},
    {"rol", m_rol, 2, 2},
    {"ror", m_ror, 2, 2},
    {"random_seed", m_random_seed, 1, 1},
    {"random_int", m_random_int, 2, 2},
    {"random_float", m_random_float, 0, 0},
    {"random_number", m_random_number, 1, 1},
    {NULL, NULL, 0, 0},
};
