// SPDX-License-Identifier: MIT
// Poll-set builtins over the event loop (src/loop.c): register interest in many
// fds, wait once, get the ready ones; plus timers and cpu_time_ms.
#include "lib.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <sys/resource.h>

#include "../loop.h"

// Poll sets are plain Int handles (1, 2, ...) into this table. Handles are
// never reused, so a closed handle stays invalid. A poll set belongs to the
// VM (thread) that made it: only that VM may use or close it, so no thread
// can free a Loop another one is waiting in; a VM's sets close with it.
typedef struct {
    Loop *loop;
    VM *owner;
} PollSet;
static pthread_mutex_t sets_lock = PTHREAD_MUTEX_INITIALIZER;
static PollSet *sets;
static size_t nsets;
static size_t sets_cap;

// The Loop of argument i, or a catchable error for a bad or foreign handle.
static bool arg_set(VM *vm, const char *fn, Value *args, int i, Loop **out)
{
    int64_t h;
    if (!arg_int(vm, fn, args, i, &h))
        return false;
    Loop *l = NULL;
    bool foreign = false;
    pthread_mutex_lock(&sets_lock);
    if (h >= 1 && (uint64_t)h <= nsets && sets[h - 1].loop) {
        l = sets[h - 1].loop;
        foreign = sets[h - 1].owner != vm;
    }
    pthread_mutex_unlock(&sets_lock);
    if (foreign)
        return vm_error(vm, "%s: poll set %lld belongs to another thread", fn, (long long)h);
    if (!l)
        return vm_error(vm, "%s: invalid poll set %lld", fn, (long long)h);
    *out = l;
    return true;
}

void lib_async_vm_closing(VM *vm)
{
    pthread_mutex_lock(&sets_lock);
    for (size_t i = 0; i < nsets; i++) {
        if (sets[i].loop && sets[i].owner == vm) {
            loop_free(sets[i].loop);
            sets[i].loop = NULL;
        }
    }
    pthread_mutex_unlock(&sets_lock);
}

// pollset_new() -> handle (Int > 0); raises when the kernel refuses
static bool async_pollset_new(VM *vm, int argc, Value *args, Value *out)
{
    Loop *l = loop_new();
    if (!l)
        return vm_error(vm, "pollset_new: %s", strerror(errno));
    pthread_mutex_lock(&sets_lock);
    if (nsets == sets_cap) {
        size_t cap = sets_cap ? sets_cap * 2 : 8;
        PollSet *p = fun_realloc(sets, cap * sizeof(PollSet));
        sets = p;
        sets_cap = cap;
    }
    sets[nsets++] = (PollSet){l, vm};
    int64_t h = (int64_t)nsets;
    pthread_mutex_unlock(&sets_lock);
    *out = INT_VAL(h);
    return true;
}

static bool parse_events(VM *vm, const char *fn, Value *args, int i, int *ev)
{
    ObjString *s;
    if (!arg_string(vm, fn, args, i, &s))
        return false;
    *ev = 0;
    for (size_t k = 0; k < s->len; k++) {
        if (s->chars[k] == 'r')
            *ev |= LOOP_READ;
        else if (s->chars[k] == 'w')
            *ev |= LOOP_WRITE;
        else
            *ev = -1;
        if (*ev < 0)
            break;
    }
    if (*ev <= 0)
        return vm_error(vm, "%s: events must be \"r\", \"w\" or \"rw\"", fn);
    return true;
}

// pollset_add(ps, fd, events) -> 1 registered (or changed), 0 when fd is not
// an open descriptor. Re-adding an fd replaces its events.
static bool async_pollset_add(VM *vm, int argc, Value *args, Value *out)
{
    Loop *l;
    int64_t fd;
    int ev;
    if (!arg_set(vm, "pollset_add", args, 0, &l) || !arg_int(vm, "pollset_add", args, 1, &fd) ||
        !parse_events(vm, "pollset_add", args, 2, &ev))
        return false;
    bool ok = fd >= 0 && fd <= INT_MAX && loop_set(l, (int)fd, ev) == 0;
    *out = INT_VAL(ok ? 1 : 0);
    return true;
}

// pollset_remove(ps, fd) -> 1 removed, 0 it was not registered
static bool async_pollset_remove(VM *vm, int argc, Value *args, Value *out)
{
    Loop *l;
    int64_t fd;
    if (!arg_set(vm, "pollset_remove", args, 0, &l) ||
        !arg_int(vm, "pollset_remove", args, 1, &fd))
        return false;
    bool ok = fd >= 0 && fd <= INT_MAX && loop_del(l, (int)fd) == 0;
    *out = INT_VAL(ok ? 1 : 0);
    return true;
}

static Value pair(VM *vm, int64_t x, const char *kind)
{
    ObjArray *p = array_new(vm, 2);
    vm_push_root(vm, OBJ_VAL(p));
    array_push(vm, p, INT_VAL(x));
    array_push(vm, p, OBJ_VAL(vm_intern_static(vm, kind)));
    vm_pop_root(vm);
    return OBJ_VAL(p);
}

static const char *kind_of(int got, int interest)
{
    if (got & LOOP_HUP) // hang-up / error: wake every waiter so it sees EOF or the error
        got |= LOOP_READ | (interest & LOOP_WRITE);
    got &= LOOP_READ | LOOP_WRITE;
    return got == (LOOP_READ | LOOP_WRITE) ? "rw" : got == LOOP_WRITE ? "w" : "r";
}

// pollset_wait(ps, timeout_ms) -> Array of [fd, "r" | "w" | "rw"] for the
// ready fds, then [id, "t"] for each expired timer. timeout < 0 waits until
// something is ready (returns [] at once when nothing is registered); 0 only
// looks. Hang-up and errors are reported as "r" (plus "w" for write interest).
static bool async_pollset_wait(VM *vm, int argc, Value *args, Value *out)
{
    Loop *l;
    int64_t ms;
    if (!arg_set(vm, "pollset_wait", args, 0, &l) || !arg_timeout_ms(vm, "pollset_wait", args, 1, &ms))
        return false;
    if (ms != 0)
        fflush(stdout);
    LoopEvent *evs;
    int n = loop_wait(l, ms, &evs);
    if (n < 0)
        return vm_error(vm, "pollset_wait: %s", strerror(errno));
    ObjArray *res = array_new(vm, (size_t)n);
    vm_push_root(vm, OBJ_VAL(res));
    for (int i = 0; i < n; i++) {
        const char *k = kind_of(evs[i].events, loop_interest(l, evs[i].fd));
        array_push(vm, res, pair(vm, evs[i].fd, k));
    }
    int64_t ids[64];
    size_t got;
    while ((got = loop_timer_expire(l, ids, 64)) > 0)
        for (size_t i = 0; i < got; i++)
            array_push(vm, res, pair(vm, ids[i], "t"));
    vm_pop_root(vm);
    *out = OBJ_VAL(res);
    return true;
}

// pollset_timer(ps, ms) -> timer id (Int > 0); pollset_wait reports [id, "t"]
// once ms have passed (monotonic clock) and wakes up for it.
static bool async_pollset_timer(VM *vm, int argc, Value *args, Value *out)
{
    Loop *l;
    int64_t ms;
    if (!arg_set(vm, "pollset_timer", args, 0, &l) || !arg_timeout_ms(vm, "pollset_timer", args, 1, &ms))
        return false;
    *out = INT_VAL(loop_timer_add(l, ms < 0 ? 0 : ms));
    return true;
}

// pollset_timer_cancel(ps, id) -> 1 cancelled, 0 no such pending timer
static bool async_pollset_timer_cancel(VM *vm, int argc, Value *args, Value *out)
{
    Loop *l;
    int64_t id;
    if (!arg_set(vm, "pollset_timer_cancel", args, 0, &l) ||
        !arg_int(vm, "pollset_timer_cancel", args, 1, &id))
        return false;
    *out = INT_VAL(loop_timer_cancel(l, id) ? 1 : 0);
    return true;
}

// pollset_size(ps) -> number of registered fds
static bool async_pollset_size(VM *vm, int argc, Value *args, Value *out)
{
    Loop *l;
    if (!arg_set(vm, "pollset_size", args, 0, &l))
        return false;
    *out = INT_VAL((int64_t)loop_count(l));
    return true;
}

// pollset_close(ps) -> 1; the handle is invalid afterwards
static bool async_pollset_close(VM *vm, int argc, Value *args, Value *out)
{
    Loop *l;
    if (!arg_set(vm, "pollset_close", args, 0, &l))
        return false;
    pthread_mutex_lock(&sets_lock);
    sets[AS_INT(args[0]) - 1].loop = NULL;
    pthread_mutex_unlock(&sets_lock);
    loop_free(l);
    *out = INT_VAL(1);
    return true;
}

// pollset_backend() -> "epoll" or "poll"
static bool async_pollset_backend(VM *vm, int argc, Value *args, Value *out)
{
    *out = OBJ_VAL(str_from_cstr(vm, loop_backend()));
    return true;
}

// cpu_time_ms() -> user + system CPU time of this process in ms
static bool async_cpu_time_ms(VM *vm, int argc, Value *args, Value *out)
{
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) < 0)
        return vm_error(vm, "cpu_time_ms: %s", strerror(errno));
    int64_t us = (int64_t)ru.ru_utime.tv_sec * 1000000 + ru.ru_utime.tv_usec +
                 (int64_t)ru.ru_stime.tv_sec * 1000000 + ru.ru_stime.tv_usec;
    *out = INT_VAL(us / 1000);
    return true;
}

const NativeReg lib_async_natives[] = {
    {"pollset_new", async_pollset_new, 0, 0},
    {"pollset_add", async_pollset_add, 3, 3},
    {"pollset_remove", async_pollset_remove, 2, 2},
    {"pollset_wait", async_pollset_wait, 2, 2},
    {"pollset_timer", async_pollset_timer, 2, 2},
    {"pollset_timer_cancel", async_pollset_timer_cancel, 2, 2},
    {"pollset_size", async_pollset_size, 1, 1},
    {"pollset_close", async_pollset_close, 1, 1},
    {"pollset_backend", async_pollset_backend, 0, 0},
    {"cpu_time_ms", async_cpu_time_ms, 0, 0},
    {NULL, NULL, 0, 0},
};
