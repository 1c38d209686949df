// SPDX-License-Identifier: MIT
// SQLite through libsqlite3 (docs/sqlite.md):
// sqlite_open / sqlite_exec / sqlite_query / sqlite_close with the
// reference's handles and result shapes, plus bound parameters, the last
// error text, BLOBs as binary-safe Strings, changes and the last row id.
// Built only when the Makefile's probe finds libsqlite3 (FUN_HAVE_SQLITE);
// otherwise core.c's entries raise the "not built" error (docs/rulings.md
// D31). libsqlite3 is loaded by the first sqlite_open (dynload.h): every other
// call needs an open handle, so only sqlite_open checks.
#ifdef FUN_HAVE_SQLITE
#include <pthread.h>
#include <sqlite3.h>

#include "dynload.h"
#include "lib.h"

#define SQLITE_SYMS(X)                                                                     \
    X(sqlite3_bind_blob64) X(sqlite3_bind_double) X(sqlite3_bind_int) X(sqlite3_bind_int64)  \
    X(sqlite3_bind_null) X(sqlite3_bind_parameter_count) X(sqlite3_bind_parameter_name)      \
    X(sqlite3_bind_text64) X(sqlite3_changes64) X(sqlite3_clear_bindings) X(sqlite3_close)   \
    X(sqlite3_close_v2) X(sqlite3_column_blob) X(sqlite3_column_bytes)                       \
    X(sqlite3_column_count) X(sqlite3_column_double) X(sqlite3_column_int64)                 \
    X(sqlite3_column_name) X(sqlite3_column_text) X(sqlite3_column_type) X(sqlite3_errmsg)   \
    X(sqlite3_errstr) X(sqlite3_exec) X(sqlite3_extended_result_codes) X(sqlite3_finalize)   \
    X(sqlite3_free) X(sqlite3_last_insert_rowid) X(sqlite3_open_v2) X(sqlite3_prepare_v2)    \
    X(sqlite3_reset) X(sqlite3_step)
DYNLIB_DEFINE(sq, SQLITE_SYMS, "sqlite", "SQLITE", FUN_SQLITE_SONAME);

// Handles are small Ints 1, 2, 3, ... never reused, shared by every thread's
// VM (a connection opened in one thread may be used from another: SQLite's
// default threading mode serializes calls).
#define STMT_CACHE 16

// A prepared single statement kept for reuse, keyed by its exact SQL text
// (bound-parameter loops prepare once, as Python's sqlite3 does).
typedef struct {
    char *sql; // NULL: empty slot
    size_t len;
    sqlite3_stmt *st;
    uint64_t used; // for least-recently-used replacement
} CachedStmt;

typedef struct {
    pthread_mutex_t lock; // one call at a time per connection
    sqlite3 *db;          // NULL once closed
    char *errmsg;         // text of the last failure on this handle, or NULL
    CachedStmt cache[STMT_CACHE];
    uint64_t clock;
} Conn;

static pthread_mutex_t conns_lock = PTHREAD_MUTEX_INITIALIZER;
static Conn **conns; // by id - 1; a Conn is never freed (ids are never reused)
static size_t nconns, conns_cap;
static char *no_handle_msg; // last error of calls with a bad handle

// Looks up an open handle and locks it (conn_release unlocks). The reference
// reads the handle's integer payload, so Int and Bool work; anything else is
// a bad handle.
static Conn *conn_get(Value h)
{
    int64_t id;
    if (IS_INT(h))
        id = AS_INT(h);
    else if (IS_BOOL(h))
        id = AS_BOOL(h);
    else
        return NULL;
    Conn *c = NULL;
    pthread_mutex_lock(&conns_lock);
    if (id >= 1 && (uint64_t)id <= nconns)
        c = conns[id - 1];
    pthread_mutex_unlock(&conns_lock);
    if (!c)
        return NULL;
    pthread_mutex_lock(&c->lock);
    if (!c->db) {
        pthread_mutex_unlock(&c->lock);
        return NULL;
    }
    return c;
}

static void conn_release(Conn *c) { pthread_mutex_unlock(&c->lock); }

static void cache_clear(Conn *c)
{
    for (int i = 0; i < STMT_CACHE; i++) {
        if (c->cache[i].sql) {
            sq.sqlite3_finalize(c->cache[i].st);
            free(c->cache[i].sql);
            c->cache[i].sql = NULL;
        }
    }
}

// A cached statement for exactly this SQL, reset with no bindings, or NULL.
static sqlite3_stmt *cache_take(Conn *c, const char *sql, size_t len, int *slot)
{
    for (int i = 0; i < STMT_CACHE; i++) {
        CachedStmt *e = &c->cache[i];
        if (e->sql && e->len == len && memcmp(e->sql, sql, len) == 0) {
            e->used = ++c->clock;
            *slot = i;
            sq.sqlite3_reset(e->st);
            sq.sqlite3_clear_bindings(e->st);
            return e->st;
        }
    }
    *slot = -1;
    return NULL;
}

// Keeps st (prepared from the whole of sql) for reuse, replacing the least
// recently used entry when all are taken; the cache owns st from now on.
static void cache_put(Conn *c, const char *sql, size_t len, sqlite3_stmt *st)
{
    int victim = 0;
    for (int i = 0; i < STMT_CACHE; i++) {
        if (!c->cache[i].sql) {
            victim = i;
            break;
        }
        if (c->cache[i].used < c->cache[victim].used)
            victim = i;
    }
    CachedStmt *e = &c->cache[victim];
    if (e->sql) {
        sq.sqlite3_finalize(e->st);
        free(e->sql);
    }
    e->sql = fun_malloc(len + 1);
    if (!e->sql)
        fun_oom();
    memcpy(e->sql, sql, len);
    e->sql[len] = '\0';
    e->len = len;
    e->st = st;
    e->used = ++c->clock;
}

// Records the last failure (msg NULL: success). c is locked by the caller;
// NULL records a bad-handle failure.
static void set_error(Conn *c, const char *msg)
{
    if (!c)
        pthread_mutex_lock(&conns_lock);
    char **slot = c ? &c->errmsg : &no_handle_msg;
    free(*slot);
    *slot = msg ? fun_strdup(msg) : NULL;
    if (!c)
        pthread_mutex_unlock(&conns_lock);
}

// sqlite_open(path) -> handle, or 0 (the reason in sqlite_error(0)).
static bool sq_open(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *path;
    if (!dynlib_need(vm, &sq_lib, "sqlite_open") ||
        !arg_cstring(vm, "sqlite_open", args, 0, "path", &path))
        return false;
    sqlite3 *db = NULL;
    int rc = sq.sqlite3_open_v2(path->chars, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
    if (rc != SQLITE_OK) {
        set_error(NULL, db ? sq.sqlite3_errmsg(db) : sq.sqlite3_errstr(rc));
        sq.sqlite3_close(db);
        *out = INT_VAL(0);
        return true;
    }
    sq.sqlite3_extended_result_codes(db, 0);
    Conn *c = fun_calloc(1, sizeof(Conn));
    if (!c)
        fun_oom();
    pthread_mutex_init(&c->lock, NULL);
    c->db = db;
    pthread_mutex_lock(&conns_lock);
    if (nconns == conns_cap) {
        conns_cap = conns_cap ? conns_cap * 2 : 8;
        conns = fun_realloc(conns, sizeof(Conn *) * conns_cap);
        if (!conns)
            fun_oom();
    }
    conns[nconns++] = c;
    int64_t id = (int64_t)nconns;
    pthread_mutex_unlock(&conns_lock);
    *out = INT_VAL(id);
    return true;
}

// sqlite_close(h) -> nil, always.
static bool sq_close(VM *vm, int argc, Value *args, Value *out)
{
    Conn *c = conn_get(args[0]);
    if (c) {
        cache_clear(c);
        sq.sqlite3_close_v2(c->db);
        c->db = NULL;
        free(c->errmsg);
        c->errmsg = NULL;
        conn_release(c);
    }
    *out = NIL_VAL;
    return true;
}

// sqlite_exec(h, sql) -> SQLite result code of running every statement:
// 0 OK, 1 error, 19 constraint, 21 bad or closed handle...
static bool sq_exec(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *sql;
    if (!arg_string(vm, "sqlite_exec", args, 1, &sql))
        return false;
    Conn *c = conn_get(args[0]);
    if (!c) {
        set_error(NULL, "bad or closed handle");
        *out = INT_VAL(SQLITE_MISUSE);
        return true;
    }
    char *err = NULL;
    int rc = sq.sqlite3_exec(c->db, sql->chars, NULL, NULL, &err);
    set_error(c, rc == SQLITE_OK ? NULL : err ? err : sq.sqlite3_errmsg(c->db));
    sq.sqlite3_free(err);
    conn_release(c);
    *out = INT_VAL(rc & 0xff);
    return true;
}

static Value column_value(VM *vm, sqlite3_stmt *st, int i)
{
    switch (sq.sqlite3_column_type(st, i)) {
    case SQLITE_INTEGER: return INT_VAL(sq.sqlite3_column_int64(st, i));
    case SQLITE_FLOAT: return FLOAT_VAL(sq.sqlite3_column_double(st, i));
    case SQLITE_TEXT: {
        const unsigned char *t = sq.sqlite3_column_text(st, i);
        return str_val(vm, (const char *)t, (size_t)sq.sqlite3_column_bytes(st, i));
    }
    case SQLITE_BLOB: {
        const void *b = sq.sqlite3_column_blob(st, i);
        size_t n = (size_t)sq.sqlite3_column_bytes(st, i);
        return str_val(vm, b ? (const char *)b : "", n);
    }
    default: return NIL_VAL;
    }
}

// Binds one Fun value: nil NULL, Bool 1/0, Int, Float, String as TEXT (its
// bytes, NULs included), {"blob": String} as a BLOB.
static bool bind_value(VM *vm, sqlite3_stmt *st, int idx, Value v, const char **why)
{
    int rc;
    if (IS_NIL(v))
        rc = sq.sqlite3_bind_null(st, idx);
    else if (IS_BOOL(v))
        rc = sq.sqlite3_bind_int(st, idx, AS_BOOL(v) ? 1 : 0);
    else if (IS_INT(v))
        rc = sq.sqlite3_bind_int64(st, idx, AS_INT(v));
    else if (IS_FLOAT(v))
        rc = sq.sqlite3_bind_double(st, idx, AS_FLOAT(v));
    else if (IS_STRING(v))
        rc = sq.sqlite3_bind_text64(st, idx, AS_STRING(v)->chars, AS_STRING(v)->len, SQLITE_TRANSIENT,
                                 SQLITE_UTF8);
    else if (IS_MAP(v) && AS_MAP(v)->table.live == 1) {
        Value *b = tbl_get(&AS_MAP(v)->table, vm_intern(vm, "blob", 4));
        if (!b || !IS_STRING(*b)) {
            *why = "a Map parameter must be {\"blob\": String}";
            return false;
        }
        rc = sq.sqlite3_bind_blob64(st, idx, AS_STRING(*b)->chars, AS_STRING(*b)->len, SQLITE_TRANSIENT);
    } else {
        *why = "a parameter must be nil, a Bool, an Int, a Float, a String or {\"blob\": String}";
        return false;
    }
    if (rc != SQLITE_OK) {
        *why = sq.sqlite3_errstr(rc);
        return false;
    }
    return true;
}

// Binds the statement's parameters from params (Array: positional, taken
// from *next on; Map: by name without its :, @ or $).
static bool bind_params(VM *vm, sqlite3_stmt *st, Value params, size_t *next, const char **why)
{
    int n = sq.sqlite3_bind_parameter_count(st);
    for (int i = 1; i <= n; i++) {
        Value v;
        if (IS_ARRAY(params)) {
            ObjArray *a = AS_ARRAY(params);
            if (*next >= a->count) {
                *why = "fewer parameters than placeholders";
                return false;
            }
            v = a->items[(*next)++];
        } else if (IS_MAP(params)) {
            const char *name = sq.sqlite3_bind_parameter_name(st, i);
            if (!name) {
                *why = "a Map of parameters needs named placeholders (:name)";
                return false;
            }
            name++; // skip the prefix character
            ObjString *key = vm_intern(vm, name, strlen(name));
            Value *found = tbl_get(&AS_MAP(params)->table, key);
            if (!found) {
                *why = "a named placeholder has no value in the Map";
                return false;
            }
            v = *found;
        } else {
            *why = "the statement has placeholders but no parameters were given";
            return false;
        }
        if (!bind_value(vm, st, i, v, why))
            return false;
    }
    return true;
}

// sqlite_query(h, sql, params) -> Array of row Maps (columns in order), or
// nil on failure with the reason in sqlite_error(h). Every statement runs,
// in order, Array parameters consumed left to right; the rows returned are
// those of the last statement that has result columns.
static bool sq_query(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *sql;
    if (!arg_string(vm, "sqlite_query", args, 1, &sql))
        return false;
    Value params = argc > 2 ? args[2] : NIL_VAL;
    if (!IS_NIL(params) && !IS_ARRAY(params) && !IS_MAP(params))
        return arg_error(vm, "sqlite_query", args, 2, "Array or Map");
    Conn *c = conn_get(args[0]);
    *out = NIL_VAL;
    if (!c) {
        set_error(NULL, "bad or closed handle");
        return true;
    }
    ObjArray *rows = array_new(vm, 0);
    vm_push_root(vm, OBJ_VAL(rows));
    const char *tail = sql->chars, *end = sql->chars + sql->len;
    size_t next = 0;
    const char *why = NULL;
    char *owned = NULL; // a copy of sqlite3_errmsg, which later calls overwrite
    bool ok = true;
    while (ok && tail < end) {
        sqlite3_stmt *st = NULL;
        const char *rest = NULL;
        int slot = -1;
        bool whole = tail == sql->chars;
        if (whole)
            st = cache_take(c, sql->chars, sql->len, &slot);
        if (st) {
            rest = end;
        } else if (sq.sqlite3_prepare_v2(c->db, tail, (int)(end - tail), &st, &rest) != SQLITE_OK) {
            why = owned = fun_strdup(sq.sqlite3_errmsg(c->db));
            ok = false;
            break;
        }
        tail = rest;
        if (!st) // whitespace or a comment
            continue;
        // a statement that is the whole text is kept for the next call
        if (slot < 0 && whole) {
            const char *q = rest;
            while (q < end && (*q == ' ' || *q == '\n' || *q == '\t' || *q == '\r' || *q == ';'))
                q++;
            if (q == end) {
                cache_put(c, sql->chars, sql->len, st);
                slot = 1;
                tail = end;
            }
        }
        if (!bind_params(vm, st, params, &next, &why)) {
            if (slot < 0)
                sq.sqlite3_finalize(st);
            else
                sq.sqlite3_clear_bindings(st);
            ok = false;
            break;
        }
        // the first step may re-prepare after a schema change: the columns
        // are read after it
        int rc = sq.sqlite3_step(st);
        int ncols = sq.sqlite3_column_count(st);
        ObjString **names = NULL;
        if (ncols > 0) {
            rows->count = 0; // only the last row-returning statement counts
            names = fun_malloc(sizeof(ObjString *) * (size_t)ncols);
            if (!names)
                fun_oom();
            for (int i = 0; i < ncols; i++) {
                const char *nm = sq.sqlite3_column_name(st, i);
                names[i] = str_from_cstr(vm, nm ? nm : "");
                vm_push_root(vm, OBJ_VAL(names[i]));
            }
        }
        for (; rc == SQLITE_ROW; rc = sq.sqlite3_step(st)) {
            ObjMap *row = map_new(vm);
            array_push(vm, rows, OBJ_VAL(row));
            for (int i = 0; i < ncols; i++) {
                Value v = column_value(vm, st, i);
                vm_push_root(vm, v);
                tbl_set(vm, &row->table, names[i], v);
                vm_pop_root(vm);
            }
        }
        if (rc != SQLITE_DONE) {
            why = owned = fun_strdup(sq.sqlite3_errmsg(c->db));
            ok = false;
        }
        if (ncols > 0) {
            vm_pop_roots(vm, (size_t)ncols);
            free(names);
        }
        if (slot < 0) {
            sq.sqlite3_finalize(st);
        } else {
            sq.sqlite3_reset(st); // ends the statement (and its read lock) now
            sq.sqlite3_clear_bindings(st);
        }
    }
    if (ok && IS_ARRAY(params) && next < AS_ARRAY(params)->count) {
        why = "more parameters than placeholders";
        ok = false;
    }
    vm_pop_root(vm);
    set_error(c, ok ? NULL : why);
    free(owned);
    conn_release(c);
    if (ok)
        *out = OBJ_VAL(rows);
    return true;
}

// sqlite_error(h) -> text of the last failure on h ("" after a success);
// for a bad handle (0 from sqlite_open included) the last bad-handle failure.
static bool sq_error(VM *vm, int argc, Value *args, Value *out)
{
    Conn *c = conn_get(args[0]);
    if (!c)
        pthread_mutex_lock(&conns_lock);
    const char *m = c ? c->errmsg : no_handle_msg;
    char *copy = m ? fun_strdup(m) : NULL;
    if (c)
        conn_release(c);
    else
        pthread_mutex_unlock(&conns_lock);
    *out = OBJ_VAL(str_from_cstr(vm, copy ? copy : ""));
    free(copy);
    return true;
}

// sqlite_changes(h) -> rows changed by the last INSERT/UPDATE/DELETE, -1 bad handle.
static bool sq_changes(VM *vm, int argc, Value *args, Value *out)
{
    Conn *c = conn_get(args[0]);
    *out = INT_VAL(c ? (int64_t)sq.sqlite3_changes64(c->db) : -1);
    if (c)
        conn_release(c);
    return true;
}

// sqlite_last_id(h) -> rowid of the last successful INSERT (0 none), -1 bad handle.
static bool sq_last_id(VM *vm, int argc, Value *args, Value *out)
{
    Conn *c = conn_get(args[0]);
    *out = INT_VAL(c ? (int64_t)sq.sqlite3_last_insert_rowid(c->db) : -1);
    if (c)
        conn_release(c);
    return true;
}

const NativeReg lib_sqlite_natives[] = {
    {"sqlite_open", sq_open, 1, 1},
    {"sqlite_close", sq_close, 1, 1},
    {"sqlite_exec", sq_exec, 2, 2},
    {"sqlite_query", sq_query, 2, 3},
    {"sqlite_error", sq_error, 1, 1},
    {"sqlite_changes", sq_changes, 1, 1},
    {"sqlite_last_id", sq_last_id, 1, 1},
    {NULL, NULL, 0, 0},
};

#else // not built: core.c's entries raise the "not built" error

#include "lib.h"

const NativeReg lib_sqlite_natives[] = {
    {NULL, NULL, 0, 0},
};

#endif
