// SPDX-License-Identifier: MIT
// TLS over the existing socket descriptors, through OpenSSL (docs/tls.md):
//   tls_client(fd, server_name, options) / tls_server_ctx(cert, key) /
//   tls_server(ctx, fd) wrap a connected fd; tls_handshake, tls_want,
//   tls_error, tls_send, tls_recv, tls_close, tls_fd, tls_pending, tls_info.
// A connection is a handle object ("<tls connection>"): the step API, poll
// sets and the task scheduler drive it through tls_fd and tls_want, and the
// results follow sock_send / sock_recv so the same loops work for both.
// Built only when the Makefile's probe finds libssl (FUN_HAVE_OPENSSL);
// otherwise every builtin raises the "not built" error (rulings D31). libssl
// is loaded by the first tls_client or tls_server_ctx (dynload.h): every
// other builtin needs a handle that one of them made.
#include "lib.h"

#ifdef FUN_HAVE_OPENSSL
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include "../loop.h"
#include "dynload.h"

// libssl and, through it, libcrypto (dlsym searches a library's
// dependencies). SSL_CTX_set_min_proto_version, SSL_CTX_set_mode and
// SSL_set_tlsext_host_name are macros over SSL_CTX_ctrl / SSL_ctrl.
#define LIBSSL_SYMS(X)                                                                     \
    X(SSL_CTX_check_private_key) X(SSL_CTX_ctrl) X(SSL_CTX_free)                           \
    X(SSL_CTX_load_verify_locations) X(SSL_CTX_new) X(SSL_CTX_set_default_verify_paths)    \
    X(SSL_CTX_set_session_id_context) X(SSL_CTX_set_verify) X(SSL_CTX_up_ref)              \
    X(SSL_CTX_use_PrivateKey_file) X(SSL_CTX_use_certificate_chain_file) X(SSL_do_handshake) \
    X(SSL_free) X(SSL_get0_param) X(SSL_get1_peer_certificate) X(SSL_CIPHER_get_name)      \
    X(SSL_get_current_cipher) X(SSL_get_error) X(SSL_get_verify_mode)                      \
    X(SSL_get_verify_result) X(SSL_get_version) X(SSL_is_init_finished) X(SSL_new)         \
    X(SSL_pending) X(SSL_read) X(SSL_set1_host) X(SSL_set_accept_state)                    \
    X(SSL_set_connect_state) X(SSL_set_fd) X(SSL_ctrl) X(SSL_shutdown) X(SSL_write)        \
    X(TLS_client_method) X(TLS_server_method) X(ERR_clear_error) X(ERR_get_error)          \
    X(ERR_peek_error) X(ERR_reason_error_string) X(X509_NAME_oneline)                      \
    X(X509_VERIFY_PARAM_set1_ip_asc) X(X509_VERIFY_PARAM_set_hostflags) X(X509_free)       \
    X(X509_get_issuer_name) X(X509_get_subject_name) X(X509_verify_cert_error_string)
DYNLIB_DEFINE(ossl, LIBSSL_SYMS, "OpenSSL", "LIBSSL", FUN_LIBSSL_SONAME);

#define IO_MAX (16 * 1024 * 1024) // one tls_send / tls_recv moves at most this
#define RECV_DEFAULT 4096

// Handle kinds (compared by address, shown as `<tls connection>`).
static const char CONN_KIND[] = "tls connection";
static const char CTX_KIND[] = "tls context";

typedef struct {
    SSL *ssl;      // NULL once closed
    int fd;
    char want;     // 'r' / 'w' while an operation waits for the socket, else 0
    bool done;     // handshake finished
    bool failed;   // handshake failed: tls_handshake keeps answering -1
    char err[256]; // OpenSSL's reason for the last failure, "" if none
} TlsConn;

// ---- client contexts, cached per option set: loading a CA file or the
// system store once per connection would dominate a handshake.

typedef struct ClientCtx {
    struct ClientCtx *next;
    char *ca, *cert, *key; // "" when not given
    bool verify;
    SSL_CTX *ctx;
} ClientCtx;

static pthread_mutex_t ctx_lock = PTHREAD_MUTEX_INITIALIZER;
static ClientCtx *client_ctxs;
static int nclient_ctxs;
#define CLIENT_CTX_MAX 32 // beyond this a context is built per connection

static char *dup_cstr(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = fun_malloc(n);
    memcpy(d, s, n);
    return d;
}

// OpenSSL's reason for the newest queued error (lower case, as OpenSSL
// writes it), with the verification result spelled out when it failed.
static void take_error(SSL *ssl, char *out, size_t cap, const char *fallback)
{
    unsigned long e, last = 0;
    while ((e = ossl.ERR_get_error()) != 0)
        last = e;
    const char *reason = last ? ossl.ERR_reason_error_string(last) : NULL;
    if (!reason)
        reason = fallback;
    long vr = ssl ? ossl.SSL_get_verify_result(ssl) : X509_V_OK;
    if (last && ERR_GET_REASON(last) == SSL_R_CERTIFICATE_VERIFY_FAILED && vr != X509_V_OK)
        snprintf(out, cap, "%s: %s", reason, ossl.X509_verify_cert_error_string(vr));
    else
        snprintf(out, cap, "%s", reason);
}

// strerror text with a lower-case first letter, as net_last_error() gives it.
static void lower_strerror(char *out, size_t cap, int err)
{
    snprintf(out, cap, "%s", strerror(err));
    if (out[0] >= 'A' && out[0] <= 'Z' && !(out[1] >= 'A' && out[1] <= 'Z'))
        out[0] = (char)(out[0] - 'A' + 'a');
}

// Why a file cannot be loaded: the system's reason when it cannot be read
// at all (OpenSSL only says "system lib"), else OpenSSL's.
static void file_error(const char *path, char *out, size_t cap)
{
    if (access(path, R_OK) != 0) {
        int e = errno;
        ossl.ERR_clear_error();
        lower_strerror(out, cap, e);
    } else {
        take_error(NULL, out, cap, "unreadable");
    }
}

static SSL_CTX *new_ctx(const SSL_METHOD *method)
{
    SSL_CTX *ctx = ossl.SSL_CTX_new(method);
    if (!ctx)
        return NULL;
    ossl.SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    // Partial writes: tls_send reports what went out, like sock_send; the
    // retry after "w" passes the rest of the same data from a new String.
    ossl.SSL_CTX_set_mode(ctx, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    return ctx;
}

// A client context for these options; NULL with msg set on failure.
static SSL_CTX *client_ctx(const char *ca, const char *cert, const char *key, bool verify,
                           char *msg, size_t cap)
{
    pthread_mutex_lock(&ctx_lock);
    for (ClientCtx *c = client_ctxs; c; c = c->next) {
        if (c->verify == verify && !strcmp(c->ca, ca) && !strcmp(c->cert, cert) &&
            !strcmp(c->key, key)) {
            ossl.SSL_CTX_up_ref(c->ctx);
            pthread_mutex_unlock(&ctx_lock);
            return c->ctx;
        }
    }
    pthread_mutex_unlock(&ctx_lock);
    ossl.ERR_clear_error();
    SSL_CTX *ctx = new_ctx(ossl.TLS_client_method());
    if (!ctx) {
        take_error(NULL, msg, cap, "cannot create a TLS context");
        return NULL;
    }
    if (ca[0]) {
        if (ossl.SSL_CTX_load_verify_locations(ctx, ca, NULL) != 1) {
            char why[200];
            file_error(ca, why, sizeof why);
            snprintf(msg, cap, "cannot load ca_file '%s': %s", ca, why);
            ossl.SSL_CTX_free(ctx);
            return NULL;
        }
    } else if (verify) {
        ossl.SSL_CTX_set_default_verify_paths(ctx);
    }
    if (cert[0]) {
        if (ossl.SSL_CTX_use_certificate_chain_file(ctx, cert) != 1) {
            char why[200];
            file_error(cert, why, sizeof why);
            snprintf(msg, cap, "cannot load cert_file '%s': %s", cert, why);
            ossl.SSL_CTX_free(ctx);
            return NULL;
        }
        if (ossl.SSL_CTX_use_PrivateKey_file(ctx, key[0] ? key : cert, SSL_FILETYPE_PEM) != 1 ||
            ossl.SSL_CTX_check_private_key(ctx) != 1) {
            char why[200];
            file_error(key[0] ? key : cert, why, sizeof why);
            snprintf(msg, cap, "cannot load key_file '%s': %s", key[0] ? key : cert, why);
            ossl.SSL_CTX_free(ctx);
            return NULL;
        }
    }
    ossl.SSL_CTX_set_verify(ctx, verify ? SSL_VERIFY_PEER : SSL_VERIFY_NONE, NULL);
    pthread_mutex_lock(&ctx_lock);
    if (nclient_ctxs < CLIENT_CTX_MAX) {
        ClientCtx *c = fun_malloc(sizeof *c);
        c->ca = dup_cstr(ca);
        c->cert = dup_cstr(cert);
        c->key = dup_cstr(key);
        c->verify = verify;
        c->ctx = ctx;
        ossl.SSL_CTX_up_ref(ctx); // the cache's reference
        c->next = client_ctxs;
        client_ctxs = c;
        nclient_ctxs++;
    }
    pthread_mutex_unlock(&ctx_lock);
    return ctx;
}

// ---- handles

static void conn_free(ObjHandle *h)
{
    TlsConn *c = h->data;
    if (!c)
        return;
    // Collected without tls_close: the SSL state goes, the fd stays open (it
    // is an Int the program may still hold; closing it here could close a
    // descriptor the number was reused for).
    if (c->ssl)
        ossl.SSL_free(c->ssl);
    free(c);
    h->data = NULL;
}

static void ctx_free(ObjHandle *h)
{
    if (h->data)
        ossl.SSL_CTX_free(h->data); // reference counted: live connections keep it
    h->data = NULL;
}

// The connection in args[i]; raises a type error or "closed" otherwise.
static TlsConn *arg_conn(VM *vm, const char *fn, Value *args, int i)
{
    Value v = args[i];
    if (!is_obj_type(v, OBJ_HANDLE) || ((ObjHandle *)AS_OBJ(v))->kind != CONN_KIND) {
        arg_error(vm, fn, args, i, "TLS connection");
        return NULL;
    }
    TlsConn *c = ((ObjHandle *)AS_OBJ(v))->data;
    if (!c || !c->ssl) {
        vm_error(vm, "%s: the TLS connection is closed", fn);
        return NULL;
    }
    return c;
}

static bool fd_is_open(int64_t fd)
{
    return fd >= 0 && fd <= INT32_MAX && fcntl((int)fd, F_GETFD) >= 0;
}

static bool wrap(VM *vm, const char *fn, SSL_CTX *ctx, int fd, bool server, const char *name,
                 Value *out)
{
    ossl.ERR_clear_error();
    SSL *ssl = ossl.SSL_new(ctx);
    if (!ssl || ossl.SSL_set_fd(ssl, fd) != 1) {
        char why[200];
        take_error(NULL, why, sizeof why, "out of memory");
        if (ssl)
            ossl.SSL_free(ssl);
        return vm_error(vm, "%s: %s", fn, why);
    }
    if (server) {
        ossl.SSL_set_accept_state(ssl);
    } else {
        ossl.SSL_set_connect_state(ssl);
        if (name && name[0]) {
            unsigned char ip[16];
            bool is_ip = inet_pton(AF_INET, name, ip) == 1 || inet_pton(AF_INET6, name, ip) == 1;
            X509_VERIFY_PARAM *param = ossl.SSL_get0_param(ssl);
            if (is_ip) { // no SNI for addresses (RFC 6066); match the IP SAN
                ossl.X509_VERIFY_PARAM_set1_ip_asc(param, name);
            } else {
                ossl.SSL_set_tlsext_host_name(ssl, name);
                ossl.X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
                ossl.SSL_set1_host(ssl, name);
            }
        }
    }
    // TLS writes a flight or a record per write (a session ticket after the
    // handshake, a small record after a large one): with Nagle's algorithm
    // each later one waits for the peer's delayed ACK, ~40 ms a handshake.
    // Python's asyncio turns it off too. Not a TCP socket: harmlessly fails.
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    TlsConn *c = fun_malloc(sizeof *c);
    memset(c, 0, sizeof *c);
    c->ssl = ssl;
    c->fd = fd;
    *out = OBJ_VAL(handle_new(vm, CONN_KIND, c, conn_free));
    return true;
}

// The String value of option key in m ("" when absent or nil).
static bool opt_string(VM *vm, const char *fn, ObjMap *m, const char *key, const char **out)
{
    *out = "";
    if (!m)
        return true;
    uint32_t h = str_hash_bytes(key, strlen(key));
    Value *v = tbl_get_cstr(&m->table, key, strlen(key), h ? h : 1);
    if (!v || IS_NIL(*v))
        return true;
    if (!IS_STRING(*v) || memchr(AS_CSTRING(*v), '\0', AS_STRING(*v)->len))
        return vm_type_error(vm, "%s: option %s must be a file name String, got %s", fn, key,
                             val_type_name(*v));
    *out = AS_CSTRING(*v);
    return true;
}

// tls_client(fd, server_name, options) -> a TLS connection over the connected
// fd (blocking or not). server_name: SNI and the name the certificate must
// match (nil or "": no SNI, no name check; an IP address is matched against
// the certificate's IP entries). options (nil or a Map): ca_file (trust only
// these CAs instead of the system store), cert_file / key_file (a client
// certificate), verify (false: no verification at all). Other keys are
// ignored, so callers may pass a larger options Map through.
static bool tls_client(VM *vm, int argc, Value *args, Value *out)
{
    int64_t fd;
    if (!dynlib_need(vm, &ossl_lib, "tls_client") || !arg_int(vm, "tls_client", args, 0, &fd))
        return false;
    const char *name = NULL;
    if (IS_STRING(args[1])) {
        if (memchr(AS_CSTRING(args[1]), '\0', AS_STRING(args[1])->len))
            return vm_error(vm, "tls_client: server_name contains a NUL byte");
        name = AS_CSTRING(args[1]);
    } else if (!IS_NIL(args[1])) {
        return arg_error(vm, "tls_client", args, 1, "String");
    }
    ObjMap *m = NULL;
    if (argc > 2 && !IS_NIL(args[2]) && !arg_map(vm, "tls_client", args, 2, &m))
        return false;
    const char *ca, *cert, *key;
    if (!opt_string(vm, "tls_client", m, "ca_file", &ca) ||
        !opt_string(vm, "tls_client", m, "cert_file", &cert) ||
        !opt_string(vm, "tls_client", m, "key_file", &key))
        return false;
    bool verify = true;
    if (m) {
        Value *v = tbl_get_cstr(&m->table, "verify", 6, str_hash_bytes("verify", 6) ? str_hash_bytes("verify", 6) : 1);
        if (v && !IS_NIL(*v)) {
            if (!IS_BOOL(*v) && !IS_INT(*v))
                return vm_type_error(vm, "tls_client: option verify must be a Boolean, got %s",
                                     val_type_name(*v));
            verify = val_truthy(*v);
        }
    }
    if (!fd_is_open(fd))
        return vm_error(vm, "tls_client: %lld is not an open fd", (long long)fd);
    char msg[512];
    SSL_CTX *ctx = client_ctx(ca, cert, key, verify, msg, sizeof msg);
    if (!ctx)
        return vm_error(vm, "tls_client: %s", msg);
    bool ok = wrap(vm, "tls_client", ctx, (int)fd, false, name, out);
    ossl.SSL_CTX_free(ctx); // the SSL holds its own reference
    return ok;
}

// tls_server_ctx(cert_file, key_file) -> a server context (PEM certificate
// chain and private key); a file that cannot be loaded raises an error.
static bool tls_server_ctx(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *cert, *key;
    if (!dynlib_need(vm, &ossl_lib, "tls_server_ctx") ||
        !arg_string(vm, "tls_server_ctx", args, 0, &cert) ||
        !arg_string(vm, "tls_server_ctx", args, 1, &key))
        return false;
    ossl.ERR_clear_error();
    SSL_CTX *ctx = new_ctx(ossl.TLS_server_method());
    char why[200];
    if (!ctx) {
        take_error(NULL, why, sizeof why, "cannot create a TLS context");
        return vm_error(vm, "tls_server_ctx: %s", why);
    }
    if (ossl.SSL_CTX_use_certificate_chain_file(ctx, cert->chars) != 1) {
        file_error(cert->chars, why, sizeof why);
        ossl.SSL_CTX_free(ctx);
        return vm_error(vm, "tls_server_ctx: cannot load certificate '%s': %s", cert->chars, why);
    }
    if (ossl.SSL_CTX_use_PrivateKey_file(ctx, key->chars, SSL_FILETYPE_PEM) != 1 ||
        ossl.SSL_CTX_check_private_key(ctx) != 1) {
        file_error(key->chars, why, sizeof why);
        ossl.SSL_CTX_free(ctx);
        return vm_error(vm, "tls_server_ctx: cannot load key '%s': %s", key->chars, why);
    }
    static const unsigned char sid[] = "fun";
    ossl.SSL_CTX_set_session_id_context(ctx, sid, sizeof sid - 1);
    *out = OBJ_VAL(handle_new(vm, CTX_KIND, ctx, ctx_free));
    return true;
}

// tls_server(ctx, fd) -> a TLS connection for an accepted fd (then tls_handshake)
static bool tls_server(VM *vm, int argc, Value *args, Value *out)
{
    Value v = args[0];
    if (!is_obj_type(v, OBJ_HANDLE) || ((ObjHandle *)AS_OBJ(v))->kind != CTX_KIND ||
        !((ObjHandle *)AS_OBJ(v))->data)
        return arg_error(vm, "tls_server", args, 0, "TLS context");
    int64_t fd;
    if (!arg_int(vm, "tls_server", args, 1, &fd))
        return false;
    if (!fd_is_open(fd))
        return vm_error(vm, "tls_server: %lld is not an open fd", (long long)fd);
    return wrap(vm, "tls_server", ((ObjHandle *)AS_OBJ(v))->data, (int)fd, true, NULL, out);
}

// Sorts out a failed SSL_* call: 0 when it must wait (want set), -1 on a
// real failure (err set; "unexpected eof while reading" for a plain close).
static int settle(TlsConn *c, int rc, const char *what)
{
    int e = ossl.SSL_get_error(c->ssl, rc);
    c->want = 0;
    if (e == SSL_ERROR_WANT_READ) {
        c->want = 'r';
        return 0;
    }
    if (e == SSL_ERROR_WANT_WRITE) {
        c->want = 'w';
        return 0;
    }
    if (e == SSL_ERROR_SYSCALL) {
        int err = errno;
        if (ossl.ERR_peek_error() != 0)
            take_error(c->ssl, c->err, sizeof c->err, what);
        else if (rc == 0 || err == 0)
            snprintf(c->err, sizeof c->err, "unexpected eof while reading");
        else
            lower_strerror(c->err, sizeof c->err, err);
        return -1;
    }
    if (e == SSL_ERROR_ZERO_RETURN) {
        snprintf(c->err, sizeof c->err, "connection closed");
        return -1;
    }
    take_error(c->ssl, c->err, sizeof c->err, what);
    return -1;
}

// tls_handshake(t) -> 1 done, 0 in progress (tls_want(t) says for what),
// -1 failed (tls_error(t) says why). On a blocking fd it runs to the end.
static bool tls_handshake(VM *vm, int argc, Value *args, Value *out)
{
    TlsConn *c = arg_conn(vm, "tls_handshake", args, 0);
    if (!c)
        return false;
    if (c->done || c->failed) {
        *out = INT_VAL(c->done ? 1 : -1);
        return true;
    }
    fflush(stdout);
    ossl.ERR_clear_error();
    c->err[0] = '\0';
    int rc = ossl.SSL_do_handshake(c->ssl);
    if (rc == 1) {
        c->done = true;
        c->want = 0;
        *out = INT_VAL(1);
        return true;
    }
    int r = settle(c, rc, "handshake failed");
    if (r < 0)
        c->failed = true;
    *out = INT_VAL(r);
    return true;
}

// tls_want(t) -> "r" or "w" while the last operation waits for the socket, else ""
static bool tls_want(VM *vm, int argc, Value *args, Value *out)
{
    TlsConn *c = arg_conn(vm, "tls_want", args, 0);
    if (!c)
        return false;
    *out = OBJ_VAL(str_new(vm, c->want == 'r' ? "r" : "w", c->want ? 1 : 0));
    return true;
}

// tls_error(t) -> OpenSSL's reason for the last failure on t ("" if none);
// a closed connection answers "" too, so it can be asked after tls_close.
static bool tls_error(VM *vm, int argc, Value *args, Value *out)
{
    Value v = args[0];
    if (!is_obj_type(v, OBJ_HANDLE) || ((ObjHandle *)AS_OBJ(v))->kind != CONN_KIND)
        return arg_error(vm, "tls_error", args, 0, "TLS connection");
    TlsConn *c = ((ObjHandle *)AS_OBJ(v))->data;
    *out = OBJ_VAL(str_from_cstr(vm, c ? c->err : ""));
    return true;
}

// send/recv run the handshake implicitly (as SSL_read/SSL_write do); after
// a failed handshake every later call fails, keeping its reason.
static bool failed_before(TlsConn *c)
{
    return c->failed;
}

// tls_send(t, data) -> bytes sent (maybe fewer than len(data)); 0 when nothing
// can be sent now (tls_want(t) says why) or data is ""; -1 on error. After 0,
// send the same bytes again once the fd is ready.
static bool tls_send(VM *vm, int argc, Value *args, Value *out)
{
    TlsConn *c = arg_conn(vm, "tls_send", args, 0);
    ObjString *s;
    if (!c || !arg_string(vm, "tls_send", args, 1, &s))
        return false;
    *out = INT_VAL(-1);
    if (failed_before(c))
        return true;
    c->err[0] = '\0';
    c->want = 0;
    if (s->len == 0) {
        *out = INT_VAL(0);
        return true;
    }
    fflush(stdout);
    ossl.ERR_clear_error();
    int n = ossl.SSL_write(c->ssl, s->chars, s->len > IO_MAX ? IO_MAX : (int)s->len);
    if (n > 0) {
        c->done = true;
        *out = INT_VAL(n);
        return true;
    }
    int r = settle(c, n, "write failed");
    if (r < 0 && !c->done)
        c->failed = true;
    *out = INT_VAL(r);
    return true;
}

// tls_recv(t, max) -> 1..max bytes; "" at the end of the stream (the peer's
// close_notify, or a plain close after the handshake, which tls_error then
// names "unexpected eof while reading"); nil when nothing is available yet
// (tls_want(t) is "r" or "w") or on error (tls_error(t) says which).
static bool tls_recv(VM *vm, int argc, Value *args, Value *out)
{
    TlsConn *c = arg_conn(vm, "tls_recv", args, 0);
    int64_t max;
    if (!c || !arg_int(vm, "tls_recv", args, 1, &max))
        return false;
    *out = NIL_VAL;
    if (failed_before(c))
        return true;
    c->err[0] = '\0';
    c->want = 0;
    size_t cap = max <= 0 ? RECV_DEFAULT : max > IO_MAX ? IO_MAX : (size_t)max;
    char small[16384];
    char *buf = cap <= sizeof small ? small : fun_malloc(cap);
    fflush(stdout);
    ossl.ERR_clear_error();
    int n = ossl.SSL_read(c->ssl, buf, (int)cap);
    if (n > 0) {
        c->done = true;
        *out = OBJ_VAL(str_new(vm, buf, (size_t)n));
    } else {
        int e = ossl.SSL_get_error(c->ssl, n);
        if (e == SSL_ERROR_ZERO_RETURN) {
            *out = OBJ_VAL(str_new(vm, "", 0));
        } else {
            bool was_done = c->done || ossl.SSL_is_init_finished(c->ssl);
            int r = settle(c, n, "read failed");
            if (r < 0 && was_done && !strcmp(c->err, "unexpected eof while reading"))
                *out = OBJ_VAL(str_new(vm, "", 0)); // a ragged close, as Python's default
            else if (r < 0 && !was_done)
                c->failed = true;
        }
    }
    if (buf != small)
        free(buf);
    return true;
}

// tls_close(t) -> 1, or 0 when already closed: sends close_notify (without
// waiting for the peer's), frees the TLS state and closes the fd.
static bool tls_close(VM *vm, int argc, Value *args, Value *out)
{
    Value v = args[0];
    if (!is_obj_type(v, OBJ_HANDLE) || ((ObjHandle *)AS_OBJ(v))->kind != CONN_KIND)
        return arg_error(vm, "tls_close", args, 0, "TLS connection");
    TlsConn *c = ((ObjHandle *)AS_OBJ(v))->data;
    *out = INT_VAL(0);
    if (!c || !c->ssl)
        return true;
    fflush(stdout);
    ossl.ERR_clear_error();
    if (c->done && !c->failed)
        ossl.SSL_shutdown(c->ssl);
    ossl.ERR_clear_error();
    ossl.SSL_free(c->ssl);
    c->ssl = NULL;
    c->want = 0;
    loop_fd_closing(c->fd);
    close(c->fd);
    *out = INT_VAL(1);
    return true;
}

// tls_fd(t) -> the socket fd under t (for await_read / await_write and poll sets)
static bool tls_fd(VM *vm, int argc, Value *args, Value *out)
{
    TlsConn *c = arg_conn(vm, "tls_fd", args, 0);
    if (!c)
        return false;
    *out = INT_VAL(c->fd);
    return true;
}

// tls_pending(t) -> decrypted bytes already buffered (readable without waiting)
static bool tls_pending(VM *vm, int argc, Value *args, Value *out)
{
    TlsConn *c = arg_conn(vm, "tls_pending", args, 0);
    if (!c)
        return false;
    *out = INT_VAL(ossl.SSL_pending(c->ssl));
    return true;
}

// tls_info(t) -> Map {version, cipher, peer_subject, peer_issuer, verified}
// of a connection whose handshake is done (version "" before that).
static bool tls_info(VM *vm, int argc, Value *args, Value *out)
{
    TlsConn *c = arg_conn(vm, "tls_info", args, 0);
    if (!c)
        return false;
    ObjMap *m = map_new(vm);
    vm_push_root(vm, OBJ_VAL(m));
    bool fin = c->done;
    map_set_cstr(vm, m, "version", OBJ_VAL(str_from_cstr(vm, fin ? ossl.SSL_get_version(c->ssl) : "")));
    const char *cipher = fin ? ossl.SSL_CIPHER_get_name(ossl.SSL_get_current_cipher(c->ssl)) : NULL;
    map_set_cstr(vm, m, "cipher", OBJ_VAL(str_from_cstr(vm, cipher ? cipher : "")));
    X509 *peer = fin ? ossl.SSL_get1_peer_certificate(c->ssl) : NULL;
    char subj[256] = "", iss[256] = "";
    if (peer) {
        ossl.X509_NAME_oneline(ossl.X509_get_subject_name(peer), subj, sizeof subj);
        ossl.X509_NAME_oneline(ossl.X509_get_issuer_name(peer), iss, sizeof iss);
        ossl.X509_free(peer);
    }
    map_set_cstr(vm, m, "peer_subject", OBJ_VAL(str_from_cstr(vm, subj)));
    map_set_cstr(vm, m, "peer_issuer", OBJ_VAL(str_from_cstr(vm, iss)));
    map_set_cstr(vm, m, "verified",
                 BOOL_VAL(peer && ossl.SSL_get_verify_result(c->ssl) == X509_V_OK &&
                          ossl.SSL_get_verify_mode(c->ssl) != SSL_VERIFY_NONE));
    vm_pop_root(vm);
    *out = OBJ_VAL(m);
    return true;
}

const NativeReg lib_tls_natives[] = {
    {"tls_client", tls_client, 2, 3},
    {"tls_server_ctx", tls_server_ctx, 2, 2},
    {"tls_server", tls_server, 2, 2},
    {"tls_handshake", tls_handshake, 1, 1},
    {"tls_want", tls_want, 1, 1},
    {"tls_error", tls_error, 1, 1},
    {"tls_send", tls_send, 2, 2},
    {"tls_recv", tls_recv, 2, 2},
    {"tls_close", tls_close, 1, 1},
    {"tls_fd", tls_fd, 1, 1},
    {"tls_pending", tls_pending, 1, 1},
    {"tls_info", tls_info, 1, 1},
    {NULL, NULL, 0, 0},
};

#else // not built: each name raises the "not built" error of D31

#define TLS_NAMES(X)                                                                               \
    X(tls_client) X(tls_server_ctx) X(tls_server) X(tls_handshake) X(tls_want) X(tls_error)       \
    X(tls_send) X(tls_recv) X(tls_close) X(tls_fd) X(tls_pending) X(tls_info)

#define X(name)                                                                                    \
    static bool nb_##name(VM *vm, int argc, Value *args, Value *out)                               \
    {                                                                                              \
        return vm_error(vm, #name ": optional extension not built into this interpreter");         \
    }
TLS_NAMES(X)
#undef X

const NativeReg lib_tls_natives[] = {
#define X(name) {#name, nb_##name, 0, -1},
    TLS_NAMES(X)
#undef X
    {NULL, NULL, 0, 0},
};

#endif
