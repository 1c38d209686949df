// SPDX-License-Identifier: MIT
// Socket builtins: TCP (IPv4 and IPv6) and Unix stream sockets, blocking and
// non-blocking connect, binary-safe send/recv, error reporting (rulings D26-D27).
#include "lib.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <stdarg.h>
#include <sys/socket.h>
#ifdef __linux__
#include <sys/sendfile.h>
#endif
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "../loop.h"

#define RECV_DEFAULT 4096
#define RECV_MAX (16 * 1024 * 1024)
#define FD_ERR_MAX (1 << 20) // per-fd error slots kept for fds below this

// ---- error reporting: net_last_error() text and sock_error(fd) numbers ----

static _Thread_local char last_error[256];
static pthread_mutex_t fd_err_lock = PTHREAD_MUTEX_INITIALIZER;
static int *fd_err; // last errno of a failed operation on each fd
static size_t fd_err_cap;

static void record_fd(int64_t fd, int err)
{
    if (fd < 0 || fd >= FD_ERR_MAX)
        return;
    pthread_mutex_lock(&fd_err_lock);
    if ((size_t)fd >= fd_err_cap && err != 0) {
        size_t cap = fd_err_cap ? fd_err_cap : 64;
        while (cap <= (size_t)fd)
            cap *= 2;
        int *p = fun_realloc(fd_err, cap * sizeof(int));
        memset(p + fd_err_cap, 0, (cap - fd_err_cap) * sizeof(int));
        fd_err = p;
        fd_err_cap = cap;
    }
    if ((size_t)fd < fd_err_cap)
        fd_err[fd] = err;
    pthread_mutex_unlock(&fd_err_lock);
}

static int recorded_fd(int64_t fd)
{
    int e = 0;
    pthread_mutex_lock(&fd_err_lock);
    if (fd >= 0 && (size_t)fd < fd_err_cap)
        e = fd_err[fd];
    pthread_mutex_unlock(&fd_err_lock);
    return e;
}

static void set_text(const char *fmt, ...) FUN_PRINTF(1, 2);
static void set_text(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(last_error, sizeof last_error, fmt, ap);
    va_end(ap);
}

// strerror text with a lower-case first letter ("connection refused").
static void set_errno_text(int err)
{
    set_text("%s", strerror(err));
    if (last_error[0] >= 'A' && last_error[0] <= 'Z' &&
        !(last_error[1] >= 'A' && last_error[1] <= 'Z'))
        last_error[0] = (char)(last_error[0] - 'A' + 'a');
}

// A failed operation on fd: remember errno for sock_error and the text.
static void fail_fd(int64_t fd, int err)
{
    record_fd(fd, err);
    set_errno_text(err);
}

// A successful (or would-block) operation on fd clears both.
static void ok_fd(int64_t fd)
{
    last_error[0] = '\0';
    record_fd(fd, 0);
}

// ---- argument helpers ----

static bool arg_fd(VM *vm, const char *fn, Value *args, int i, int64_t *fd)
{
    return arg_int(vm, fn, args, i, fd);
}

static bool valid_fd(int64_t fd)
{
    return fd >= 0 && fd <= INT_MAX;
}

// A C string copy of a String argument; false (with the error text set) when
// it holds a NUL byte, which no host name or path can contain.
static bool cstr_arg(VM *vm, const char *fn, Value *args, int i, const char **out)
{
    ObjString *s;
    if (!arg_string(vm, fn, args, i, &s))
        return false;
    *out = memchr(s->chars, '\0', s->len) ? NULL : s->chars;
    return true;
}

static bool arg_port(VM *vm, const char *fn, Value *args, int i, int64_t *port)
{
    return arg_int(vm, fn, args, i, port);
}

static int backlog_of(int64_t b)
{
    return b <= 0 ? 128 : b > INT_MAX ? INT_MAX : (int)b;
}

static bool is_would_block(int err)
{
    return err == EAGAIN || err == EWOULDBLOCK;
}

// ---- resolving ----

static struct addrinfo *resolve(const char *host, int64_t port, bool passive)
{
    if (port < 0 || port > 65535) {
        set_text("invalid port %lld", (long long)port);
        return NULL;
    }
    if (!host) {
        set_text("unknown host");
        return NULL;
    }
    char service[16];
    snprintf(service, sizeof service, "%d", (int)port);
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICSERV | (passive ? AI_PASSIVE : 0);
    int rc = getaddrinfo(host, service, &hints, &res);
    if (rc == 0 && res)
        return res;
    if (rc == EAI_NONAME || rc == EAI_AGAIN || rc == EAI_FAIL
#ifdef EAI_NODATA
        || rc == EAI_NODATA
#endif
    )
        set_text("unknown host '%s'", host);
    else if (rc == EAI_SYSTEM)
        set_errno_text(errno);
    else
        set_text("cannot resolve '%s': %s", host, gai_strerror(rc));
    return NULL;
}

// Waits for a connect() interrupted by a signal to finish; returns its errno.
static int finish_connect(int fd)
{
    struct pollfd p = {.fd = fd, .events = POLLOUT, .revents = 0};
    while (poll(&p, 1, -1) < 0 && errno == EINTR) {
    }
    int err = 0;
    socklen_t len = sizeof err;
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0)
        err = errno;
    return err;
}

// Tries each address; returns the fd (> 0) or 0 with net_last_error set.
static int connect_any(struct addrinfo *res, bool nonblock)
{
    int err = ECONNREFUSED;
    fflush(stdout);
    for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
        int type = ai->ai_socktype | SOCK_CLOEXEC | (nonblock ? SOCK_NONBLOCK : 0);
        int fd = socket(ai->ai_family, type, ai->ai_protocol);
        if (fd < 0) {
            err = errno;
            continue;
        }
        int rc = connect(fd, ai->ai_addr, ai->ai_addrlen);
        int e = rc == 0 ? 0 : errno;
        if (e == EINTR)
            e = nonblock ? EINPROGRESS : finish_connect(fd);
        if (e == 0 || (nonblock && e == EINPROGRESS)) {
            ok_fd(fd);
            return fd;
        }
        err = e;
        close(fd);
    }
    set_errno_text(err);
    return 0;
}

static bool do_connect(VM *vm, const char *fn, Value *args, bool nonblock, Value *out)
{
    const char *host;
    int64_t port;
    if (!cstr_arg(vm, fn, args, 0, &host) || !arg_port(vm, fn, args, 1, &port))
        return false;
    *out = INT_VAL(0);
    struct addrinfo *res = resolve(host, port, false);
    if (!res)
        return true;
    *out = INT_VAL(connect_any(res, nonblock));
    freeaddrinfo(res);
    return true;
}

// tcp_connect(host, port) -> fd or 0 (blocking connect, every address tried)
static bool net_tcp_connect(VM *vm, int argc, Value *args, Value *out)
{
    return do_connect(vm, "tcp_connect", args, false, out);
}

// tcp_connect_nb(host, port) -> non-blocking fd whose connect is in progress,
// or 0; completion: fd_poll_write(fd, ms) == 1, then sock_error(fd) == 0.
static bool net_tcp_connect_nb(VM *vm, int argc, Value *args, Value *out)
{
    return do_connect(vm, "tcp_connect_nb", args, true, out);
}

// ---- listening ----

// reuseport: SO_REUSEPORT, so that several sockets (one per event loop of a
// multi-core server) listen on the same port and the kernel spreads new
// connections over them.
static int listen_on(struct sockaddr *sa, socklen_t len, int backlog, bool dual, bool reuseport)
{
    int fd = socket(sa->sa_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    int one = 1, zero = 0;
    if (sa->sa_family != AF_UNIX)
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
#ifdef SO_REUSEPORT
    if (reuseport && setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one) < 0) {
        int e = errno;
        close(fd);
        errno = e;
        return -1;
    }
#else
    if (reuseport) {
        close(fd);
        errno = ENOPROTOOPT;
        return -1;
    }
#endif
    if (dual)
        setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &zero, sizeof zero);
    if (bind(fd, sa, len) < 0 || listen(fd, backlog) < 0) {
        int e = errno;
        close(fd);
        errno = e;
        return -1;
    }
    return fd;
}

// tcp_listen(port, backlog) -> listening fd or 0: all addresses, IPv6 and IPv4
// (dual-stack), falling back to IPv4 only; port 0 picks a free port (sock_port).
static bool net_tcp_listen(VM *vm, int argc, Value *args, Value *out)
{
    int64_t port, backlog;
    if (!arg_port(vm, "tcp_listen", args, 0, &port) ||
        !arg_int(vm, "tcp_listen", args, 1, &backlog))
        return false;
    *out = INT_VAL(0);
    if (port < 0 || port > 65535) {
        set_text("invalid port %lld", (long long)port);
        return true;
    }
    struct sockaddr_in6 a6;
    memset(&a6, 0, sizeof a6);
    a6.sin6_family = AF_INET6;
    a6.sin6_addr = in6addr_any;
    a6.sin6_port = htons((uint16_t)port);
    int fd = listen_on((struct sockaddr *)&a6, sizeof a6, backlog_of(backlog), true, false);
    if (fd < 0 && errno != EADDRINUSE && errno != EACCES) {
        struct sockaddr_in a4;
        memset(&a4, 0, sizeof a4);
        a4.sin_family = AF_INET;
        a4.sin_addr.s_addr = htonl(INADDR_ANY);
        a4.sin_port = htons((uint16_t)port);
        fd = listen_on((struct sockaddr *)&a4, sizeof a4, backlog_of(backlog), false, false);
    }
    if (fd < 0) {
        set_errno_text(errno);
        return true;
    }
    ok_fd(fd);
    *out = INT_VAL(fd);
    return true;
}

// tcp_listen_host(host, port, backlog [, reuseport]) -> listening fd bound to
// host's address, or 0. reuseport true sets SO_REUSEPORT: every socket
// listening on the port must have it (a second one may then bind the port
// the first got for port 0).
static bool net_tcp_listen_host(VM *vm, int argc, Value *args, Value *out)
{
    const char *host;
    int64_t port, backlog;
    if (!cstr_arg(vm, "tcp_listen_host", args, 0, &host) ||
        !arg_port(vm, "tcp_listen_host", args, 1, &port) ||
        !arg_int(vm, "tcp_listen_host", args, 2, &backlog))
        return false;
    bool reuseport = false;
    if (argc > 3) {
        if (!IS_BOOL(args[3]))
            return arg_error(vm, "tcp_listen_host", args, 3, "Boolean");
        reuseport = AS_BOOL(args[3]);
    }
    *out = INT_VAL(0);
    struct addrinfo *res = resolve(host, port, true);
    if (!res)
        return true;
    int fd = -1, err = EADDRNOTAVAIL;
    for (struct addrinfo *ai = res; ai && fd < 0; ai = ai->ai_next) {
        fd = listen_on(ai->ai_addr, ai->ai_addrlen, backlog_of(backlog), false, reuseport);
        if (fd < 0)
            err = errno;
    }
    freeaddrinfo(res);
    if (fd < 0) {
        set_errno_text(err);
        return true;
    }
    ok_fd(fd);
    *out = INT_VAL(fd);
    return true;
}

// tcp_accept(lfd) -> client fd; 0 when a non-blocking listener has nothing
// pending; -1 on error (invalid fd, not a listening socket). Works for Unix
// listeners too. The new fd is blocking.
static bool net_tcp_accept(VM *vm, int argc, Value *args, Value *out)
{
    int64_t lfd;
    if (!arg_fd(vm, "tcp_accept", args, 0, &lfd))
        return false;
    *out = INT_VAL(-1);
    if (!valid_fd(lfd)) {
        fail_fd(lfd, EBADF);
        return true;
    }
    fflush(stdout);
    for (;;) {
        int fd = accept((int)lfd, NULL, NULL);
        if (fd >= 0) {
            fcntl(fd, F_SETFD, FD_CLOEXEC);
            ok_fd(lfd);
            ok_fd(fd);
            *out = INT_VAL(fd);
            return true;
        }
        if (errno == EINTR || errno == ECONNABORTED)
            continue;
        if (is_would_block(errno)) {
            ok_fd(lfd);
            *out = INT_VAL(0);
        } else {
            fail_fd(lfd, errno);
        }
        return true;
    }
}

static bool unix_addr(const char *path, struct sockaddr_un *sa)
{
    memset(sa, 0, sizeof *sa);
    sa->sun_family = AF_UNIX;
    if (!path || path[0] == '\0') {
        set_text("invalid socket path");
        return false;
    }
    if (strlen(path) >= sizeof sa->sun_path) {
        set_text("socket path too long");
        return false;
    }
    memcpy(sa->sun_path, path, strlen(path) + 1);
    return true;
}

// unix_listen(path, backlog) -> listening fd or 0; an existing socket file at
// path is removed first (other kinds of files are left alone: EADDRINUSE).
static bool net_unix_listen(VM *vm, int argc, Value *args, Value *out)
{
    const char *path;
    int64_t backlog;
    if (!cstr_arg(vm, "unix_listen", args, 0, &path) ||
        !arg_int(vm, "unix_listen", args, 1, &backlog))
        return false;
    *out = INT_VAL(0);
    struct sockaddr_un sa;
    if (!unix_addr(path, &sa))
        return true;
    struct stat st;
    if (lstat(path, &st) == 0 && S_ISSOCK(st.st_mode))
        unlink(path);
    int fd = listen_on((struct sockaddr *)&sa, sizeof sa, backlog_of(backlog), false, false);
    if (fd < 0) {
        set_errno_text(errno);
        return true;
    }
    ok_fd(fd);
    *out = INT_VAL(fd);
    return true;
}

// unix_connect(path) -> fd or 0
static bool net_unix_connect(VM *vm, int argc, Value *args, Value *out)
{
    const char *path;
    if (!cstr_arg(vm, "unix_connect", args, 0, &path))
        return false;
    *out = INT_VAL(0);
    struct sockaddr_un sa;
    if (!unix_addr(path, &sa))
        return true;
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        set_errno_text(errno);
        return true;
    }
    fflush(stdout);
    int e = connect(fd, (struct sockaddr *)&sa, sizeof sa) == 0 ? 0 : errno;
    if (e == EINTR)
        e = finish_connect(fd);
    if (e) {
        close(fd);
        set_errno_text(e);
        return true;
    }
    ok_fd(fd);
    *out = INT_VAL(fd);
    return true;
}

// sock_pair() -> [fd1, fd2] connected Unix stream sockets, nil on failure
static bool net_sock_pair(VM *vm, int argc, Value *args, Value *out)
{
    int sv[2];
    *out = NIL_VAL;
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0) {
        set_errno_text(errno);
        return true;
    }
    last_error[0] = '\0';
    ObjArray *a = array_new(vm, 2);
    array_push(vm, a, INT_VAL(sv[0]));
    array_push(vm, a, INT_VAL(sv[1]));
    *out = OBJ_VAL(a);
    return true;
}

// ---- data ----

// sock_send(fd, data) -> bytes sent (maybe fewer than len(data)); 0 when
// nothing can be sent now (EAGAIN on a non-blocking fd) or data is ""; -1 on
// error (closed peer: EPIPE without SIGPIPE, reset, invalid fd). Works on
// pipes and other fds through write().
static bool net_sock_send(VM *vm, int argc, Value *args, Value *out)
{
    int64_t fd;
    ObjString *s;
    if (!arg_fd(vm, "sock_send", args, 0, &fd) || !arg_string(vm, "sock_send", args, 1, &s))
        return false;
    *out = INT_VAL(-1);
    if (!valid_fd(fd)) {
        fail_fd(fd, EBADF);
        return true;
    }
    if (s->len == 0) {
        ok_fd(fd);
        *out = INT_VAL(0);
        return true;
    }
    fflush(stdout);
    bool sock = true;
    for (;;) {
        ssize_t n = sock ? send((int)fd, s->chars, s->len, MSG_NOSIGNAL)
                         : write((int)fd, s->chars, s->len);
        if (n >= 0) {
            ok_fd(fd);
            *out = INT_VAL((int64_t)n);
            return true;
        }
        if (errno == EINTR)
            continue;
        if (errno == ENOTSOCK && sock) {
            sock = false;
            continue;
        }
        if (is_would_block(errno)) {
            ok_fd(fd);
            *out = INT_VAL(0);
        } else {
            fail_fd(fd, errno);
        }
        return true;
    }
}

// sock_recv(fd, maxlen) -> String of 1..maxlen bytes; "" at orderly EOF; nil
// when no data is available yet on a non-blocking fd (net_last_error() == ""
// and sock_error(fd) == 0) or on error (both tell which). maxlen <= 0 means
// 4096; at most 16 MiB.
static bool net_sock_recv(VM *vm, int argc, Value *args, Value *out)
{
    int64_t fd, max;
    if (!arg_fd(vm, "sock_recv", args, 0, &fd) || !arg_int(vm, "sock_recv", args, 1, &max))
        return false;
    *out = NIL_VAL;
    if (!valid_fd(fd)) {
        fail_fd(fd, EBADF);
        return true;
    }
    size_t cap = max <= 0 ? RECV_DEFAULT : max > RECV_MAX ? RECV_MAX : (size_t)max;
    char small[16384];
    char *buf = cap <= sizeof small ? small : fun_malloc(cap);
    fflush(stdout);
    bool sock = true;
    ssize_t n;
    for (;;) {
        n = sock ? recv((int)fd, buf, cap, 0) : read((int)fd, buf, cap);
        if (n >= 0 || errno != EINTR) {
            if (n < 0 && errno == ENOTSOCK && sock) {
                sock = false;
                continue;
            }
            break;
        }
    }
    if (n >= 0) {
        ok_fd(fd);
        *out = OBJ_VAL(str_new(vm, buf, (size_t)n));
    } else if (is_would_block(errno)) {
        ok_fd(fd);
    } else {
        fail_fd(fd, errno);
    }
    if (buf != small)
        free(buf);
    return true;
}

// sock_sendfile(fd, file_fd, offset, count) -> bytes of file_fd from offset
// sent on fd (at most count, at most 16 MiB; maybe fewer); 0 when nothing
// can be sent now (EAGAIN) or count <= 0; -1 on error (as sock_send) and
// when the file has no byte at offset (it is shorter than the caller
// expected: ENODATA). The file's own offset is not moved, so one open file
// can serve several connections. Linux sendfile(2) (no copy through user
// memory); elsewhere pread + send through a 64 KiB buffer.
static bool net_sock_sendfile(VM *vm, int argc, Value *args, Value *out)
{
    int64_t fd, ffd, off, count;
    if (!arg_fd(vm, "sock_sendfile", args, 0, &fd) || !arg_fd(vm, "sock_sendfile", args, 1, &ffd) ||
        !arg_int(vm, "sock_sendfile", args, 2, &off) || !arg_int(vm, "sock_sendfile", args, 3, &count))
        return false;
    *out = INT_VAL(-1);
    if (!valid_fd(fd) || !valid_fd(ffd) || off < 0) {
        fail_fd(fd, valid_fd(fd) && off < 0 ? EINVAL : EBADF);
        return true;
    }
    if (count > RECV_MAX)
        count = RECV_MAX;
    if (count <= 0) {
        ok_fd(fd);
        *out = INT_VAL(0);
        return true;
    }
    fflush(stdout);
    ssize_t n;
#ifdef __linux__
    off_t o = (off_t)off;
    do n = sendfile((int)fd, (int)ffd, &o, (size_t)count);
    while (n < 0 && errno == EINTR);
#else
    char buf[65536];
    size_t want = count < (int64_t)sizeof buf ? (size_t)count : sizeof buf;
    do n = pread((int)ffd, buf, want, (off_t)off);
    while (n < 0 && errno == EINTR);
    if (n > 0) {
        ssize_t r;
        do r = send((int)fd, buf, (size_t)n, MSG_NOSIGNAL);
        while (r < 0 && errno == EINTR);
        n = r;
    }
#endif
    if (n > 0) {
        ok_fd(fd);
        *out = INT_VAL((int64_t)n);
    } else if (n == 0) {
        fail_fd(fd, ENODATA); // no byte at offset: the file is shorter than promised
    } else if (is_would_block(errno)) {
        ok_fd(fd);
        *out = INT_VAL(0);
    } else {
        fail_fd(fd, errno);
    }
    return true;
}

// sock_close(fd) -> 1 closed, 0 not open (invalid or already closed)
static bool net_sock_close(VM *vm, int argc, Value *args, Value *out)
{
    int64_t fd;
    if (!arg_fd(vm, "sock_close", args, 0, &fd))
        return false;
    *out = INT_VAL(0);
    if (!valid_fd(fd) || fcntl((int)fd, F_GETFD) < 0) {
        fail_fd(fd, EBADF);
        return true;
    }
    loop_fd_closing((int)fd);
    ok_fd(fd);
    if (close((int)fd) < 0 && errno != EINTR) // Linux: closed even on EINTR
        set_errno_text(errno);
    *out = INT_VAL(1);
    return true;
}

// sock_shutdown(fd, how) -> 1/0; how is "r", "w" or "rw" (half-close)
static bool net_sock_shutdown(VM *vm, int argc, Value *args, Value *out)
{
    int64_t fd;
    ObjString *how;
    if (!arg_fd(vm, "sock_shutdown", args, 0, &fd) ||
        !arg_string(vm, "sock_shutdown", args, 1, &how))
        return false;
    int h;
    if (how->len == 1 && how->chars[0] == 'r')
        h = SHUT_RD;
    else if (how->len == 1 && how->chars[0] == 'w')
        h = SHUT_WR;
    else if (how->len == 2 && (!memcmp(how->chars, "rw", 2) || !memcmp(how->chars, "wr", 2)))
        h = SHUT_RDWR;
    else
        return vm_error(vm, "sock_shutdown: how must be \"r\", \"w\" or \"rw\"");
    *out = INT_VAL(0);
    if (!valid_fd(fd)) {
        fail_fd(fd, EBADF);
        return true;
    }
    if (shutdown((int)fd, h) < 0) {
        fail_fd(fd, errno);
        return true;
    }
    ok_fd(fd);
    *out = INT_VAL(1);
    return true;
}

// sock_abort(fd) -> 1/0: closes with SO_LINGER 0, so the peer gets a reset
static bool net_sock_abort(VM *vm, int argc, Value *args, Value *out)
{
    int64_t fd;
    if (!arg_fd(vm, "sock_abort", args, 0, &fd))
        return false;
    *out = INT_VAL(0);
    if (!valid_fd(fd) || fcntl((int)fd, F_GETFD) < 0) {
        fail_fd(fd, EBADF);
        return true;
    }
    struct linger lg = {.l_onoff = 1, .l_linger = 0};
    setsockopt((int)fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
    loop_fd_closing((int)fd);
    ok_fd(fd);
    close((int)fd);
    *out = INT_VAL(1);
    return true;
}

// ---- information ----

// sock_error(fd) -> 0, or the errno of the pending socket error (SO_ERROR:
// a failed non-blocking connect) or of the last failed send/recv/accept on fd
// (EBADF for an invalid fd).
static bool net_sock_error(VM *vm, int argc, Value *args, Value *out)
{
    int64_t fd;
    if (!arg_fd(vm, "sock_error", args, 0, &fd))
        return false;
    if (!valid_fd(fd)) {
        *out = INT_VAL(EBADF);
        return true;
    }
    int err = 0;
    socklen_t len = sizeof err;
    if (getsockopt((int)fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0) {
        if (errno == EBADF) {
            *out = INT_VAL(EBADF);
            return true;
        }
        err = 0; // not a socket: only the recorded error counts
    }
    if (err != 0)
        record_fd(fd, err); // SO_ERROR is cleared by reading it: keep it
    else
        err = recorded_fd(fd);
    *out = INT_VAL(err);
    return true;
}

// strerror(n) -> the system's text for errno n ("Connection refused")
static bool net_strerror(VM *vm, int argc, Value *args, Value *out)
{
    int64_t n;
    if (!arg_int(vm, "strerror", args, 0, &n))
        return false;
    const char *s = n < INT_MIN || n > INT_MAX ? "Unknown error" : strerror((int)n);
    *out = OBJ_VAL(str_from_cstr(vm, s));
    return true;
}

// net_last_error() -> text of the failure of the latest socket builtin, "" if it succeeded
static bool net_net_last_error(VM *vm, int argc, Value *args, Value *out)
{
    *out = OBJ_VAL(str_from_cstr(vm, last_error));
    return true;
}

// net_set_error(text or errno) -> 1: sets what net_last_error() reports (the
// straight-line helpers of lib/async/scheduler.fun report "timed out" or a
// connect's errno through it); an Int is the system's lower-case text for it
static bool net_net_set_error(VM *vm, int argc, Value *args, Value *out)
{
    if (IS_INT(args[0])) {
        int64_t n = AS_INT(args[0]);
        if (n == 0)
            last_error[0] = 0;
        else
            set_errno_text(n < INT_MIN || n > INT_MAX ? EINVAL : (int)n);
    } else {
        ObjString *t;
        if (!arg_string(vm, "net_set_error", args, 0, &t))
            return false;
        set_text("%.*s", (int)(t->len < 255 ? t->len : 255), t->chars);
    }
    *out = INT_VAL(1);
    return true;
}

static bool local_or_peer(int fd, bool peer, struct sockaddr_storage *ss)
{
    socklen_t len = sizeof *ss;
    memset(ss, 0, sizeof *ss);
    int rc = peer ? getpeername(fd, (struct sockaddr *)ss, &len)
                  : getsockname(fd, (struct sockaddr *)ss, &len);
    if (rc < 0) {
        fail_fd(fd, errno);
        return false;
    }
    ok_fd(fd);
    return true;
}

// sock_port(fd) -> local port of an IP socket; 0 for other sockets; -1 on error
static bool net_sock_port(VM *vm, int argc, Value *args, Value *out)
{
    int64_t fd;
    if (!arg_fd(vm, "sock_port", args, 0, &fd))
        return false;
    struct sockaddr_storage ss;
    *out = INT_VAL(-1);
    if (!valid_fd(fd)) {
        fail_fd(fd, EBADF);
        return true;
    }
    if (!local_or_peer((int)fd, false, &ss))
        return true;
    if (ss.ss_family == AF_INET)
        *out = INT_VAL(ntohs(((struct sockaddr_in *)&ss)->sin_port));
    else if (ss.ss_family == AF_INET6)
        *out = INT_VAL(ntohs(((struct sockaddr_in6 *)&ss)->sin6_port));
    else
        *out = INT_VAL(0);
    return true;
}

// sock_peer(fd) -> "1.2.3.4:port", "[::1]:port" (IPv4-mapped addresses shown
// as IPv4), "unix:PATH" ("unix:" when unnamed); nil when not connected/invalid
static bool net_sock_peer(VM *vm, int argc, Value *args, Value *out)
{
    int64_t fd;
    if (!arg_fd(vm, "sock_peer", args, 0, &fd))
        return false;
    *out = NIL_VAL;
    struct sockaddr_storage ss;
    if (!valid_fd(fd)) {
        fail_fd(fd, EBADF);
        return true;
    }
    if (!local_or_peer((int)fd, true, &ss))
        return true;
    char ip[INET6_ADDRSTRLEN];
    if (ss.ss_family == AF_INET) {
        struct sockaddr_in *a = (struct sockaddr_in *)&ss;
        inet_ntop(AF_INET, &a->sin_addr, ip, sizeof ip);
        *out = OBJ_VAL(str_printf(vm, "%s:%d", ip, ntohs(a->sin_port)));
    } else if (ss.ss_family == AF_INET6) {
        struct sockaddr_in6 *a = (struct sockaddr_in6 *)&ss;
        if (IN6_IS_ADDR_V4MAPPED(&a->sin6_addr)) {
            inet_ntop(AF_INET, &a->sin6_addr.s6_addr[12], ip, sizeof ip);
            *out = OBJ_VAL(str_printf(vm, "%s:%d", ip, ntohs(a->sin6_port)));
        } else {
            inet_ntop(AF_INET6, &a->sin6_addr, ip, sizeof ip);
            *out = OBJ_VAL(str_printf(vm, "[%s]:%d", ip, ntohs(a->sin6_port)));
        }
    } else if (ss.ss_family == AF_UNIX) {
        struct sockaddr_un *a = (struct sockaddr_un *)&ss;
        *out = OBJ_VAL(str_printf(vm, "unix:%.*s", (int)strnlen(a->sun_path, sizeof a->sun_path),
                                  a->sun_path));
    } else {
        *out = OBJ_VAL(str_from_cstr(vm, "unknown"));
    }
    return true;
}

const NativeReg lib_net_natives[] = {
    {"tcp_connect", net_tcp_connect, 2, 2},
    {"tcp_connect_nb", net_tcp_connect_nb, 2, 2},
    {"tcp_listen", net_tcp_listen, 2, 2},
    {"tcp_listen_host", net_tcp_listen_host, 3, 4},
    {"tcp_accept", net_tcp_accept, 1, 1},
    {"unix_listen", net_unix_listen, 2, 2},
    {"unix_connect", net_unix_connect, 1, 1},
    {"sock_pair", net_sock_pair, 0, 0},
    {"sock_send", net_sock_send, 2, 2},
    {"sock_recv", net_sock_recv, 2, 2},
    {"sock_sendfile", net_sock_sendfile, 4, 4},
    {"sock_close", net_sock_close, 1, 1},
    {"sock_shutdown", net_sock_shutdown, 2, 2},
    {"sock_abort", net_sock_abort, 1, 1},
    {"sock_error", net_sock_error, 1, 1},
    {"sock_port", net_sock_port, 1, 1},
    {"sock_peer", net_sock_peer, 1, 1},
    {"strerror", net_strerror, 1, 1},
    {"net_last_error", net_net_last_error, 0, 0},
    {"net_set_error", net_net_set_error, 1, 1},
    {NULL, NULL, 0, 0},
};
