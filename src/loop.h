// SPDX-License-Identifier: MIT
// Event loop: readiness of many file descriptors in one system call (epoll on
// Linux, poll(2) with -DFUN_USE_POLL or elsewhere) plus a min-heap of timers.
#ifndef FUN_LOOP_H
#define FUN_LOOP_H

#include "common.h"

typedef struct Loop Loop;

// Interest / readiness bits. LOOP_HUP is only ever reported (hang-up or error).
#define LOOP_READ 1
#define LOOP_WRITE 2
#define LOOP_HUP 4

typedef struct {
    int fd;
    int events; // LOOP_READ | LOOP_WRITE | LOOP_HUP
} LoopEvent;

// Creates an empty loop. Returns NULL (errno set) when the kernel refuses.
Loop *loop_new(void);
// Closes the kernel object and frees everything.
void loop_free(Loop *loop);
// Name of the backend in use: "epoll" or "poll".
const char *loop_backend(void);

// Registers interest in fd (LOOP_READ and/or LOOP_WRITE) or changes it.
// Returns 0, or -1 with errno (EBADF for a closed fd, EINVAL for events 0).
// Files that epoll cannot watch (regular files) are accepted and always ready.
int loop_set(Loop *loop, int fd, int events);
// Forgets fd. Returns 0, or -1 with errno ENOENT when fd was not registered.
int loop_del(Loop *loop, int fd);
// Interest registered for fd, 0 if none.
int loop_interest(const Loop *loop, int fd);
// Number of registered descriptors.
size_t loop_count(const Loop *loop);
// Drops fd from every live loop created by the calling thread; called just
// before the fd is closed so that a later fd with the same number starts clean.
void loop_fd_closing(int fd);
// cb(ctx, fd) runs from loop_fd_closing for this loop (the scheduler wakes
// the tasks waiting on that fd).
void loop_on_closing(Loop *loop, void (*cb)(void *ctx, int fd), void *ctx);

// Waits until a registered fd is ready, a timer expires or timeout_ms passes
// (< 0: no limit except timers; 0: just look). Retries on EINTR with the time
// that remains. Ready fds are stored in a buffer owned by the loop (valid
// until the next call) and *events points at it. Returns the number of ready
// fds, or -1 with errno. With nothing registered, no timers and no limit it
// returns 0 at once instead of sleeping forever.
int loop_wait(Loop *loop, int64_t timeout_ms, LoopEvent **events);

// Adds a timer firing delay_ms from now (monotonic clock); returns its id (> 0).
int64_t loop_timer_add(Loop *loop, int64_t delay_ms);
// Cancels a pending timer; false when no such timer is pending.
bool loop_timer_cancel(Loop *loop, int64_t id);
// Milliseconds until the earliest timer fires (0 if overdue), -1 if none.
int64_t loop_timer_next(const Loop *loop);
// Pops expired timers into ids (at most max); returns how many.
size_t loop_timer_expire(Loop *loop, int64_t *ids, size_t max);
// Number of pending timers.
size_t loop_timer_count(const Loop *loop);

// Monotonic clock in milliseconds.
int64_t loop_now_ms(void);
// Monotonic clock in microseconds: deadlines are kept in it so that a wait of
// N ms never ends before N ms have passed.
int64_t loop_now_us(void);
// Whole milliseconds until deadline_us, rounded up; 0 once it has passed.
int64_t loop_ms_until(int64_t deadline_us);

#endif
