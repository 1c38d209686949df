// SPDX-License-Identifier: MIT
// OS builtins: environment, arguments, files and directories, child processes.
// No builtin here ever runs a shell (rulings D29): commands are argv vectors.
#define _GNU_SOURCE // pipe2, environ
#include "lib.h"

#include "../memory.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

// ---------------------------------------------------------------------------
// Small helpers

static void array_put(VM *vm, ObjArray *a, Value v)
{
    vm_push_root(vm, v);
    array_push(vm, a, v);
    vm_pop_root(vm);
}

// A String argument that is handed to the OS as a C string: no NUL inside.
static bool arg_cstr(VM *vm, const char *fn, Value *args, int i, const char *what,
                     const char **out)
{
    ObjString *s;
    if (!arg_cstring(vm, fn, args, i, what, &s))
        return false;
    *out = s->chars;
    return true;
}

static bool arg_path(VM *vm, const char *fn, Value *args, int i, const char **out)
{
    return arg_cstr(vm, fn, args, i, "path", out);
}

static int close_noeintr(int fd)
{
    // Linux closes the descriptor even when close reports EINTR: never retry.
    return fd >= 0 ? close(fd) : 0;
}

// Moves a descriptor above 2 so that the child's dup2 onto 0/1/2 can never
// clobber another pipe end (possible when the interpreter runs with a
// standard descriptor closed).
static int lift_fd(int fd)
{
    if (fd < 0 || fd > 2) return fd;
    int nfd = fcntl(fd, F_DUPFD_CLOEXEC, 3);
    if (nfd < 0) return fd;
    close_noeintr(fd);
    return nfd;
}

static bool cloexec_pipe(int fds[2])
{
    if (pipe2(fds, O_CLOEXEC) != 0) return false;
    fds[0] = lift_fd(fds[0]);
    fds[1] = lift_fd(fds[1]);
    return true;
}

static bool write_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        p += w;
        n -= (size_t)w;
    }
    return true;
}

// ---------------------------------------------------------------------------
// Environment and program information

static bool os_env(VM *vm, int argc, Value *args, Value *out)
{
    const char *name;
    if (!arg_cstr(vm, "env", args, 0, "name", &name)) return false;
    const char *v = getenv(name);
    *out = OBJ_VAL(str_from_cstr(vm, v ? v : ""));
    return true;
}

static bool os_env_all(VM *vm, int argc, Value *args, Value *out)
{
    ObjMap *m = map_new(vm);
    vm_push_root(vm, OBJ_VAL(m));
    for (char **e = environ; e != NULL && *e != NULL; e++) {
        const char *eq = strchr(*e, '=');
        if (eq == NULL) continue;
        ObjString *k = str_new(vm, *e, (size_t)(eq - *e));
        vm_push_root(vm, OBJ_VAL(k));
        ObjString *v = str_from_cstr(vm, eq + 1);
        vm_push_root(vm, OBJ_VAL(v));
        tbl_set(vm, &m->table, k, OBJ_VAL(v));
        vm_pop_roots(vm, 2);
    }
    vm_pop_root(vm);
    *out = OBJ_VAL(m);
    return true;
}

// env_set(name, value): value nil removes the variable. Int 1/0.
static bool os_env_set(VM *vm, int argc, Value *args, Value *out)
{
    const char *name;
    if (!arg_cstr(vm, "env_set", args, 0, "name", &name)) return false;
    int rc;
    if (IS_NIL(args[1])) {
        rc = name[0] == '\0' || strchr(name, '=') ? -1 : unsetenv(name);
    } else {
        if (!IS_STRING(args[1])) return arg_error(vm, "env_set", args, 1, "String or Nil");
        const char *value;
        if (!arg_cstr(vm, "env_set", args, 1, "value", &value)) return false;
        rc = name[0] == '\0' || strchr(name, '=') ? -1 : setenv(name, value, 1);
    }
    *out = INT_VAL(rc == 0 ? 1 : 0);
    return true;
}

static bool os_fun_version(VM *vm, int argc, Value *args, Value *out)
{
    *out = OBJ_VAL(str_from_cstr(vm, FUN_VERSION));
    return true;
}

static bool os_argv(VM *vm, int argc, Value *args, Value *out)
{
    size_t n = vm->argc > 1 ? (size_t)vm->argc - 1 : 0;
    ObjArray *a = array_new(vm, n);
    vm_push_root(vm, OBJ_VAL(a));
    for (size_t i = 0; i < n; i++)
        array_put(vm, a, OBJ_VAL(str_from_cstr(vm, vm->argv[i + 1] ? vm->argv[i + 1] : "")));
    vm_pop_root(vm);
    *out = OBJ_VAL(a);
    return true;
}

static bool os_pid(VM *vm, int argc, Value *args, Value *out)
{
    *out = INT_VAL((int64_t)getpid());
    return true;
}

// ---------------------------------------------------------------------------
// Files

// read_file(path): the whole file as a binary-safe String, nil if unreadable.
static bool os_read_file(VM *vm, int argc, Value *args, Value *out)
{
    const char *path;
    if (!arg_path(vm, "read_file", args, 0, &path)) return false;
    int fd;
    do fd = open(path, O_RDONLY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        *out = NIL_VAL;
        return true;
    }
    StrBuf sb;
    sb_init(&sb);
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
        sb_reserve(&sb, (size_t)st.st_size + 1);
    bool ok = true;
    for (;;) {
        sb_reserve(&sb, 65536);
        ssize_t r = read(fd, sb.data + sb.len, sb.cap - sb.len);
        if (r < 0) {
            if (errno == EINTR) continue;
            ok = false; // e.g. EISDIR
            break;
        }
        if (r == 0) break;
        sb.len += (size_t)r;
    }
    close_noeintr(fd);
    if (!ok) {
        sb_free(&sb);
        *out = NIL_VAL;
        return true;
    }
    *out = OBJ_VAL(str_from_buf(vm, &sb));
    return true;
}

static bool write_common(VM *vm, const char *fn, Value *args, int flags, Value *out)
{
    const char *path;
    ObjString *data;
    if (!arg_path(vm, fn, args, 0, &path)) return false;
    if (!arg_string(vm, fn, args, 1, &data)) return false;
    int fd;
    do fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | flags, 0666);
    while (fd < 0 && errno == EINTR);
    bool ok = fd >= 0 && write_all(fd, data->chars, data->len);
    if (fd >= 0 && close_noeintr(fd) != 0 && errno != EINTR) ok = false;
    *out = INT_VAL(ok ? 1 : 0);
    return true;
}

static bool os_write_file(VM *vm, int argc, Value *args, Value *out)
{
    return write_common(vm, "write_file", args, O_TRUNC, out);
}

static bool os_append_file(VM *vm, int argc, Value *args, Value *out)
{
    return write_common(vm, "append_file", args, O_APPEND, out);
}

static bool os_file_exists(VM *vm, int argc, Value *args, Value *out)
{
    const char *path;
    if (!arg_path(vm, "file_exists", args, 0, &path)) return false;
    struct stat st;
    *out = BOOL_VAL(stat(path, &st) == 0);
    return true;
}

static bool os_is_dir(VM *vm, int argc, Value *args, Value *out)
{
    const char *path;
    if (!arg_path(vm, "is_dir", args, 0, &path)) return false;
    struct stat st;
    *out = BOOL_VAL(stat(path, &st) == 0 && S_ISDIR(st.st_mode));
    return true;
}

// file_size(path): byte size, -1 when missing or a directory.
static bool os_file_size(VM *vm, int argc, Value *args, Value *out)
{
    const char *path;
    if (!arg_path(vm, "file_size", args, 0, &path)) return false;
    struct stat st;
    bool ok = stat(path, &st) == 0 && !S_ISDIR(st.st_mode);
    *out = INT_VAL(ok ? (int64_t)st.st_size : -1);
    return true;
}

// fd_open_read(path) -> [fd, size] for a regular file opened read-only
// (close-on-exec; close it with sock_close), nil otherwise. The size comes
// from the open descriptor, so it matches what reading it gives even when
// the path is replaced meanwhile; servers stream such a file with
// sock_sendfile instead of reading it whole.
static bool os_fd_open_read(VM *vm, int argc, Value *args, Value *out)
{
    const char *path;
    if (!arg_path(vm, "fd_open_read", args, 0, &path)) return false;
    *out = NIL_VAL;
    int fd;
    do fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) return true;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close_noeintr(fd);
        return true;
    }
    ObjArray *a = array_new(vm, 2);
    array_push(vm, a, INT_VAL(fd));
    array_push(vm, a, INT_VAL((int64_t)st.st_size));
    *out = OBJ_VAL(a);
    return true;
}

static bool os_mkdir(VM *vm, int argc, Value *args, Value *out)
{
    const char *path;
    if (!arg_path(vm, "mkdir", args, 0, &path)) return false;
    *out = INT_VAL(mkdir(path, 0777) == 0 ? 1 : 0);
    return true;
}

// remove_file(path): a file, a symlink or an empty directory.
static bool os_remove_file(VM *vm, int argc, Value *args, Value *out)
{
    const char *path;
    if (!arg_path(vm, "remove_file", args, 0, &path)) return false;
    *out = INT_VAL(remove(path) == 0 ? 1 : 0);
    return true;
}

static bool os_rename_file(VM *vm, int argc, Value *args, Value *out)
{
    const char *from, *to;
    if (!arg_path(vm, "rename_file", args, 0, &from)) return false;
    if (!arg_path(vm, "rename_file", args, 1, &to)) return false;
    *out = INT_VAL(rename(from, to) == 0 ? 1 : 0);
    return true;
}

static bool os_realpath(VM *vm, int argc, Value *args, Value *out)
{
    const char *path;
    if (!arg_path(vm, "realpath", args, 0, &path)) return false;
    char *r = path[0] ? realpath(path, NULL) : NULL;
    if (r == NULL) {
        *out = NIL_VAL;
        return true;
    }
    ObjString *s = str_from_cstr(vm, r);
    free(r);
    *out = OBJ_VAL(s);
    return true;
}

static bool os_getcwd(VM *vm, int argc, Value *args, Value *out)
{
    size_t size = 256;
    for (;;) {
        char *buf = fun_malloc(size);
        if (getcwd(buf, size) != NULL) {
            ObjString *s = str_from_cstr(vm, buf);
            free(buf);
            *out = OBJ_VAL(s);
            return true;
        }
        free(buf);
        if (errno != ERANGE || size > (1u << 24)) {
            *out = NIL_VAL; // e.g. the working directory was removed
            return true;
        }
        size *= 2;
    }
}

static bool os_chdir(VM *vm, int argc, Value *args, Value *out)
{
    const char *path;
    if (!arg_path(vm, "chdir", args, 0, &path)) return false;
    *out = INT_VAL(chdir(path) == 0 ? 1 : 0);
    return true;
}

static int cmp_cstr(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

// os_list_dir(path): entry names sorted byte-wise, hidden ones included,
// without "." and ".."; [] when the directory cannot be opened.
static bool os_list_dir(VM *vm, int argc, Value *args, Value *out)
{
    const char *path;
    if (!arg_path(vm, "os_list_dir", args, 0, &path)) return false;
    char **names = NULL;
    size_t n = 0, cap = 0;
    DIR *d = opendir(path);
    if (d != NULL) {
        struct dirent *e;
        while ((e = readdir(d)) != NULL) {
            if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
            if (n == cap) {
                cap = GROW_CAP(cap);
                names = fun_realloc(names, cap * sizeof *names);
            }
            names[n] = fun_strdup(e->d_name);
            n++;
        }
        closedir(d);
    }
    if (n > 1) qsort(names, n, sizeof *names, cmp_cstr);
    ObjArray *a = array_new(vm, n);
    vm_push_root(vm, OBJ_VAL(a));
    for (size_t i = 0; i < n; i++) {
        array_put(vm, a, OBJ_VAL(str_from_cstr(vm, names[i])));
        free(names[i]);
    }
    free(names);
    vm_pop_root(vm);
    *out = OBJ_VAL(a);
    return true;
}

// ---------------------------------------------------------------------------
// Child processes (no shell)

// A NULL-terminated vector of malloc'ed strings.
typedef struct {
    char **items;
    size_t count;
    size_t cap;
} StrVec;

static void vec_push(StrVec *v, char *s)
{
    if (v->count + 2 > v->cap) {
        v->cap = GROW_CAP(v->cap);
        v->items = fun_realloc(v->items, v->cap * sizeof *v->items);
    }
    v->items[v->count++] = s;
    v->items[v->count] = NULL;
}

static void vec_free(StrVec *v)
{
    for (size_t i = 0; i < v->count; i++) free(v->items[i]);
    free(v->items);
    v->items = NULL;
    v->count = v->cap = 0;
}

static char *dup_bytes(const char *s, size_t n)
{
    char *p = fun_malloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

// Splits a command line into words: blanks separate, '...' is literal, "..."
// groups with \" and \\ escapes, a backslash outside quotes escapes the next
// byte. Nothing else is special (no globs, variables, pipes or redirections).
static bool split_command(VM *vm, const char *fn, ObjString *cmd, StrVec *argv)
{
    const char *p = cmd->chars, *end = cmd->chars + cmd->len;
    StrBuf w;
    sb_init(&w);
    while (p < end) {
        while (p < end && fun_is_space(*p)) p++;
        if (p == end) break;
        w.len = 0;
        while (p < end && !fun_is_space(*p)) {
            char c = *p++;
            if (c == '\'') {
                const char *q = memchr(p, '\'', (size_t)(end - p));
                if (q == NULL) goto unterminated;
                sb_append(&w, p, (size_t)(q - p));
                p = q + 1;
            } else if (c == '"') {
                for (;;) {
                    if (p == end) goto unterminated;
                    c = *p++;
                    if (c == '"') break;
                    if (c == '\\' && p < end && (*p == '"' || *p == '\\')) c = *p++;
                    sb_putc(&w, c);
                }
            } else if (c == '\\') {
                sb_putc(&w, p < end ? *p++ : '\\');
            } else {
                sb_putc(&w, c);
            }
        }
        vec_push(argv, dup_bytes(w.data ? w.data : "", w.len));
    }
    sb_free(&w);
    return true;
unterminated:
    sb_free(&w);
    return vm_error(vm, "%s: unterminated quote in command", fn);
}

// Turns the command argument (String or Array of Strings) into an argv vector.
static bool build_argv(VM *vm, const char *fn, Value cmd, StrVec *argv)
{
    if (IS_STRING(cmd)) {
        ObjString *s = AS_STRING(cmd);
        if (memchr(s->chars, '\0', s->len) != NULL)
            return vm_error(vm, "%s: command contains a NUL byte", fn);
        if (!split_command(vm, fn, s, argv)) return false;
    } else if (IS_ARRAY(cmd)) {
        ObjArray *a = AS_ARRAY(cmd);
        for (size_t i = 0; i < a->count; i++) {
            Value v = a->items[i];
            if (!IS_STRING(v))
                return vm_type_error(vm, "%s: command element %zu must be a String, got %s", fn,
                                     i + 1, val_type_name(v));
            ObjString *s = AS_STRING(v);
            if (memchr(s->chars, '\0', s->len) != NULL)
                return vm_error(vm, "%s: command contains a NUL byte", fn);
            vec_push(argv, dup_bytes(s->chars, s->len));
        }
    } else {
        Value tmp[1] = {cmd};
        return arg_error(vm, fn, tmp, 0, "String or Array");
    }
    if (argv->count == 0) return vm_error(vm, "%s: empty command", fn);
    return true;
}

typedef struct {
    bool has_stdin;
    const char *stdin_data;
    size_t stdin_len;
    bool capture_err;
    const char *cwd;
    int64_t timeout_ms; // <= 0: none
    bool has_timeout;
    StrVec envp; // full child environment; empty vector: inherit
    bool custom_env;
} ProcOpts;

static bool env_value_text(VM *vm, Value v, StrBuf *sb)
{
    if (IS_STRING(v)) {
        sb_append(sb, AS_STRING(v)->chars, AS_STRING(v)->len);
        return true;
    }
    return val_display(vm, sb, v);
}

// Builds the child's environment: the inherited one with the entries of env
// (a Map) replacing or (when nil) removing variables of the same name.
static bool build_env(VM *vm, const char *fn, ObjMap *env, StrVec *envp)
{
    TBL_FOREACH(&env->table, e)
    {
        ObjString *k = e->key;
        Value v = e->value;
        if (k->len == 0 || memchr(k->chars, '=', k->len) || memchr(k->chars, '\0', k->len))
            return vm_error(vm, "%s: invalid environment variable name '%s'", fn, k->chars);
        if (!IS_NIL(v) && !IS_STRING(v) && !IS_NUMBER(v) && !IS_BOOL(v))
            return vm_type_error(vm, "%s: env value for '%s' must be a String, got %s", fn,
                                 k->chars, val_type_name(v));
    }
    for (char **e = environ; e != NULL && *e != NULL; e++) {
        const char *eq = strchr(*e, '=');
        size_t n = eq ? (size_t)(eq - *e) : strlen(*e);
        uint32_t h = str_hash_bytes(*e, n);
        if (tbl_get_cstr(&env->table, *e, n, h ? h : 1) != NULL) continue;
        vec_push(envp, dup_bytes(*e, strlen(*e)));
    }
    TBL_FOREACH(&env->table, e)
    {
        if (IS_NIL(e->value)) continue;
        StrBuf sb;
        sb_init(&sb);
        sb_append(&sb, e->key->chars, e->key->len);
        sb_putc(&sb, '=');
        if (!env_value_text(vm, e->value, &sb)) {
            sb_free(&sb);
            return false;
        }
        if (memchr(sb.data, '\0', sb.len) != NULL) {
            sb_free(&sb);
            return vm_error(vm, "%s: env value for '%s' contains a NUL byte", fn, e->key->chars);
        }
        vec_push(envp, dup_bytes(sb.data, sb.len));
        sb_free(&sb);
    }
    return true;
}

static bool parse_opts(VM *vm, const char *fn, Value v, ProcOpts *o)
{
    if (IS_NIL(v)) return true;
    if (!IS_MAP(v)) {
        Value tmp[2] = {NIL_VAL, v};
        return arg_error(vm, fn, tmp, 1, "Map");
    }
    ObjMap *m = AS_MAP(v);
    TBL_FOREACH(&m->table, e)
    {
        const char *k = e->key->chars;
        Value x = e->value;
        if (strcmp(k, "stdin") == 0) {
            if (IS_NIL(x)) continue;
            if (!IS_STRING(x))
                return vm_type_error(vm, "%s: option 'stdin' must be a String, got %s", fn,
                                     val_type_name(x));
            o->has_stdin = true;
            o->stdin_data = AS_STRING(x)->chars;
            o->stdin_len = AS_STRING(x)->len;
        } else if (strcmp(k, "stderr") == 0) {
            o->capture_err = val_truthy(x);
        } else if (strcmp(k, "cwd") == 0) {
            if (IS_NIL(x)) continue;
            if (!IS_STRING(x))
                return vm_type_error(vm, "%s: option 'cwd' must be a String, got %s", fn,
                                     val_type_name(x));
            if (memchr(AS_STRING(x)->chars, '\0', AS_STRING(x)->len) != NULL)
                return vm_error(vm, "%s: path contains a NUL byte", fn);
            o->cwd = AS_STRING(x)->chars;
        } else if (strcmp(k, "timeout_ms") == 0) {
            if (IS_NIL(x)) continue;
            if (!IS_NUMBER(x))
                return vm_type_error(vm, "%s: option 'timeout_ms' must be a Number, got %s", fn,
                                     val_type_name(x));
            double d = AS_NUMBER(x);
            o->has_timeout = true;
            o->timeout_ms = d != d || d <= 0 ? 0 : d > 9e15 ? (int64_t)9e15 : (int64_t)d;
            if (o->timeout_ms == 0 && d > 0) o->timeout_ms = 1;
        } else if (strcmp(k, "env") == 0) {
            if (IS_NIL(x)) continue;
            if (!IS_MAP(x))
                return vm_type_error(vm, "%s: option 'env' must be a Map, got %s", fn,
                                     val_type_name(x));
            o->custom_env = true;
            if (!build_env(vm, fn, AS_MAP(x), &o->envp)) return false;
        } else {
            return vm_error(vm, "%s: unknown option '%s'", fn, k);
        }
    }
    return true;
}

// Candidate executable paths for argv[0]: itself if it has a '/', else each
// PATH directory (the child's PATH) joined with it.
static void exec_candidates(const char *name, char **envp, StrVec *out)
{
    if (strchr(name, '/') != NULL) {
        vec_push(out, dup_bytes(name, strlen(name)));
        return;
    }
    const char *path = NULL;
    if (envp != NULL) {
        for (char **e = envp; *e; e++)
            if (strncmp(*e, "PATH=", 5) == 0) path = *e + 5;
    } else {
        path = getenv("PATH");
    }
    if (path == NULL) path = "/usr/local/bin:/usr/bin:/bin";
    const char *p = path;
    for (;;) {
        const char *colon = strchr(p, ':');
        size_t n = colon ? (size_t)(colon - p) : strlen(p);
        StrBuf sb;
        sb_init(&sb);
        if (n == 0) sb_putc(&sb, '.');
        else sb_append(&sb, p, n);
        sb_putc(&sb, '/');
        sb_puts(&sb, name);
        vec_push(out, dup_bytes(sb.data, sb.len));
        sb_free(&sb);
        if (colon == NULL) break;
        p = colon + 1;
    }
}

typedef struct {
    int stage; // 1 = chdir, 2 = exec
    int err;
} ChildFail;

// Makes fd the child's standard descriptor target (clearing close-on-exec).
static void child_dup(int fd, int target)
{
    if (fd < 0) return;
    if (fd == target) fcntl(fd, F_SETFD, 0);
    else dup2(fd, target);
}

// Runs in the forked child: only async-signal-safe calls until exec.
static FUN_NORETURN void child_exec(int in_fd, int out_fd, int err_fd, int report_fd,
                                    const char *cwd, char **argv, char **envp, char **cands)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGPIPE, &sa, NULL); // the interpreter ignores it (D26); children must not
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    child_dup(in_fd, 0);
    child_dup(out_fd, 1);
    child_dup(err_fd, 2);
#ifdef SYS_close_range
    if (syscall(SYS_close_range, 3u, ~0u, 4u /* CLOSE_RANGE_CLOEXEC */) != 0)
#endif
    {
        long maxfd = sysconf(_SC_OPEN_MAX);
        if (maxfd < 0 || maxfd > 65536) maxfd = 65536;
        for (int fd = 3; fd < maxfd; fd++)
            if (fd != report_fd) fcntl(fd, F_SETFD, FD_CLOEXEC);
    }
    ChildFail f = {1, 0};
    if (cwd != NULL && chdir(cwd) != 0) {
        f.err = errno;
    } else {
        f.stage = 2;
        f.err = ENOENT;
        for (char **c = cands; *c; c++) {
            execve(*c, argv, envp);
            // keep the most telling error, as execvp does: EACCES beats ENOENT
            if (errno == EACCES) f.err = EACCES;
            else if (errno != ENOENT && errno != ENOTDIR && f.err != EACCES) f.err = errno;
        }
    }
    ssize_t w;
    do w = write(report_fd, &f, sizeof f);
    while (w < 0 && errno == EINTR);
    _exit(127);
}

typedef struct {
    pid_t pid;
    bool failed; // could not start (message in msg)
    char msg[512];
} Spawned;

static void ignore_sigpipe(void)
{
    // Writing to a child's closed stdin must not kill us (rulings D26).
    struct sigaction old;
    if (sigaction(SIGPIPE, NULL, &old) == 0 && old.sa_handler == SIG_DFL) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = SIG_IGN;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGPIPE, &sa, NULL);
    }
}

// Forks and execs argv with the given child descriptors (-1: inherit).
static void spawn(const char *fn, char **argv, const ProcOpts *o, int in_fd, int out_fd,
                  int err_fd, Spawned *sp)
{
    sp->pid = -1;
    sp->failed = false;
    char **envp = o->custom_env ? o->envp.items : environ;
    StrVec cands = {0};
    exec_candidates(argv[0], o->custom_env ? envp : NULL, &cands);
    int rep[2];
    if (!cloexec_pipe(rep)) {
        sp->failed = true;
        snprintf(sp->msg, sizeof sp->msg, "%s: cannot run '%s': %s", fn, argv[0], strerror(errno));
        vec_free(&cands);
        return;
    }
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid == 0)
        child_exec(in_fd, out_fd, err_fd, rep[1], o->cwd, argv, envp, cands.items);
    int fork_err = errno;
    close_noeintr(rep[1]);
    vec_free(&cands);
    if (pid < 0) {
        close_noeintr(rep[0]);
        sp->failed = true;
        snprintf(sp->msg, sizeof sp->msg, "%s: cannot run '%s': %s", fn, argv[0],
                 strerror(fork_err));
        return;
    }
    sp->pid = pid;
    ChildFail f;
    ssize_t r;
    do r = read(rep[0], &f, sizeof f);
    while (r < 0 && errno == EINTR);
    close_noeintr(rep[0]);
    if (r == (ssize_t)sizeof f) {
        sp->failed = true;
        if (f.stage == 1)
            snprintf(sp->msg, sizeof sp->msg, "%s: cannot change directory to '%s': %s", fn,
                     o->cwd, strerror(f.err));
        else
            snprintf(sp->msg, sizeof sp->msg, "%s: cannot run '%s': %s", fn, argv[0],
                     strerror(f.err));
    }
}

// Waits for pid (retrying on EINTR); returns the exit code, -1 if killed.
static int reap(pid_t pid)
{
    int status;
    pid_t r;
    do r = waitpid(pid, &status, 0);
    while (r < 0 && errno == EINTR);
    if (r < 0) return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static int64_t mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void set_nonblock(int fd)
{
    int fl = fcntl(fd, F_GETFL);
    if (fl >= 0) fcntl(fd, F_SETFL, fl | O_NONBLOCK);
}

typedef struct {
    int in_w, out_r, err_r; // parent ends, -1 when closed
    size_t in_off;
    StrBuf out, err;
    bool timed_out;
} ProcIO;

// Reads whatever is available on *fd into sb; closes it at EOF or error.
static void drain(int *fd, StrBuf *sb)
{
    for (;;) {
        sb_reserve(sb, 65536);
        ssize_t r = read(*fd, sb->data + sb->len, sb->cap - sb->len);
        if (r > 0) {
            sb->len += (size_t)r;
            continue;
        }
        if (r < 0 && errno == EINTR) continue;
        if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
        close_noeintr(*fd);
        *fd = -1;
        return;
    }
}

static void feed(ProcIO *io, const ProcOpts *o)
{
    while (io->in_off < o->stdin_len) {
        size_t n = o->stdin_len - io->in_off;
        ssize_t w = write(io->in_w, o->stdin_data + io->in_off, n > 65536 ? 65536 : n);
        if (w > 0) {
            io->in_off += (size_t)w;
            continue;
        }
        if (w < 0 && errno == EINTR) continue;
        if (w < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
        break; // EPIPE: the child does not read its input
    }
    close_noeintr(io->in_w);
    io->in_w = -1;
}

// Shuttles data between the parent and the child until both output pipes
// hit EOF (or the deadline passes: then the child is killed).
static void pump(ProcIO *io, const ProcOpts *o, pid_t pid, int64_t deadline)
{
    while (io->out_r >= 0 || io->err_r >= 0 || io->in_w >= 0) {
        struct pollfd p[3];
        int n = 0, iout = -1, ierr = -1, iin = -1;
        if (io->out_r >= 0) { iout = n; p[n].fd = io->out_r; p[n++].events = POLLIN; }
        if (io->err_r >= 0) { ierr = n; p[n].fd = io->err_r; p[n++].events = POLLIN; }
        if (io->in_w >= 0) { iin = n; p[n].fd = io->in_w; p[n++].events = POLLOUT; }
        int wait = -1;
        if (deadline >= 0) {
            int64_t left = deadline - mono_ms();
            if (left <= 0) {
                kill(pid, SIGKILL);
                io->timed_out = true;
                return;
            }
            wait = left > INT_MAX ? INT_MAX : (int)left;
        }
        int r = poll(p, (nfds_t)n, wait);
        if (r < 0) {
            if (errno == EINTR) continue;
            return;
        }
        if (iin >= 0 && p[iin].revents) feed(io, o);
        if (iout >= 0 && p[iout].revents) drain(&io->out_r, &io->out);
        if (ierr >= 0 && p[ierr].revents) drain(&io->err_r, &io->err);
    }
}

// Waits for the child until the deadline (then kills it); returns the code.
static int reap_until(pid_t pid, int64_t deadline, bool *timed_out)
{
    if (deadline >= 0 && !*timed_out) {
        long sleep_ns = 200000;
        for (;;) {
            int status;
            pid_t r = waitpid(pid, &status, WNOHANG);
            if (r == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
            if (r < 0 && errno != EINTR) return -1;
            if (mono_ms() >= deadline) {
                kill(pid, SIGKILL);
                *timed_out = true;
                break;
            }
            struct timespec ts = {0, sleep_ns};
            nanosleep(&ts, NULL);
            if (sleep_ns < 10000000) sleep_ns *= 2;
        }
    }
    int code = reap(pid);
    return *timed_out ? -1 : code;
}

static void opts_free(ProcOpts *o) { vec_free(&o->envp); }

static bool make_pipe(int fds[2], bool parent_reads)
{
    if (!cloexec_pipe(fds)) return false;
    set_nonblock(parent_reads ? fds[0] : fds[1]);
    return true;
}

static bool proc_result(VM *vm, ProcIO *io, const ProcOpts *o, int code, Value *out)
{
    ObjMap *m = map_new(vm);
    vm_push_root(vm, OBJ_VAL(m));
    map_set_static(vm, m, "out", OBJ_VAL(str_from_buf(vm, &io->out)));
    map_set_static(vm, m, "code", INT_VAL(code));
    if (o->capture_err) map_set_static(vm, m, "err", OBJ_VAL(str_from_buf(vm, &io->err)));
    else sb_free(&io->err);
    if (o->has_timeout) map_set_static(vm, m, "timed_out", BOOL_VAL(io->timed_out));
    vm_pop_root(vm);
    *out = OBJ_VAL(m);
    return true;
}

// proc_run(cmd [, opts]) -> {"out": String, "code": Int [, "err"] [, "timed_out"]}
static bool os_proc_run(VM *vm, int argc, Value *args, Value *out)
{
    StrVec av = {0};
    ProcOpts o;
    memset(&o, 0, sizeof o);
    if (!build_argv(vm, "proc_run", args[0], &av) ||
        !parse_opts(vm, "proc_run", argc > 1 ? args[1] : NIL_VAL, &o)) {
        vec_free(&av);
        opts_free(&o);
        return false;
    }
    ProcIO io;
    memset(&io, 0, sizeof io);
    io.in_w = io.out_r = io.err_r = -1;
    sb_init(&io.out);
    sb_init(&io.err);
    int pin[2] = {-1, -1}, pout[2] = {-1, -1}, perr[2] = {-1, -1};
    int code = -1;
    bool ok = make_pipe(pout, true) && (!o.has_stdin || make_pipe(pin, false)) &&
              (!o.capture_err || make_pipe(perr, true));
    Spawned sp = {.pid = -1, .failed = true};
    if (!ok) snprintf(sp.msg, sizeof sp.msg, "proc_run: cannot create pipe: %s", strerror(errno));
    else {
        if (o.has_stdin) ignore_sigpipe();
        spawn("proc_run", av.items, &o, pin[0], pout[1], perr[1], &sp);
    }
    close_noeintr(pin[0]);
    close_noeintr(pout[1]);
    close_noeintr(perr[1]);
    io.in_w = pin[1];
    io.out_r = pout[0];
    io.err_r = perr[0];
    if (!sp.failed) {
        int64_t deadline = o.has_timeout && o.timeout_ms > 0 ? mono_ms() + o.timeout_ms : -1;
        if (io.in_w >= 0 && o.stdin_len == 0) {
            close_noeintr(io.in_w);
            io.in_w = -1;
        }
        pump(&io, &o, sp.pid, deadline);
        code = reap_until(sp.pid, deadline, &io.timed_out);
    } else {
        if (sp.pid > 0) reap(sp.pid);
        if (o.capture_err) sb_puts(&io.err, sp.msg), sb_putc(&io.err, '\n');
        else fflush(stdout), fprintf(stderr, "%s\n", sp.msg);
    }
    close_noeintr(io.in_w);
    close_noeintr(io.out_r);
    close_noeintr(io.err_r);
    vec_free(&av);
    opts_free(&o);
    return proc_result(vm, &io, &o, code, out);
}

// system(cmd): runs cmd with inherited stdio; returns its exit status.
static bool os_system(VM *vm, int argc, Value *args, Value *out)
{
    StrVec av = {0};
    if (!build_argv(vm, "system", args[0], &av)) {
        vec_free(&av);
        return false;
    }
    ProcOpts o;
    memset(&o, 0, sizeof o);
    Spawned sp;
    spawn("system", av.items, &o, -1, -1, -1, &sp);
    int code = -1;
    if (sp.failed) {
        if (sp.pid > 0) reap(sp.pid);
        fflush(stdout);
        fprintf(stderr, "%s\n", sp.msg);
    } else {
        code = reap(sp.pid);
    }
    vec_free(&av);
    *out = INT_VAL(code);
    return true;
}

const NativeReg lib_os_natives[] = {
    {"env", os_env, 1, 1},
    {"env_get", os_env, 1, 1}, // documented by the reference, never built there (Q47)
    {"env_all", os_env_all, 0, 0},
    {"env_set", os_env_set, 2, 2},
    {"fun_version", os_fun_version, 0, 0},
    {"argv", os_argv, 0, 0},
    {"pid", os_pid, 0, 0},
    {"read_file", os_read_file, 1, 1},
    {"write_file", os_write_file, 2, 2},
    {"append_file", os_append_file, 2, 2},
    {"file_exists", os_file_exists, 1, 1},
    {"is_dir", os_is_dir, 1, 1},
    {"file_size", os_file_size, 1, 1},
    {"fd_open_read", os_fd_open_read, 1, 1},
    {"mkdir", os_mkdir, 1, 1},
    {"remove_file", os_remove_file, 1, 1},
    {"rename_file", os_rename_file, 2, 2},
    {"realpath", os_realpath, 1, 1},
    {"getcwd", os_getcwd, 0, 0},
    {"chdir", os_chdir, 1, 1},
    {"os_list_dir", os_list_dir, 1, 1},
    {"proc_run", os_proc_run, 1, 2},
    {"system", os_system, 1, 1},
    {NULL, NULL, 0, 0},
};
