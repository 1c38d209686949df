// SPDX-License-Identifier: MIT
// Time builtins: wall and monotonic clocks, date formatting, sleeping.
#include "lib.h"

#include <errno.h>
#include <math.h>
#include <time.h>

static int64_t clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static bool time_now_ms(VM *vm, int argc, Value *args, Value *out)
{
    *out = INT_VAL(clock_ns(CLOCK_REALTIME) / 1000000);
    return true;
}

static bool time_clock_mono_ms(VM *vm, int argc, Value *args, Value *out)
{
    *out = INT_VAL(clock_ns(CLOCK_MONOTONIC) / 1000000);
    return true;
}

static bool time_clock_mono_us(VM *vm, int argc, Value *args, Value *out)
{
    *out = INT_VAL(clock_ns(CLOCK_MONOTONIC) / 1000);
    return true;
}

// Appends strftime(fmt) of tm to sb; fmt is a C string (no NUL inside).
// strftime returns 0 both for "too small" and for an empty result, so the
// buffer grows up to a bound proportional to the format's length.
static void format_piece(StrBuf *sb, const char *fmt, size_t fmt_len, const struct tm *tm)
{
    if (fmt_len == 0) return;
    size_t limit = 4096 + fmt_len * 256;
    for (size_t size = 256;; size *= 2) {
        sb_reserve(sb, size);
        size_t n = strftime(sb->data + sb->len, size, fmt, tm);
        if (n > 0) {
            sb->len += n;
            return;
        }
        if (size >= limit) return; // genuinely empty (e.g. "%p" in some locales)
    }
}

// date_format(ms, fmt): strftime of ms/1000 seconds in local time (TZ honoured,
// also after env_set("TZ", ...)). Binary-safe: NUL bytes in fmt are kept.
static bool time_date_format(VM *vm, int argc, Value *args, Value *out)
{
    double ms;
    ObjString *fmt;
    if (!arg_number(vm, "date_format", args, 0, &ms)) return false;
    if (!arg_string(vm, "date_format", args, 1, &fmt)) return false;
    double secs = floor(ms / 1000.0);
    if (!(secs > -9.2e18 && secs < 9.2e18) || (double)(time_t)secs != secs)
        return vm_error(vm, "date_format: time out of range");
    time_t t = (time_t)secs;
    struct tm tm;
    tzset();
    if (localtime_r(&t, &tm) == NULL) return vm_error(vm, "date_format: time out of range");
    StrBuf sb;
    sb_init(&sb);
    const char *p = fmt->chars, *end = fmt->chars + fmt->len;
    for (;;) {
        const char *nul = memchr(p, '\0', (size_t)(end - p));
        size_t n = nul ? (size_t)(nul - p) : (size_t)(end - p);
        format_piece(&sb, p, n, &tm); // p[n] is '\0' in both cases
        if (nul == NULL) break;
        sb_putc(&sb, '\0');
        p = nul + 1;
    }
    *out = OBJ_VAL(str_from_buf(vm, &sb));
    return true;
}

// sleep(ms) / sleep_ms(ms): Int or Float milliseconds; <= 0 returns at once.
static bool do_sleep(VM *vm, const char *fn, Value *args, Value *out)
{
    double ms;
    if (!arg_number(vm, fn, args, 0, &ms)) return false;
    *out = NIL_VAL;
    if (!(ms > 0)) return true; // also NaN
    if (ms > 1e15) ms = 1e15;   // about 31 000 years
    double secs = floor(ms / 1000.0);
    struct timespec ts;
    ts.tv_sec = (time_t)secs;
    ts.tv_nsec = (long)((ms - secs * 1000.0) * 1e6);
    if (ts.tv_nsec >= 1000000000L) ts.tv_nsec = 999999999L;
    if (ts.tv_nsec < 0) ts.tv_nsec = 0;
    fflush(stdout); // output printed before a pause is visible to a reader during it
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
        if (vm_take_interrupt(vm))
            return vm_error(vm, "interrupted"); // Ctrl-C ends the wait
    }
    return true;
}

static bool time_sleep(VM *vm, int argc, Value *args, Value *out)
{
    return do_sleep(vm, "sleep", args, out);
}

static bool time_sleep_ms(VM *vm, int argc, Value *args, Value *out)
{
    return do_sleep(vm, "sleep_ms", args, out);
}

const NativeReg lib_time_natives[] = {
    {"time_now_ms", time_now_ms, 0, 0},
    {"clock_mono_ms", time_clock_mono_ms, 0, 0},
    {"clock_mono_us", time_clock_mono_us, 0, 0},
    {"date_format", time_date_format, 2, 2},
    {"sleep", time_sleep, 1, 1},
    {"sleep_ms", time_sleep_ms, 1, 1},
    {NULL, NULL, 0, 0},
};
