// SPDX-License-Identifier: MIT
// Tasks: fibers run by a scheduler core written for O(ready) ticks.
//
// A task is a fiber plus a Map ({done, result, error}). Parking the running
// fiber (await_read, async_sleep, await_task, a full channel...) records why
// it waits in the fiber itself (Fiber.wait*, vm.h), puts it in one of the
// tables below, and hands the CPU straight to the next ready fiber: there is
// no loop in Fun walking every task. When nothing is ready the scheduler
// makes one epoll_wait bounded by the earliest deadline; a readiness event or
// an expired deadline moves exactly the fibers concerned to the ready queue.
//
//   ready    ring of fibers to run, each with its wake value (Fiber.wait_value)
//   fds      fd -> the fiber waiting to read and the one waiting to write
//   heap     min-heap of fibers by wait_deadline (timeouts and sleeps)
//   tasks    live task Map -> its fiber (also the GC roots of the tasks)
//
// An fd's interest stays registered after its waiter woke, so a task that
// awaits the same fd again costs no system call; interest nobody waits for
// any more is dropped the first time epoll reports it.
//
// The main program (root fiber) drives the scheduler by parking itself:
// run_until_done waits for every task to end, run_once queues itself behind
// the tasks ready now (one tick), await_task/gather/channels park it like a
// task. Outside any task await_read/await_write/async_sleep block as before.
#include "lib.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <time.h>

#include "../loop.h"
#include "../memory.h"
#include "../sched.h"

typedef struct {
    Fiber *reader;
    Fiber *writer;
} FdWaiters;

typedef struct {
    ObjMap *key; // NULL: empty
    Fiber *fiber;
} TaskSlot;

typedef struct Sched {
    VM *vm;
    Loop *loop;
    Fiber **ready; // ring
    size_t rhead, rcount, rcap;
    size_t tick_left; // entries of the current tick still to run
    Fiber **heap;
    size_t nheap, heap_cap;
    FdWaiters *fds;
    size_t fds_cap;
    size_t fd_waiters;
    TaskSlot *tasks; // open addressing, power-of-two capacity
    size_t tasks_cap, ntasks;
    Fiber *driver;         // the non-task fiber parked while tasks run (woken on deadlock)
    Fiber *all_done_waiter; // run_until_done
    // The task Map's keys, interned once: setting them by C string cost a
    // hash and an intern lookup each, a tenth of the time of a spawn.
    ObjString *key_done, *key_result, *key_error;
} Sched;

static void *xrealloc_n(void *p, size_t n, size_t size)
{
    return fun_realloc(p, n * size);
}

// ---------------------------------------------------------------- tables

static void ready_push(Sched *s, Fiber *fb)
{
    if (s->rcount == s->rcap) {
        size_t cap = s->rcap ? s->rcap * 2 : 64;
        Fiber **r = xrealloc_n(NULL, cap, sizeof *r);
        for (size_t i = 0; i < s->rcount; i++)
            r[i] = s->ready[(s->rhead + i) % s->rcap];
        free(s->ready);
        s->ready = r;
        s->rhead = 0;
        s->rcap = cap;
    }
    s->ready[(s->rhead + s->rcount++) % s->rcap] = fb;
}

static Fiber *ready_pop(Sched *s)
{
    Fiber *fb = s->ready[s->rhead];
    s->rhead = (s->rhead + 1) % s->rcap;
    s->rcount--;
    return fb;
}

static void heap_swap(Sched *s, size_t i, size_t j)
{
    Fiber *t = s->heap[i];
    s->heap[i] = s->heap[j];
    s->heap[j] = t;
    s->heap[i]->heap_pos = i + 1;
    s->heap[j]->heap_pos = j + 1;
}

static void heap_up(Sched *s, size_t i)
{
    while (i > 0) {
        size_t p = (i - 1) / 2;
        if (s->heap[p]->wait_deadline <= s->heap[i]->wait_deadline)
            break;
        heap_swap(s, i, p);
        i = p;
    }
}

static void heap_down(Sched *s, size_t i)
{
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        if (l < s->nheap && s->heap[l]->wait_deadline < s->heap[m]->wait_deadline)
            m = l;
        if (r < s->nheap && s->heap[r]->wait_deadline < s->heap[m]->wait_deadline)
            m = r;
        if (m == i)
            return;
        heap_swap(s, i, m);
        i = m;
    }
}

static void heap_push(Sched *s, Fiber *fb)
{
    if (s->nheap == s->heap_cap) {
        s->heap_cap = s->heap_cap ? s->heap_cap * 2 : 64;
        s->heap = xrealloc_n(s->heap, s->heap_cap, sizeof *s->heap);
    }
    s->heap[s->nheap] = fb;
    fb->heap_pos = ++s->nheap;
    heap_up(s, s->nheap - 1);
}

static void heap_remove(Sched *s, Fiber *fb)
{
    size_t i = fb->heap_pos - 1;
    fb->heap_pos = 0;
    s->nheap--;
    if (i == s->nheap)
        return;
    s->heap[i] = s->heap[s->nheap];
    s->heap[i]->heap_pos = i + 1;
    heap_down(s, i);
    heap_up(s, i);
}

static size_t task_hash(ObjMap *m, size_t cap)
{
    uintptr_t p = (uintptr_t)m;
    p ^= p >> 17;
    p *= (uintptr_t)0x9E3779B97F4A7C15ull;
    return (size_t)(p >> 7) & (cap - 1);
}

static Fiber *task_find(Sched *s, ObjMap *m)
{
    if (!s->tasks_cap)
        return NULL;
    for (size_t i = task_hash(m, s->tasks_cap);; i = (i + 1) & (s->tasks_cap - 1)) {
        if (!s->tasks[i].key)
            return NULL;
        if (s->tasks[i].key == m)
            return s->tasks[i].fiber;
    }
}

static void task_insert_slot(TaskSlot *t, size_t cap, ObjMap *m, Fiber *fb)
{
    size_t i = task_hash(m, cap);
    while (t[i].key)
        i = (i + 1) & (cap - 1);
    t[i].key = m;
    t[i].fiber = fb;
}

static void task_add(Sched *s, ObjMap *m, Fiber *fb)
{
    if ((s->ntasks + 1) * 2 > s->tasks_cap) {
        size_t cap = s->tasks_cap ? s->tasks_cap * 2 : 64;
        TaskSlot *t = xrealloc_n(NULL, cap, sizeof *t);
        memset(t, 0, cap * sizeof *t);
        for (size_t i = 0; i < s->tasks_cap; i++)
            if (s->tasks[i].key)
                task_insert_slot(t, cap, s->tasks[i].key, s->tasks[i].fiber);
        free(s->tasks);
        s->tasks = t;
        s->tasks_cap = cap;
    }
    task_insert_slot(s->tasks, s->tasks_cap, m, fb);
    s->ntasks++;
}

// Linear probing deletion by shifting the following run back.
static void task_remove(Sched *s, ObjMap *m)
{
    size_t mask = s->tasks_cap - 1;
    size_t i = task_hash(m, s->tasks_cap);
    while (s->tasks[i].key != m) {
        if (!s->tasks[i].key)
            return;
        i = (i + 1) & mask;
    }
    s->tasks[i].key = NULL;
    s->ntasks--;
    for (size_t j = (i + 1) & mask; s->tasks[j].key; j = (j + 1) & mask) {
        size_t h = task_hash(s->tasks[j].key, s->tasks_cap);
        // move j back to i when its home slot is not in (i, j]
        if ((j > i && (h <= i || h > j)) || (j < i && (h <= i && h > j))) {
            s->tasks[i] = s->tasks[j];
            s->tasks[j].key = NULL;
            i = j;
        }
    }
}

static FdWaiters *fd_slot(Sched *s, int fd)
{
    if ((size_t)fd >= s->fds_cap) {
        size_t cap = s->fds_cap ? s->fds_cap : 64;
        while (cap <= (size_t)fd)
            cap *= 2;
        s->fds = xrealloc_n(s->fds, cap, sizeof *s->fds);
        memset(s->fds + s->fds_cap, 0, (cap - s->fds_cap) * sizeof *s->fds);
        s->fds_cap = cap;
    }
    return &s->fds[fd];
}

// ---------------------------------------------------------------- channels

typedef struct {
    Value *buf; // ring of cap values
    size_t cap, head, count;
    Fiber *recv_head, *recv_tail; // parked receivers
    Fiber *send_head, *send_tail; // parked senders (value in wait_value)
    bool closed;
} Chan;

static void queue_append(Fiber **head, Fiber **tail, Fiber *fb)
{
    fb->wait_next = NULL;
    if (*tail)
        (*tail)->wait_next = fb;
    else
        *head = fb;
    *tail = fb;
}

static void queue_unlink(Fiber **head, Fiber **tail, Fiber *fb)
{
    Fiber *prev = NULL;
    for (Fiber *f = *head; f; prev = f, f = f->wait_next) {
        if (f != fb)
            continue;
        if (prev)
            prev->wait_next = f->wait_next;
        else
            *head = f->wait_next;
        if (*tail == f)
            *tail = prev;
        f->wait_next = NULL;
        return;
    }
}

// ---------------------------------------------------------------- waking

// Takes fb out of whatever it waits on (tables, deadline).
static void unpark(Sched *s, Fiber *fb)
{
    switch ((WaitKind)fb->wait) {
    case WAIT_FD: {
        FdWaiters *w = fd_slot(s, fb->wait_fd);
        if (w->reader == fb)
            w->reader = NULL;
        if (w->writer == fb)
            w->writer = NULL;
        s->fd_waiters--;
        break;
    }
    case WAIT_TASK: {
        Fiber *t = fb->wait_obj;
        Fiber *tail = NULL;
        for (Fiber *f = t->joiners; f; f = f->wait_next)
            tail = f;
        queue_unlink(&t->joiners, &tail, fb);
        break;
    }
    case WAIT_CHAN_SEND:
    case WAIT_CHAN_RECV: {
        Chan *c = ((ObjHandle *)fb->wait_obj)->data;
        if (fb->wait == WAIT_CHAN_SEND)
            queue_unlink(&c->send_head, &c->send_tail, fb);
        else
            queue_unlink(&c->recv_head, &c->recv_tail, fb);
        break;
    }
    case WAIT_ALL_DONE:
        if (s->all_done_waiter == fb)
            s->all_done_waiter = NULL;
        break;
    default:
        break;
    }
    if (fb->heap_pos)
        heap_remove(s, fb);
    fb->wait = WAIT_NONE;
    fb->wait_obj = NULL;
}

static void wake(Sched *s, Fiber *fb, Value v, bool raise)
{
    unpark(s, fb);
    if (s->driver == fb)
        s->driver = NULL;
    fb->wait_value = v;
    fb->wake_raise = raise;
    fb->wait = WAIT_READY;
    ready_push(s, fb);
}

static void set_deadline(Sched *s, Fiber *fb, int64_t ms)
{
    const int64_t max_ms = INT64_MAX / 4000; // about 73 000 years: no overflow
    fb->wait_deadline = ms > 0 ? loop_now_us() + (ms < max_ms ? ms : max_ms) * 1000 : -1;
    if (ms > 0)
        heap_push(s, fb);
}

// Value a wait returns when its deadline passes.
static Value timeout_value(Fiber *fb)
{
    switch ((WaitKind)fb->wait) {
    case WAIT_FD:
    case WAIT_TASK:
    case WAIT_CHAN_SEND:
        return INT_VAL(0);
    default:
        return NIL_VAL;
    }
}

static void on_fd_closing(void *ctx, int fd)
{
    Sched *s = ctx;
    if (fd < 0 || (size_t)fd >= s->fds_cap)
        return;
    FdWaiters *w = &s->fds[fd];
    if (w->reader)
        wake(s, w->reader, INT_VAL(-1), false);
    if (w->writer)
        wake(s, w->writer, INT_VAL(-1), false);
}

// One look at the kernel (at most timeout_ms; -1 no limit), then the expired
// deadlines: every fiber concerned goes to the ready queue.
static void poll_io(Sched *s, int64_t timeout_ms)
{
    LoopEvent *ev;
    if (timeout_ms != 0)
        fflush(stdout); // a parent reading our output sees it before we sleep
    int n = loop_count(s->loop) || timeout_ms != 0 ? loop_wait(s->loop, timeout_ms, &ev) : 0;
    for (int i = 0; i < n; i++) {
        int fd = ev[i].fd;
        FdWaiters *w = fd_slot(s, fd);
        if (w->reader && (ev[i].events & (LOOP_READ | LOOP_HUP)))
            wake(s, w->reader, INT_VAL(1), false);
        if (w->writer && (ev[i].events & (LOOP_WRITE | LOOP_HUP)))
            wake(s, w->writer, INT_VAL(1), false);
        // interest nobody waits for any more: drop it now that it fired
        int want = (w->reader ? LOOP_READ : 0) | (w->writer ? LOOP_WRITE : 0);
        int have = loop_interest(s->loop, fd);
        if (want != have && (ev[i].events & have & ~want)) {
            if (want)
                loop_set(s->loop, fd, want);
            else
                loop_del(s->loop, fd);
        }
    }
    if (s->nheap) {
        int64_t now = loop_now_us();
        while (s->nheap && s->heap[0]->wait_deadline <= now) {
            Fiber *fb = s->heap[0];
            wake(s, fb, timeout_value(fb), false);
        }
    }
}

// The next fiber to run, waiting in the kernel when none is ready; NULL when
// nothing is ready and nothing could ever make a fiber ready.
static Fiber *pick_next(Sched *s)
{
    for (;;) {
        if (s->rcount && s->tick_left) {
            s->tick_left--;
            return ready_pop(s);
        }
        int64_t timeout = 0;
        if (!s->rcount) {
            if (!s->fd_waiters && !s->nheap)
                return NULL;
            timeout = -1;
            if (s->nheap) {
                timeout = loop_ms_until(s->heap[0]->wait_deadline);
            }
        }
        poll_io(s, timeout);
        s->tick_left = s->rcount;
    }
}

static Sched *sched_get(VM *vm)
{
    if (vm->sched)
        return vm->sched;
    Sched *s = fun_calloc(1, sizeof *s);
    s->vm = vm;
    s->loop = loop_new();
    if (!s->loop) {
        free(s);
        return NULL;
    }
    loop_on_closing(s->loop, on_fd_closing, s);
    vm->sched = s; // rooted from here: sched_mark marks the keys
    s->key_done = vm_intern(vm, "done", 4);
    s->key_result = vm_intern(vm, "result", 6);
    s->key_error = vm_intern(vm, "error", 5);
    return s;
}

// Sets one of the task Map's keys (interned in the Sched, so no lookup).
static void task_map_set(VM *vm, ObjMap *m, ObjString *key, Value v)
{
    vm_push_root(vm, v);
    tbl_set(vm, &m->table, key, v);
    vm_pop_root(vm);
}

// Hands the CPU to the next ready fiber (the caller has parked or queued the
// current one). On a deadlock the driver is woken with an error.
static void switch_next(VM *vm, Sched *s)
{
    Fiber *next = pick_next(s);
    if (!next) {
        Fiber *d = s->driver ? s->driver : vm->fiber;
        size_t n = s->ntasks;
        ObjString *msg = str_printf(vm, "Runtime error: deadlock: %zu task%s waiting and nothing can wake %s",
                                    n, n == 1 ? "" : "s", n == 1 ? "it" : "them");
        unpark(s, d);
        s->driver = NULL;
        d->wait_value = OBJ_VAL(msg);
        d->wake_raise = true;
        next = d;
    }
    next->wait = WAIT_NONE;
    next->status = FIBER_RUNNING;
    Value v = next->wait_value;
    next->wait_value = NIL_VAL;
    vm_request_switch(vm, next, v, next->wake_raise);
    next->wake_raise = false;
}

// The task fiber that fb runs for (fb itself, or a task up its resumer
// chain when fb is a coroutine resumed by a task), or NULL.
static Fiber *task_of(Fiber *fb)
{
    for (; fb; fb = fb->resumer)
        if (!IS_NIL(fb->task))
            return fb;
    return NULL;
}

static const char cancel_text[] = "Runtime error: task cancelled";

// A cancelled task's await raises instead of parking.
static bool check_cancel(VM *vm)
{
    Fiber *t = task_of(vm->fiber);
    if (!t || !t->cancelled)
        return true;
    t->cancelled = false;
    t->was_cancelled = true;
    return vm_throw(vm, OBJ_VAL(str_new(vm, cancel_text, sizeof cancel_text - 1)));
}

// Parks the running fiber (its wait fields are set) and switches away.
static bool park(VM *vm, Sched *s)
{
    Fiber *cur = vm->fiber;
    cur->status = FIBER_SUSPENDED;
    if (!task_of(cur) && !s->driver)
        s->driver = cur;
    switch_next(vm, s);
    return true;
}

static bool need_park(VM *vm, const char *fn, Sched **out)
{
    if (!vm_can_switch(vm, true))
        return vm_error(vm, "cannot suspend inside a native callback (%s)", fn);
    *out = sched_get(vm);
    if (!*out)
        return vm_error(vm, "%s: %s", fn, strerror(errno));
    return true;
}

// ---------------------------------------------------------------- hooks

void sched_free(VM *vm)
{
    Sched *s = vm->sched;
    if (!s)
        return;
    loop_free(s->loop);
    free(s->ready);
    free(s->heap);
    free(s->fds);
    free(s->tasks);
    free(s);
    vm->sched = NULL;
}

static void mark_fb(VM *vm, Fiber *fb)
{
    if (fb && fb->obj)
        gc_mark_object(vm, (Obj *)fb->obj);
}

void sched_mark(VM *vm)
{
    Sched *s = vm->sched;
    if (!s)
        return;
    for (size_t i = 0; i < s->rcount; i++)
        mark_fb(vm, s->ready[(s->rhead + i) % s->rcap]);
    for (size_t i = 0; i < s->nheap; i++)
        mark_fb(vm, s->heap[i]);
    for (size_t i = 0; i < s->fds_cap; i++) {
        mark_fb(vm, s->fds[i].reader);
        mark_fb(vm, s->fds[i].writer);
    }
    for (size_t i = 0; i < s->tasks_cap; i++) {
        if (s->tasks[i].key) {
            gc_mark_object(vm, (Obj *)s->tasks[i].key);
            mark_fb(vm, s->tasks[i].fiber);
        }
    }
    mark_fb(vm, s->driver);
    mark_fb(vm, s->all_done_waiter);
    gc_mark_object(vm, (Obj *)s->key_done);
    gc_mark_object(vm, (Obj *)s->key_result);
    gc_mark_object(vm, (Obj *)s->key_error);
}

void sched_fiber_ended(VM *vm, Fiber *fb, bool ok, Value v)
{
    fb->status = ok ? FIBER_DONE : FIBER_FAILED;
    if (IS_NIL(fb->task)) { // a coroutine: back to its resumer with the result or the error
        Fiber *to = fb->resumer;
        fb->resumer = NULL;
        to->status = FIBER_RUNNING;
        vm_request_switch(vm, to, v, !ok);
        return;
    }
    Sched *s = vm->sched;
    ObjMap *m = AS_MAP(fb->task);
    vm_push_root(vm, v);
    task_map_set(vm, m, s->key_done, INT_VAL(1));
    if (!fb->step_task || !ok) {
        task_map_set(vm, m, s->key_result, ok ? v : NIL_VAL);
        task_map_set(vm, m, s->key_error, ok ? NIL_VAL : v);
    }
    vm_pop_root(vm);
    if (!ok) {
        bool cancelled = fb->was_cancelled && IS_STRING(v) &&
                         AS_STRING(v)->len == sizeof cancel_text - 1 &&
                         memcmp(AS_CSTRING(v), cancel_text, sizeof cancel_text - 1) == 0;
        if (cancelled) { // the task let its cancellation end it: nothing to report
            vm->has_error = false;
            vm->error = NIL_VAL;
            free(vm->error_trace);
            vm->error_trace = NULL;
        } else {
            vm_report_error_of(vm, fb);
        }
    }
    task_remove(s, m);
    while (fb->joiners) {
        Fiber *j = fb->joiners;
        wake(s, j, INT_VAL(1), false);
    }
    if (s->ntasks == 0 && s->all_done_waiter)
        wake(s, s->all_done_waiter, INT_VAL(1), false);
    switch_next(vm, s);
}

// ---------------------------------------------------------------- builtins

// A task wait's timeout: missing or nil also means no limit.
static bool arg_ms(VM *vm, const char *fn, Value *args, int argc, int i, int64_t *out)
{
    if (i >= argc || IS_NIL(args[i])) {
        *out = -1;
        return true;
    }
    return arg_timeout_ms(vm, fn, args, i, out);
}

static bool await_fd(VM *vm, const char *fn, int argc, Value *args, Value *out, int dir)
{
    int64_t fd = -1, ms;
    if (!IS_NIL(args[0]) && !arg_int(vm, fn, args, 0, &fd))
        return false;
    if (!arg_ms(vm, fn, args, argc, 1, &ms))
        return false;
    short pev = dir == LOOP_READ ? POLLIN : POLLOUT;
    if (!task_of(vm->fiber) || ms == 0) {
        int r = lib_poll_fd(vm, fd, pev, ms);
        if (r == -2)
            return vm_error(vm, "interrupted");
        *out = INT_VAL(r);
        return true;
    }
    Sched *s;
    if (!need_park(vm, fn, &s) || !check_cancel(vm))
        return false;
    if (fd < 0 || fd > INT_MAX) {
        *out = INT_VAL(-1);
        return true;
    }
    // an fd whose interest is registered is open (closes go through
    // loop_fd_closing); loop_set checks a new one: no system call otherwise
    FdWaiters *w = fd_slot(s, (int)fd);
    Fiber **slot = dir == LOOP_READ ? &w->reader : &w->writer;
    if (*slot)
        return vm_error(vm, "%s: fd %d is already awaited by another task", fn, (int)fd);
    int have = loop_interest(s->loop, (int)fd);
    if ((have & dir) != dir && loop_set(s->loop, (int)fd, have | dir) < 0) {
        *out = INT_VAL(-1);
        return true;
    }
    Fiber *cur = vm->fiber;
    *slot = cur;
    s->fd_waiters++;
    cur->wait = WAIT_FD;
    cur->wait_fd = (int)fd;
    cur->wait_events = dir;
    set_deadline(s, cur, ms);
    return park(vm, s);
}

// await_read(fd, ms) -> 1 readable, 0 timed out, -1 not an open fd
static bool task_await_read(VM *vm, int argc, Value *args, Value *out)
{
    return await_fd(vm, "await_read", argc, args, out, LOOP_READ);
}

// await_write(fd, ms) -> 1 writable, 0 timed out, -1 not an open fd
static bool task_await_write(VM *vm, int argc, Value *args, Value *out)
{
    return await_fd(vm, "await_write", argc, args, out, LOOP_WRITE);
}

// Queues the running fiber behind the ready ones and switches.
static bool give_way(VM *vm, const char *fn)
{
    Sched *s;
    if (!need_park(vm, fn, &s) || !check_cancel(vm))
        return false;
    Fiber *cur = vm->fiber;
    cur->wait = WAIT_READY;
    cur->wait_value = INT_VAL(1);
    ready_push(s, cur);
    cur->status = FIBER_SUSPENDED;
    switch_next(vm, s);
    return true;
}

// yield() -> 1: lets the other tasks run (a no-op in a step task and outside tasks)
static bool task_yield(VM *vm, int argc, Value *args, Value *out)
{
    *out = INT_VAL(1);
    Fiber *t = task_of(vm->fiber);
    if (!t || t->step_task)
        return true;
    return give_way(vm, "yield");
}

// __next_tick(): a step task waits for the next tick
static bool task_next_tick(VM *vm, int argc, Value *args, Value *out)
{
    *out = INT_VAL(1);
    if (!task_of(vm->fiber))
        return true;
    return give_way(vm, "__next_tick");
}

// async_sleep(ms) -> nil: parks the task for ms (blocks outside tasks)
static bool task_async_sleep(VM *vm, int argc, Value *args, Value *out)
{
    int64_t ms;
    if (!arg_ms(vm, "async_sleep", args, argc, 0, &ms))
        return false;
    if (!task_of(vm->fiber)) {
        if (ms > 0) {
            fflush(stdout);
            struct timespec ts = {(time_t)(ms / 1000), (long)(ms % 1000) * 1000000L};
            while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
                if (vm_take_interrupt(vm))
                    return vm_error(vm, "interrupted");
        }
        return true;
    }
    if (ms <= 0)
        return give_way(vm, "async_sleep");
    Sched *s;
    if (!need_park(vm, "async_sleep", &s) || !check_cancel(vm))
        return false;
    Fiber *cur = vm->fiber;
    cur->wait = WAIT_SLEEP;
    set_deadline(s, cur, ms);
    return park(vm, s);
}

static bool check_task_fn(VM *vm, const char *fn, Value f)
{
    if (IS_CLOSURE(f) || (IS_BOUND(f) && IS_CLOSURE(AS_BOUND(f)->method)) || IS_CLASS(f))
        return true;
    return vm_type_error(vm, "%s: argument 1 must be a Fun function, got %s", fn, val_type_name(f));
}

static bool start_task(VM *vm, Sched *s, ObjMap *m, Value fn, int argc, Value *args, bool step)
{
    vm_push_root(vm, OBJ_VAL(m));
    ObjFiber *f = vm_fiber_new(vm, fn, argc, args, false);
    vm_pop_root(vm);
    Fiber *fb = &f->fb;
    fb->task = OBJ_VAL(m);
    fb->step_task = step;
    fb->wait = WAIT_READY;
    task_add(s, m, fb);
    ready_push(s, fb);
    return true;
}

// spawn(fn, a1, a2, ...) -> task Map {done, result, error}; runs from the next tick
static bool task_spawn_fn(VM *vm, int argc, Value *args, Value *out)
{
    if (!check_task_fn(vm, "spawn", args[0]))
        return false;
    Sched *s = sched_get(vm);
    if (!s)
        return vm_error(vm, "spawn: %s", strerror(errno));
    ObjMap *m = map_new(vm);
    vm_push_root(vm, OBJ_VAL(m));
    task_map_set(vm, m, s->key_done, INT_VAL(0));
    task_map_set(vm, m, s->key_result, NIL_VAL);
    task_map_set(vm, m, s->key_error, NIL_VAL);
    start_task(vm, s, m, args[0], argc - 1, args + 1, false);
    vm_pop_root(vm);
    *out = OBJ_VAL(m);
    return true;
}

// __spawn_step(t, loop_fn): the guide's step task t, run as loop_fn(t) in a task
static bool task_spawn_step(VM *vm, int argc, Value *args, Value *out)
{
    ObjMap *m;
    if (!arg_map(vm, "__spawn_step", args, 0, &m) || !check_task_fn(vm, "__spawn_step", args[1]))
        return false;
    Sched *s = sched_get(vm);
    if (!s)
        return vm_error(vm, "task_spawn: %s", strerror(errno));
    start_task(vm, s, m, args[1], 1, args, true);
    *out = args[0];
    return true;
}

static Fiber *task_arg(VM *vm, const char *fn, Value *args, int i, ObjMap **m)
{
    if (!arg_map(vm, fn, args, i, m))
        return NULL;
    return vm->sched ? task_find(vm->sched, *m) : NULL;
}

static bool map_flag(VM *vm, ObjMap *m, const char *key)
{
    Value *v = tbl_get(&m->table, vm_intern(vm, key, strlen(key)));
    return v && ((IS_INT(*v) && AS_INT(*v) == 1) || (IS_BOOL(*v) && AS_BOOL(*v)));
}

// await_task(t, ms) -> 1 when t has finished, 0 on timeout
static bool task_await_task(VM *vm, int argc, Value *args, Value *out)
{
    ObjMap *m;
    Fiber *t = task_arg(vm, "await_task", args, 0, &m);
    if (!t) {
        if (vm->has_error)
            return false;
        if (map_flag(vm, m, "done")) {
            *out = INT_VAL(1);
            return true;
        }
        return vm_error(vm, "await_task: argument 1 is not a task");
    }
    int64_t ms;
    if (!arg_ms(vm, "await_task", args, argc, 1, &ms))
        return false;
    if (t == task_of(vm->fiber))
        return vm_error(vm, "await_task: a task cannot wait for itself");
    if (ms == 0) {
        *out = INT_VAL(0);
        return true;
    }
    Sched *s;
    if (!need_park(vm, "await_task", &s) || !check_cancel(vm))
        return false;
    Fiber *cur = vm->fiber;
    cur->wait = WAIT_TASK;
    cur->wait_obj = t;
    cur->wait_next = t->joiners;
    t->joiners = cur;
    set_deadline(s, cur, ms);
    return park(vm, s);
}

// task_cancel(t) -> 1 if t was running or waiting, 0 if it had finished
static bool task_cancel(VM *vm, int argc, Value *args, Value *out)
{
    ObjMap *m;
    Fiber *t = task_arg(vm, "task_cancel", args, 0, &m);
    if (!t) {
        if (vm->has_error)
            return false;
        *out = INT_VAL(0);
        return true;
    }
    Sched *s = vm->sched;
    *out = INT_VAL(1);
    if (t->wait != WAIT_NONE && t->wait != WAIT_READY && t->status == FIBER_SUSPENDED) {
        t->was_cancelled = true;
        wake(s, t, OBJ_VAL(str_new(vm, cancel_text, sizeof cancel_text - 1)), true);
    } else {
        t->cancelled = true; // running, queued or not started: its next await raises
    }
    return true;
}

// task_current() -> the running task's Map, or nil outside tasks
static bool task_current(VM *vm, int argc, Value *args, Value *out)
{
    Fiber *t = task_of(vm->fiber);
    *out = t ? t->task : NIL_VAL;
    return true;
}

// task_count() -> number of tasks not finished yet
static bool task_count(VM *vm, int argc, Value *args, Value *out)
{
    *out = INT_VAL(vm->sched ? (int64_t)vm->sched->ntasks : 0);
    return true;
}

// run_until_done() -> 1 once every task has finished
static bool task_run_until_done(VM *vm, int argc, Value *args, Value *out)
{
    *out = INT_VAL(1);
    if (task_of(vm->fiber))
        return vm_error(vm, "run_until_done: cannot be called from a task");
    if (!vm->sched || vm->sched->ntasks == 0)
        return true;
    Sched *s;
    if (!need_park(vm, "run_until_done", &s))
        return false;
    Fiber *cur = vm->fiber;
    cur->wait = WAIT_ALL_DONE;
    s->all_done_waiter = cur;
    return park(vm, s);
}

// run_once() -> 1 after one tick: every task ready now runs until it parks
static bool task_run_once(VM *vm, int argc, Value *args, Value *out)
{
    *out = INT_VAL(1);
    if (task_of(vm->fiber))
        return vm_error(vm, "run_once: cannot be called from a task");
    if (!vm->sched)
        return true;
    Sched *s;
    if (!need_park(vm, "run_once", &s))
        return false;
    poll_io(s, 0);
    Fiber *cur = vm->fiber;
    cur->wait = WAIT_READY;
    cur->wait_value = INT_VAL(1);
    ready_push(s, cur);
    s->tick_left = s->rcount;
    cur->status = FIBER_SUSPENDED;
    switch_next(vm, s);
    return true;
}

// ---- channels

static void chan_finalize(ObjHandle *h)
{
    Chan *c = h->data;
    if (!c)
        return;
    free(c->buf);
    free(c);
}

static void chan_mark(VM *vm, ObjHandle *h)
{
    Chan *c = h->data;
    for (size_t i = 0; i < c->count; i++)
        gc_mark_value(vm, c->buf[(c->head + i) % c->cap]);
    for (Fiber *f = c->recv_head; f; f = f->wait_next)
        mark_fb(vm, f);
    for (Fiber *f = c->send_head; f; f = f->wait_next)
        mark_fb(vm, f);
}

static bool arg_chan(VM *vm, const char *fn, Value *args, int i, ObjHandle **out)
{
    Value v = args[i];
    if (is_obj_type(v, OBJ_HANDLE) && ((ObjHandle *)AS_OBJ(v))->finalize == chan_finalize) {
        *out = (ObjHandle *)AS_OBJ(v);
        return true;
    }
    return arg_error(vm, fn, args, i, "channel");
}

// chan_new(capacity = 0) -> a channel; 0 = unbuffered (a send waits for a receiver)
static bool task_chan_new(VM *vm, int argc, Value *args, Value *out)
{
    int64_t cap = 0;
    if (argc > 0 && !arg_int(vm, "chan_new", args, 0, &cap))
        return false;
    if (cap < 0 || cap > (int64_t)1 << 40)
        return vm_error(vm, "chan_new: capacity must be between 0 and 2^40, got %lld", (long long)cap);
    Chan *c = fun_calloc(1, sizeof *c);
    c->cap = (size_t)cap;
    if (cap > 0)
        c->buf = xrealloc_n(NULL, (size_t)cap, sizeof(Value));
    ObjHandle *h = handle_new(vm, "channel", c, chan_finalize);
    h->mark = chan_mark;
    *out = OBJ_VAL(h);
    return true;
}

// chan_send(ch, v, ms) -> 1 delivered or buffered, 0 timed out; raises on a closed channel
static bool task_chan_send(VM *vm, int argc, Value *args, Value *out)
{
    ObjHandle *h = NULL;
    int64_t ms;
    if (!arg_chan(vm, "chan_send", args, 0, &h) || !arg_ms(vm, "chan_send", args, argc, 2, &ms))
        return false;
    Chan *c = h->data;
    if (c->closed)
        return vm_error(vm, "chan_send: channel is closed");
    *out = INT_VAL(1);
    if (c->recv_head) {
        wake(vm->sched, c->recv_head, args[1], false);
        return true;
    }
    if (c->count < c->cap) {
        c->buf[(c->head + c->count++) % c->cap] = args[1];
        return true;
    }
    if (ms == 0) {
        *out = INT_VAL(0);
        return true;
    }
    Sched *s;
    if (!need_park(vm, "chan_send", &s) || !check_cancel(vm))
        return false;
    Fiber *cur = vm->fiber;
    cur->wait = WAIT_CHAN_SEND;
    cur->wait_obj = h;
    cur->wait_value = args[1];
    queue_append(&c->send_head, &c->send_tail, cur);
    set_deadline(s, cur, ms);
    return park(vm, s);
}

// chan_recv(ch, ms) -> the next value; nil on timeout or once closed and drained
static bool task_chan_recv(VM *vm, int argc, Value *args, Value *out)
{
    ObjHandle *h = NULL;
    int64_t ms;
    if (!arg_chan(vm, "chan_recv", args, 0, &h) || !arg_ms(vm, "chan_recv", args, argc, 1, &ms))
        return false;
    Chan *c = h->data;
    if (c->count > 0) {
        *out = c->buf[c->head];
        c->head = (c->head + 1) % c->cap;
        c->count--;
        if (c->send_head) { // a parked sender's value takes the free place
            Fiber *snd = c->send_head;
            c->buf[(c->head + c->count++) % c->cap] = snd->wait_value;
            wake(vm->sched, snd, INT_VAL(1), false);
        }
        return true;
    }
    if (c->send_head) { // unbuffered: take it from the sender
        Fiber *snd = c->send_head;
        *out = snd->wait_value;
        wake(vm->sched, snd, INT_VAL(1), false);
        return true;
    }
    *out = NIL_VAL;
    if (c->closed || ms == 0)
        return true;
    Sched *s;
    if (!need_park(vm, "chan_recv", &s) || !check_cancel(vm))
        return false;
    Fiber *cur = vm->fiber;
    cur->wait = WAIT_CHAN_RECV;
    cur->wait_obj = h;
    queue_append(&c->recv_head, &c->recv_tail, cur);
    set_deadline(s, cur, ms);
    return park(vm, s);
}

// chan_close(ch) -> 1, or 0 if it was closed already; waiting receivers get
// nil, waiting senders raise
static bool task_chan_close(VM *vm, int argc, Value *args, Value *out)
{
    ObjHandle *h = NULL;
    if (!arg_chan(vm, "chan_close", args, 0, &h))
        return false;
    Chan *c = h->data;
    *out = INT_VAL(c->closed ? 0 : 1);
    if (c->closed)
        return true;
    c->closed = true;
    while (c->recv_head)
        wake(vm->sched, c->recv_head, NIL_VAL, false);
    if (c->send_head) {
        ObjString *msg = str_from_cstr(vm, "Runtime error: chan_send: channel is closed");
        while (c->send_head)
            wake(vm->sched, c->send_head, OBJ_VAL(msg), true);
    }
    return true;
}

// chan_len(ch) -> values buffered now
static bool task_chan_len(VM *vm, int argc, Value *args, Value *out)
{
    ObjHandle *h = NULL;
    if (!arg_chan(vm, "chan_len", args, 0, &h))
        return false;
    *out = INT_VAL((int64_t)((Chan *)h->data)->count);
    return true;
}

// chan_is_closed(ch) -> 1 closed, 0 open
static bool task_chan_is_closed(VM *vm, int argc, Value *args, Value *out)
{
    ObjHandle *h = NULL;
    if (!arg_chan(vm, "chan_is_closed", args, 0, &h))
        return false;
    *out = INT_VAL(((Chan *)h->data)->closed ? 1 : 0);
    return true;
}

const NativeReg lib_task_natives[] = {
    {"spawn", task_spawn_fn, 1, -1},
    {"__spawn_step", task_spawn_step, 2, 2},
    {"await_read", task_await_read, 1, 2},
    {"await_write", task_await_write, 1, 2},
    {"async_sleep", task_async_sleep, 1, 1},
    {"yield", task_yield, 0, 0},
    {"__next_tick", task_next_tick, 0, 0},
    {"await_task", task_await_task, 1, 2},
    {"task_cancel", task_cancel, 1, 1},
    {"task_current", task_current, 0, 0},
    {"task_count", task_count, 0, 0},
    {"run_until_done", task_run_until_done, 0, 0},
    {"run_once", task_run_once, 0, 0},
    {"chan_new", task_chan_new, 0, 1},
    {"chan_send", task_chan_send, 2, 3},
    {"chan_recv", task_chan_recv, 1, 2},
    {"chan_close", task_chan_close, 1, 1},
    {"chan_len", task_chan_len, 1, 1},
    {"chan_is_closed", task_chan_is_closed, 1, 1},
    {NULL, NULL, 0, 0},
};
