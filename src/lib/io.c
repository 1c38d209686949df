// SPDX-License-Identifier: MIT
// Descriptor builtins: non-blocking mode, single-fd readiness polls, pipes, and
// eprint (print to stderr). Results follow rulings D26-D27.
#include "lib.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "../loop.h"

// poll() on one fd (lib.h): hang-up and error count as ready so the next read
// or write sees EOF or the error.
int lib_poll_fd(VM *interruptible, int64_t fd, short want, int64_t timeout_ms)
{
    if (fd < 0 || fd > INT_MAX)
        return -1;
    if (timeout_ms != 0)
        fflush(stdout); // a parent reading our output sees it before we sleep
    struct pollfd p = {.fd = (int)fd, .events = want, .revents = 0};
    int64_t deadline = timeout_ms > 0 ? loop_now_ms() + timeout_ms : 0;
    for (;;) {
        int ms = timeout_ms > INT_MAX ? INT_MAX : (int)timeout_ms;
        int r = poll(&p, 1, ms);
        if (r > 0) {
            if (p.revents & POLLNVAL)
                return -1;
            return 1; // want, POLLHUP or POLLERR
        }
        if (r == 0) {
            if (timeout_ms > INT_MAX) { // longer than one poll() can wait
                timeout_ms = deadline - loop_now_ms();
                if (timeout_ms > 0)
                    continue;
            }
            return 0;
        }
        if (errno != EINTR)
            return -1;
        if (interruptible && vm_take_interrupt(interruptible))
            return -2;
        if (timeout_ms > 0) {
            timeout_ms = deadline - loop_now_ms();
            if (timeout_ms < 0)
                timeout_ms = 0;
        }
    }
}

static bool do_poll(VM *vm, const char *fn, Value *args, short want, Value *out)
{
    int64_t fd, ms;
    if (!arg_int(vm, fn, args, 0, &fd) || !arg_timeout_ms(vm, fn, args, 1, &ms))
        return false;
    *out = INT_VAL(lib_poll_fd(NULL, fd, want, ms));
    return true;
}

// fd_poll_read(fd, timeout_ms) -> 1 readable / hang-up / error, 0 timeout, -1 invalid fd
static bool io_fd_poll_read(VM *vm, int argc, Value *args, Value *out)
{
    return do_poll(vm, "fd_poll_read", args, POLLIN, out);
}

// fd_poll_write(fd, timeout_ms) -> 1 writable / error, 0 timeout, -1 invalid fd
static bool io_fd_poll_write(VM *vm, int argc, Value *args, Value *out)
{
    return do_poll(vm, "fd_poll_write", args, POLLOUT, out);
}

// fd_set_nonblock(fd, on) -> 1 done, 0 failed (invalid fd)
static bool io_fd_set_nonblock(VM *vm, int argc, Value *args, Value *out)
{
    int64_t fd;
    if (!arg_int(vm, "fd_set_nonblock", args, 0, &fd))
        return false;
    bool on = val_truthy(args[1]);
    *out = INT_VAL(0);
    if (fd < 0 || fd > INT_MAX)
        return true;
    int flags = fcntl((int)fd, F_GETFL);
    if (flags < 0)
        return true;
    int want = on ? flags | O_NONBLOCK : flags & ~O_NONBLOCK;
    if (want != flags && fcntl((int)fd, F_SETFL, want) < 0)
        return true;
    *out = INT_VAL(1);
    return true;
}

// fd_pipe() -> [read_fd, write_fd] (close-on-exec), nil on failure
static bool io_fd_pipe(VM *vm, int argc, Value *args, Value *out)
{
    int p[2];
    *out = NIL_VAL;
    if (pipe(p) < 0)
        return true;
    fcntl(p[0], F_SETFD, FD_CLOEXEC);
    fcntl(p[1], F_SETFD, FD_CLOEXEC);
    ObjArray *a = array_new(vm, 2);
    array_push(vm, a, INT_VAL(p[0]));
    array_push(vm, a, INT_VAL(p[1]));
    *out = OBJ_VAL(a);
    return true;
}

// fd_limit() -> how many descriptors this process may have open (the soft
// RLIMIT_NOFILE), -1 when unlimited or unknown; servers size their
// connection limit by it.
static bool io_fd_limit(VM *vm, int argc, Value *args, Value *out)
{
    struct rlimit rl;
    *out = INT_VAL(-1);
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
        *out = INT_VAL((int64_t)rl.rlim_cur);
    return true;
}

// eprint(a, b, ...): like print, on stderr (stdout is flushed first).
static bool io_eprint(VM *vm, int argc, Value *args, Value *out)
{
    fflush(stdout);
    bool ok = lib_write_values(vm, stderr, argc, args, true);
    fflush(stderr);
    *out = NIL_VAL;
    return ok;
}

const NativeReg lib_io_natives[] = {
    {"fd_set_nonblock", io_fd_set_nonblock, 2, 2},
    {"fd_poll_read", io_fd_poll_read, 2, 2},
    {"fd_poll_write", io_fd_poll_write, 2, 2},
    {"fd_pipe", io_fd_pipe, 0, 0},
    {"fd_limit", io_fd_limit, 0, 0},
    {"eprint", io_eprint, 0, -1},
    {NULL, NULL, 0, 0},
};
