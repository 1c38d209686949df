// SPDX-License-Identifier: MIT
// Event loop: a registry of fd interests watched with epoll (Linux) or poll(2)
// (-DFUN_USE_POLL, or any non-Linux system), and a binary min-heap of timers.
#include "loop.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <time.h>
#include <unistd.h>

#if defined(__linux__) && !defined(FUN_USE_POLL)
#define LOOP_EPOLL 1
#include <sys/epoll.h>
#else
#define LOOP_EPOLL 0
#endif

typedef struct {
    int fd;
    int events;
    bool always; // epoll refused it (regular file): reported ready every time
} Entry;

typedef struct {
    int64_t when; // monotonic us: whole-ms clocks would fire up to 1 ms early
    int64_t id;
} Timer;

struct Loop {
    int epfd; // -1 with the poll backend
    Entry *entries;
    size_t count;
    size_t cap;
    int *slot; // slot[fd] = index in entries + 1, 0 when absent
    size_t slot_cap;
    LoopEvent *ready;
    size_t ready_cap;
#if LOOP_EPOLL
    struct epoll_event *evbuf;
#else
    struct pollfd *pfds;
#endif
    size_t buf_cap;
    Timer *timers;
    size_t ntimers;
    size_t timers_cap;
    int64_t next_timer_id;
    Loop *next_live; // list of live loops, for loop_fd_closing
    pthread_t owner;
    size_t nalways; // entries with `always` set
    void (*on_closing)(void *ctx, int fd);
    void *closing_ctx;
};

// Every live loop, so that closing an fd can drop it everywhere first.
static pthread_mutex_t live_lock = PTHREAD_MUTEX_INITIALIZER;
static Loop *live_loops;

void loop_on_closing(Loop *loop, void (*cb)(void *ctx, int fd), void *ctx)
{
    pthread_mutex_lock(&live_lock);
    loop->on_closing = cb;
    loop->closing_ctx = ctx;
    pthread_mutex_unlock(&live_lock);
}

int64_t loop_now_ms(void)
{
    return loop_now_us() / 1000;
}

int64_t loop_now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

int64_t loop_ms_until(int64_t deadline_us)
{
    int64_t d = deadline_us - loop_now_us();
    return d <= 0 ? 0 : (d + 999) / 1000;
}

const char *loop_backend(void)
{
    return LOOP_EPOLL ? "epoll" : "poll";
}

Loop *loop_new(void)
{
    Loop *loop = fun_calloc(1, sizeof *loop);
    loop->epfd = -1;
#if LOOP_EPOLL
    loop->epfd = epoll_create1(EPOLL_CLOEXEC);
    if (loop->epfd < 0) {
        int e = errno;
        free(loop);
        errno = e;
        return NULL;
    }
#endif
    loop->next_timer_id = 1;
    loop->owner = pthread_self();
    pthread_mutex_lock(&live_lock);
    loop->next_live = live_loops;
    live_loops = loop;
    pthread_mutex_unlock(&live_lock);
    return loop;
}

void loop_free(Loop *loop)
{
    if (!loop)
        return;
    pthread_mutex_lock(&live_lock);
    for (Loop **p = &live_loops; *p; p = &(*p)->next_live) {
        if (*p == loop) {
            *p = loop->next_live;
            break;
        }
    }
    pthread_mutex_unlock(&live_lock);
    if (loop->epfd >= 0)
        close(loop->epfd);
    free(loop->entries);
    free(loop->slot);
    free(loop->ready);
#if LOOP_EPOLL
    free(loop->evbuf);
#else
    free(loop->pfds);
#endif
    free(loop->timers);
    free(loop);
}

static Entry *find(const Loop *loop, int fd)
{
    if (fd < 0 || (size_t)fd >= loop->slot_cap || loop->slot[fd] == 0)
        return NULL;
    return &loop->entries[loop->slot[fd] - 1];
}

int loop_interest(const Loop *loop, int fd)
{
    Entry *e = find(loop, fd);
    return e ? e->events : 0;
}

size_t loop_count(const Loop *loop)
{
    return loop->count;
}

#if LOOP_EPOLL
static uint32_t epoll_bits(int events)
{
    return (events & LOOP_READ ? EPOLLIN : 0u) | (events & LOOP_WRITE ? EPOLLOUT : 0u);
}

// Registers with the kernel; sets *always when epoll cannot watch this kind of file.
static int kernel_set(Loop *loop, int fd, int events, bool known, bool *always)
{
    struct epoll_event ev;
    memset(&ev, 0, sizeof ev);
    ev.events = epoll_bits(events);
    ev.data.fd = fd;
    *always = false;
    if (known && epoll_ctl(loop->epfd, EPOLL_CTL_MOD, fd, &ev) == 0)
        return 0;
    if (epoll_ctl(loop->epfd, EPOLL_CTL_ADD, fd, &ev) == 0)
        return 0;
    if (errno == EEXIST) // a registration that outlived an earlier close of a dup
        return epoll_ctl(loop->epfd, EPOLL_CTL_MOD, fd, &ev);
    if (errno == EPERM) { // regular files and directories are always ready
        *always = true;
        return 0;
    }
    return -1;
}

static void kernel_del(Loop *loop, int fd)
{
    struct epoll_event ev;
    memset(&ev, 0, sizeof ev);
    epoll_ctl(loop->epfd, EPOLL_CTL_DEL, fd, &ev); // ENOENT/EBADF: already gone
}
#endif

static void grow_slots(Loop *loop, int fd)
{
    if ((size_t)fd < loop->slot_cap)
        return;
    size_t cap = loop->slot_cap ? loop->slot_cap : 64;
    while (cap <= (size_t)fd)
        cap *= 2;
    loop->slot = fun_realloc(loop->slot, cap * sizeof(int));
    memset(loop->slot + loop->slot_cap, 0, (cap - loop->slot_cap) * sizeof(int));
    loop->slot_cap = cap;
}

int loop_set(Loop *loop, int fd, int events)
{
    events &= LOOP_READ | LOOP_WRITE;
    if (!events) {
        errno = EINVAL;
        return -1;
    }
    Entry *e = find(loop, fd);
    if (e && e->events == events)
        return 0; // unchanged: no system call (closes go through loop_fd_closing)
    if (fd < 0 || fcntl(fd, F_GETFD) < 0) {
        errno = EBADF;
        return -1;
    }
    bool always = false;
#if LOOP_EPOLL
    if (kernel_set(loop, fd, events, e != NULL, &always) < 0)
        return -1;
#endif
    if (e) {
        loop->nalways += (size_t)always - (size_t)e->always;
        e->events = events;
        e->always = always;
        return 0;
    }
    loop->nalways += always;
    if (loop->count == loop->cap) {
        loop->cap = loop->cap ? loop->cap * 2 : 16;
        loop->entries = fun_realloc(loop->entries, loop->cap * sizeof(Entry));
    }
    grow_slots(loop, fd);
    loop->entries[loop->count] = (Entry){fd, events, always};
    loop->slot[fd] = (int)++loop->count;
    return 0;
}

// Removes the table entry only (the kernel side is handled by the caller).
static void forget(Loop *loop, int fd)
{
    size_t i = (size_t)loop->slot[fd] - 1;
    loop->nalways -= loop->entries[i].always;
    loop->slot[fd] = 0;
    loop->count--;
    if (i != loop->count) {
        loop->entries[i] = loop->entries[loop->count];
        loop->slot[loop->entries[i].fd] = (int)i + 1;
    }
}

int loop_del(Loop *loop, int fd)
{
    Entry *e = find(loop, fd);
    if (!e) {
        errno = ENOENT;
        return -1;
    }
#if LOOP_EPOLL
    if (!e->always)
        kernel_del(loop, fd);
#endif
    forget(loop, fd);
    return 0;
}

void loop_fd_closing(int fd)
{
    pthread_mutex_lock(&live_lock);
    for (Loop *l = live_loops; l; l = l->next_live)
        if (pthread_equal(l->owner, pthread_self())) {
            if (find(l, fd))
                loop_del(l, fd);
            if (l->on_closing)
                l->on_closing(l->closing_ctx, fd);
        }
    pthread_mutex_unlock(&live_lock);
}

static void reserve_buffers(Loop *loop)
{
    size_t need = loop->count ? loop->count : 1;
    if (need <= loop->buf_cap)
        return;
    size_t cap = loop->buf_cap ? loop->buf_cap : 16;
    while (cap < need)
        cap *= 2;
#if LOOP_EPOLL
    loop->evbuf = fun_realloc(loop->evbuf, cap * sizeof(struct epoll_event));
#else
    loop->pfds = fun_realloc(loop->pfds, cap * sizeof(struct pollfd));
#endif
    loop->ready = fun_realloc(loop->ready, cap * sizeof(LoopEvent));
    loop->buf_cap = cap;
}

static bool has_always(const Loop *loop)
{
    return loop->nalways > 0;
}

// One kernel wait of at most ms (-1: forever). Returns ready count or -1.
static int wait_once(Loop *loop, int ms)
{
    int n = 0;
#if LOOP_EPOLL
    int got = epoll_wait(loop->epfd, loop->evbuf, (int)loop->buf_cap, ms);
    if (got < 0)
        return -1;
    for (int i = 0; i < got; i++) {
        uint32_t b = loop->evbuf[i].events;
        int fd = loop->evbuf[i].data.fd;
        if (!find(loop, fd))
            continue; // dropped meanwhile
        int ev = (b & EPOLLIN ? LOOP_READ : 0) | (b & EPOLLOUT ? LOOP_WRITE : 0) |
                 (b & (EPOLLHUP | EPOLLERR) ? LOOP_HUP : 0);
        loop->ready[n++] = (LoopEvent){fd, ev};
    }
    for (size_t i = 0; loop->nalways && i < loop->count; i++) {
        Entry *e = &loop->entries[i];
        if (e->always)
            loop->ready[n++] = (LoopEvent){e->fd, e->events};
    }
#else
    for (size_t i = 0; i < loop->count; i++) {
        Entry *e = &loop->entries[i];
        loop->pfds[i].fd = e->fd;
        loop->pfds[i].events = (short)((e->events & LOOP_READ ? POLLIN : 0) |
                                       (e->events & LOOP_WRITE ? POLLOUT : 0));
        loop->pfds[i].revents = 0;
    }
    int got = poll(loop->pfds, (nfds_t)loop->count, ms);
    if (got < 0)
        return -1;
    for (size_t i = 0; i < loop->count && got > 0; i++) {
        short b = loop->pfds[i].revents;
        if (!b)
            continue;
        int ev = (b & POLLIN ? LOOP_READ : 0) | (b & POLLOUT ? LOOP_WRITE : 0) |
                 (b & (POLLHUP | POLLERR | POLLNVAL) ? LOOP_HUP : 0);
        loop->ready[n++] = (LoopEvent){loop->pfds[i].fd, ev};
    }
#endif
    return n;
}

int loop_wait(Loop *loop, int64_t timeout_ms, LoopEvent **events)
{
    reserve_buffers(loop);
    *events = loop->ready;
    if (has_always(loop))
        timeout_ms = 0;
    int64_t t = loop_timer_next(loop);
    if (t >= 0 && (timeout_ms < 0 || t < timeout_ms))
        timeout_ms = t;
    if (timeout_ms < 0 && loop->count == 0)
        return 0; // nothing could ever wake us
    int64_t deadline = timeout_ms > 0 ? loop_now_ms() + timeout_ms : 0;
    for (;;) {
        int ms = timeout_ms > INT_MAX ? INT_MAX : (int)timeout_ms;
        int n = wait_once(loop, ms);
        if (n >= 0 || errno != EINTR)
            return n;
        if (timeout_ms > 0) { // interrupted: wait for what remains
            timeout_ms = deadline - loop_now_ms();
            if (timeout_ms < 0)
                timeout_ms = 0;
        }
    }
}

// ---- timers: binary min-heap ordered by (when, id) ----

static bool timer_less(const Timer *a, const Timer *b)
{
    return a->when < b->when || (a->when == b->when && a->id < b->id);
}

static void sift_up(Timer *h, size_t i)
{
    while (i > 0) {
        size_t p = (i - 1) / 2;
        if (!timer_less(&h[i], &h[p]))
            break;
        Timer tmp = h[i];
        h[i] = h[p];
        h[p] = tmp;
        i = p;
    }
}

static void sift_down(Timer *h, size_t n, size_t i)
{
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        if (l < n && timer_less(&h[l], &h[m]))
            m = l;
        if (r < n && timer_less(&h[r], &h[m]))
            m = r;
        if (m == i)
            return;
        Timer tmp = h[i];
        h[i] = h[m];
        h[m] = tmp;
        i = m;
    }
}

static void heap_remove(Loop *loop, size_t i)
{
    loop->ntimers--;
    if (i == loop->ntimers)
        return;
    loop->timers[i] = loop->timers[loop->ntimers];
    sift_down(loop->timers, loop->ntimers, i);
    sift_up(loop->timers, i);
}

int64_t loop_timer_add(Loop *loop, int64_t delay_ms)
{
    if (delay_ms < 0)
        delay_ms = 0;
    if (loop->ntimers == loop->timers_cap) {
        loop->timers_cap = loop->timers_cap ? loop->timers_cap * 2 : 16;
        loop->timers = fun_realloc(loop->timers, loop->timers_cap * sizeof(Timer));
    }
    int64_t now = loop_now_us();
    int64_t when = delay_ms > (INT64_MAX - now) / 1000 ? INT64_MAX : now + delay_ms * 1000;
    Timer t = {when, loop->next_timer_id++};
    loop->timers[loop->ntimers] = t;
    sift_up(loop->timers, loop->ntimers++);
    return t.id;
}

bool loop_timer_cancel(Loop *loop, int64_t id)
{
    for (size_t i = 0; i < loop->ntimers; i++) {
        if (loop->timers[i].id == id) {
            heap_remove(loop, i);
            return true;
        }
    }
    return false;
}

int64_t loop_timer_next(const Loop *loop)
{
    if (loop->ntimers == 0)
        return -1;
    return loop_ms_until(loop->timers[0].when);
}

size_t loop_timer_expire(Loop *loop, int64_t *ids, size_t max)
{
    int64_t now = loop_now_us();
    size_t n = 0;
    while (n < max && loop->ntimers > 0 && loop->timers[0].when <= now) {
        ids[n++] = loop->timers[0].id;
        heap_remove(loop, 0);
    }
    return n;
}

size_t loop_timer_count(const Loop *loop)
{
    return loop->ntimers;
}
