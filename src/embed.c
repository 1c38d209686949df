// SPDX-License-Identifier: MIT
// The embedding API (include/fun.h) over the internal VM.
//
// Handles: the values the host holds live in one Fun Array stored in a
// global whose name no Fun program can write (it has a space in it), so the
// collector keeps them alive with no hook of its own; a FunValue is a slot
// number in that array, and released slots are reused.
//
// Natives: a builtin is a plain C function pointer (NativeFn) with no room for
// the host's own function and data, so each registration takes one of
// FUN_MAX_NATIVES fixed trampolines, which knows its slot in a process-wide
// table.
#include "../include/fun.h"

#include <pthread.h>
#include <stdarg.h>

#include "compiler.h"
#include "lib/lib.h"
#include "parser.h"
#include "session.h"

struct FunValue {
    FunVM *owner;
    size_t slot;
};

struct FunVM {
    VM *vm;
    size_t pin; // index of the global holding the handle Array
    size_t *free_slots;
    size_t nfree;
    size_t free_cap;
    bool failed;
    FunError err;
    char *err_text, *err_message, *err_file;
    char **names; // registered natives' names: ObjNative keeps the pointer
    size_t nnames;
    size_t names_cap;
};

static const char PIN_NAME[] = "embed handles";

// ---------------------------------------------------------------- handles

static ObjArray *pinned(const FunVM *f) { return AS_ARRAY(f->vm->globals[f->pin]); }

static Value value_of(const FunValue *h) { return pinned(h->owner)->items[h->slot]; }

static FunValue *handle_for(FunVM *f, Value v)
{
    FunValue *h = fun_malloc(sizeof *h);
    h->owner = f;
    if (f->nfree > 0) {
        h->slot = f->free_slots[--f->nfree];
        pinned(f)->items[h->slot] = v;
        return h;
    }
    vm_push_root(f->vm, v); // array_push may collect before v is stored
    ObjArray *a = pinned(f);
    array_push(f->vm, a, v);
    vm_pop_root(f->vm);
    h->slot = a->count - 1;
    return h;
}

void fun_release(FunVM *f, FunValue *h)
{
    if (!h)
        return;
    pinned(f)->items[h->slot] = NIL_VAL;
    if (f->nfree == f->free_cap) {
        f->free_cap = f->free_cap ? f->free_cap * 2 : 16;
        f->free_slots = fun_realloc(f->free_slots, sizeof(size_t) * f->free_cap);
    }
    f->free_slots[f->nfree++] = h->slot;
    free(h);
}

FunValue *fun_retain(FunVM *f, const FunValue *v) { return handle_for(f, value_of(v)); }

// ---------------------------------------------------------------- errors

static void clear_error(FunVM *f)
{
    free(f->err_text);
    free(f->err_message);
    free(f->err_file);
    f->err_text = f->err_message = f->err_file = NULL;
    f->failed = false;
}

// Finds "FILE:LINE: " or "FILE:LINE:COL: " in s: the location that both
// runtime reports and compile errors start with. File names may hold colons,
// so the first colon followed by digits and then ": " or ":DIGITS: " wins.
static bool split_location(const char *s, size_t *file_len, int *line, const char **rest)
{
    for (const char *p = strchr(s, ':'); p; p = strchr(p + 1, ':')) {
        const char *q = p + 1;
        if (*q < '0' || *q > '9')
            continue;
        long n = strtol(q, (char **)&q, 10);
        if (q[0] == ':' && q[1] >= '0' && q[1] <= '9') {
            q++;
            while (*q >= '0' && *q <= '9')
                q++;
        }
        if (q[0] == ':' && q[1] == ' ') {
            *file_len = (size_t)(p - s);
            *line = (int)n;
            *rest = q + 2;
            return true;
        }
    }
    return false;
}

// Records an error report: text is the whole report; its first line carries
// the location, after `prefix` ("Parse error " for compile errors).
static bool set_error(FunVM *f, const char *text, const char *prefix)
{
    clear_error(f);
    f->failed = true;
    f->err_text = fun_strdup(text);
    const char *first = f->err_text;
    size_t plen = strlen(prefix);
    if (plen && strncmp(first, prefix, plen) == 0)
        first += plen;
    size_t eol = strcspn(first, "\n");
    char *head = fun_strndup(first, eol);
    size_t file_len;
    int line = 0;
    const char *rest;
    if (split_location(head, &file_len, &line, &rest)) {
        f->err_file = fun_strndup(head, file_len);
        if (plen) {
            StrBuf sb;
            sb_init(&sb);
            sb_printf(&sb, "%.*s: %s", (int)plen - 1, prefix, rest); // "Parse error: ..."
            f->err_message = sb.data;
        } else {
            f->err_message = fun_strdup(rest);
        }
    } else {
        f->err_file = fun_strdup("");
        f->err_message = fun_strdup(head);
    }
    free(head);
    f->err = (FunError){f->err_message, f->err_file, line, f->err_text};
    return false;
}

// Takes the VM's pending error (as an uncaught error would print it) into
// fun_error() and clears it, so the VM can run again.
static bool take_vm_error(FunVM *f)
{
    VM *vm = f->vm;
    char *text = vm->error_trace;
    vm->error_trace = NULL;
    if (!text) { // raised outside any Fun frame: no trace was captured
        StrBuf sb;
        sb_init(&sb);
        Value err = vm->error;
        vm->has_error = false;
        if (!IS_STRING(err))
            sb_puts(&sb, "Uncaught: ");
        if (!val_display(vm, &sb, err))
            sb_puts(&sb, "<error while formatting the error>");
        text = sb.data ? sb.data : fun_strdup("error");
    }
    vm->has_error = false;
    vm->error = NIL_VAL;
    set_error(f, text, "");
    free(text);
    return false;
}

const FunError *fun_error(const FunVM *f) { return f->failed ? &f->err : NULL; }

bool fun_raise(FunVM *f, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return vm_error(f->vm, "%s", buf);
}

// ---------------------------------------------------------------- the VM

static char *no_args[] = {NULL};

FunVM *fun_vm_new(void)
{
    FunVM *f = fun_calloc(1, sizeof *f);
    VM *vm = vm_new();
    f->vm = vm;
    vm->host = f;
    vm->argc = 0;
    vm->argv = no_args;
    f->pin = vm_global_index(vm, vm_intern(vm, PIN_NAME, sizeof PIN_NAME - 1));
    vm->globals[f->pin] = OBJ_VAL(array_new(vm, 16));
    return f;
}

void fun_vm_free(FunVM *f)
{
    if (!f)
        return;
    vm_free(f->vm);
    for (size_t i = 0; i < f->nnames; i++)
        free(f->names[i]);
    free(f->names);
    clear_error(f);
    free(f->free_slots);
    free(f);
}

void fun_set_args(FunVM *f, int argc, char **argv)
{
    f->vm->argc = argc;
    f->vm->argv = argc > 0 ? argv : no_args;
}

bool fun_exited(const FunVM *f, int *code)
{
    if (f->vm->exiting && code)
        *code = f->vm->exit_code;
    return f->vm->exiting;
}

// ---------------------------------------------------------------- running

// Parses, compiles and runs one text against the VM's globals. A text that
// does not compile leaves nothing behind: the files it included count as not
// included, so fixing the text and running it again works (as in the REPL).
static bool run_source(FunVM *f, const char *path, const char *src, size_t len)
{
    VM *vm = f->vm;
    clear_error(f);
    if (vm->exiting)
        return set_error(f, "Runtime error: VM has exited", "");
    size_t nincluded = session_of(vm)->nincluded;
    Arena *arena = arena_new();
    ParseResult pr = parse_program(vm, arena, path, src, len);
    ObjClosure *main_fn = NULL;
    if (pr.status != PARSE_OK) {
        set_error(f, pr.error ? pr.error : "Parse error: incomplete input", "Parse error ");
    } else {
        char *err = NULL;
        main_fn = compile_program(vm, &pr.program, "<main>", NULL, &err);
        if (!main_fn)
            set_error(f, err ? err : "Parse error: compile error", "Parse error ");
        free(err);
    }
    parse_result_free(&pr);
    arena_free(arena);
    if (!main_fn) {
        Session *s = session_of(vm);
        while (s->nincluded > nincluded)
            free(s->included[--s->nincluded]);
        return false;
    }
    bool ok = vm_run_main(vm, main_fn);
    if (vm->exiting) {
        free(vm->error_trace);
        vm->error_trace = NULL;
        vm->has_error = false;
        return true;
    }
    return ok ? true : take_vm_error(f);
}

bool fun_run_string(FunVM *f, const char *name, const char *src, size_t len)
{
    if (len == (size_t)-1)
        len = strlen(src);
    // the parser wants a NUL after the text
    char *copy = fun_strndup(src, len);
    bool ok = run_source(f, name, copy, len);
    free(copy);
    return ok;
}

bool fun_run_file(FunVM *f, const char *path)
{
    size_t len;
    char *src = fun_read_file(path, &len);
    if (!src) {
        clear_error(f);
        StrBuf sb;
        sb_init(&sb);
        sb_printf(&sb, "Error: cannot read file: %s", path);
        set_error(f, sb.data, "");
        sb_free(&sb);
        return false;
    }
    bool ok = run_source(f, path, src, len);
    free(src);
    return ok;
}

// ---------------------------------------------------------------- natives

typedef struct {
    FunNative fn;
    void *data;
} HostNative;

static HostNative host_natives[FUN_MAX_NATIVES];
static int nhost_natives;
static pthread_mutex_t host_natives_lock = PTHREAD_MUTEX_INITIALIZER;

// Runs host native `id`: the arguments become handles for the call, the
// result handle becomes the return value, and all of them are released.
static bool call_host(int id, VM *vm, int argc, Value *args, Value *out)
{
    FunVM *f = vm->host;
    if (!f) // a thread's copy of the VM: the host's natives belong to the host's VM
        return vm_error(vm, "a host function cannot be called from a thread");
    HostNative h = host_natives[id];
    FunValue *small[8];
    FunValue **hargs = argc <= 8 ? small : fun_malloc(sizeof(FunValue *) * (size_t)argc);
    for (int i = 0; i < argc; i++)
        hargs[i] = handle_for(f, args[i]);
    FunValue *result = NULL;
    bool ok = h.fn(f, argc, hargs, &result, h.data);
    if (ok && result)
        *out = value_of(result);
    // releasing allocates nothing, so *out stays valid without a root
    fun_release(f, result);
    for (int i = 0; i < argc; i++)
        fun_release(f, hargs[i]);
    if (hargs != small)
        free(hargs);
    if (!ok && !vm->has_error)
        return vm_error(vm, "a host function failed without a message");
    return ok;
}

#define TRAMPOLINE(n) \
    static bool host_native_##n(VM *vm, int argc, Value *args, Value *out) \
    { \
        return call_host(n, vm, argc, args, out); \
    }
#define TRAMPOLINES(X) \
    X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) X(10) X(11) X(12) X(13) X(14) X(15) \
    X(16) X(17) X(18) X(19) X(20) X(21) X(22) X(23) X(24) X(25) X(26) X(27) X(28) X(29) \
    X(30) X(31) X(32) X(33) X(34) X(35) X(36) X(37) X(38) X(39) X(40) X(41) X(42) X(43) \
    X(44) X(45) X(46) X(47) X(48) X(49) X(50) X(51) X(52) X(53) X(54) X(55) X(56) X(57) \
    X(58) X(59) X(60) X(61) X(62) X(63)
TRAMPOLINES(TRAMPOLINE)
#define TRAMPOLINE_REF(n) host_native_##n,
static const NativeFn trampolines[FUN_MAX_NATIVES] = {TRAMPOLINES(TRAMPOLINE_REF)};

// The slot of (fn, data), reused when the pair was registered before (a host
// that makes many VMs registers the same natives in each); -1 when full.
static int host_native_slot(FunNative fn, void *data)
{
    pthread_mutex_lock(&host_natives_lock);
    int id = -1;
    for (int i = 0; i < nhost_natives && id < 0; i++)
        if (host_natives[i].fn == fn && host_natives[i].data == data)
            id = i;
    if (id < 0 && nhost_natives < FUN_MAX_NATIVES) {
        id = nhost_natives++;
        host_natives[id] = (HostNative){fn, data};
    }
    pthread_mutex_unlock(&host_natives_lock);
    return id;
}

bool fun_register(FunVM *f, const char *name, FunNative fn, int min_args, int max_args,
                  void *data)
{
    clear_error(f);
    int id = host_native_slot(fn, data);
    if (id < 0)
        return set_error(f, "Runtime error: too many host functions (FUN_MAX_NATIVES)", "");
    if (f->nnames == f->names_cap) {
        f->names_cap = f->names_cap ? f->names_cap * 2 : 8;
        f->names = fun_realloc(f->names, sizeof(char *) * f->names_cap);
    }
    char *copy = f->names[f->nnames++] = fun_strdup(name); // the ObjNative keeps the pointer
    NativeReg r = {copy, trampolines[id], min_args, max_args};
    lib_add_native(f->vm, &r);
    return true;
}

// ---------------------------------------------------------------- calls and globals

static bool find_global(const VM *vm, const char *name, size_t *out)
{
    size_t n = strlen(name);
    for (size_t i = 0; i < vm->nglobals; i++) {
        ObjString *g = vm->global_names[i];
        if (g && g->len == n && memcmp(g->chars, name, n) == 0) {
            *out = i;
            return true;
        }
    }
    return false;
}

FunValue *fun_get_global(FunVM *f, const char *name)
{
    size_t i;
    if (!find_global(f->vm, name, &i) || IS_NIL(f->vm->globals[i]))
        return NULL;
    return handle_for(f, f->vm->globals[i]);
}

void fun_set_global(FunVM *f, const char *name, FunValue *value)
{
    VM *vm = f->vm;
    size_t i = vm_global_index(vm, vm_intern(vm, name, strlen(name)));
    vm->globals[i] = value_of(value);
    // the compiler resolves a name to a builtin unless the program assigns it
    session_global(vm, i)->assigned = true;
}

bool fun_call(FunVM *f, FunValue *fn, int argc, FunValue **args, FunValue **result)
{
    VM *vm = f->vm;
    clear_error(f);
    if (vm->exiting)
        return set_error(f, "Runtime error: VM has exited", "");
    // the arguments stay alive through their handles while the call runs
    Value small[8];
    Value *argv = argc <= 8 ? small : fun_malloc(sizeof(Value) * (size_t)argc);
    for (int i = 0; i < argc; i++)
        argv[i] = value_of(args[i]);
    Value out = NIL_VAL;
    bool ok = vm_call(vm, value_of(fn), argc, argv, &out);
    if (argv != small)
        free(argv);
    if (vm->exiting)
        return set_error(f, "Runtime error: VM has exited", "");
    if (!ok)
        return take_vm_error(f);
    if (result)
        *result = handle_for(f, out);
    return true;
}

// ---------------------------------------------------------------- values

FunType fun_type(const FunValue *h)
{
    Value v = value_of(h);
    switch (v.type) {
    case VAL_NIL: return FUN_NIL;
    case VAL_BOOL: return FUN_BOOL;
    case VAL_INT: return FUN_INT;
    case VAL_FLOAT: return FUN_FLOAT;
    case VAL_OBJ: break;
    }
    switch (OBJ_TYPE(v)) {
    case OBJ_STRING: return FUN_STRING;
    case OBJ_ARRAY: return FUN_ARRAY;
    case OBJ_MAP: return FUN_MAP;
    case OBJ_CLOSURE: case OBJ_NATIVE: case OBJ_BOUND: case OBJ_CLASS: return FUN_FUNCTION;
    default: return FUN_OTHER;
    }
}

const char *fun_type_name(const FunValue *h) { return val_type_name(value_of(h)); }

FunValue *fun_nil(FunVM *f) { return handle_for(f, NIL_VAL); }
FunValue *fun_bool(FunVM *f, bool b) { return handle_for(f, BOOL_VAL(b)); }
FunValue *fun_int(FunVM *f, int64_t i) { return handle_for(f, INT_VAL(i)); }
FunValue *fun_float(FunVM *f, double d) { return handle_for(f, FLOAT_VAL(d)); }

FunValue *fun_string(FunVM *f, const char *s, size_t len)
{
    if (len == (size_t)-1)
        len = strlen(s);
    return handle_for(f, OBJ_VAL(str_new(f->vm, s, len)));
}

FunValue *fun_array(FunVM *f) { return handle_for(f, OBJ_VAL(array_new(f->vm, 0))); }
FunValue *fun_map(FunVM *f) { return handle_for(f, OBJ_VAL(map_new(f->vm))); }

bool fun_truthy(const FunValue *h) { return val_truthy(value_of(h)); }

bool fun_to_bool(const FunValue *h)
{
    Value v = value_of(h);
    return IS_BOOL(v) && AS_BOOL(v);
}

int64_t fun_to_int(const FunValue *h)
{
    Value v = value_of(h);
    return IS_INT(v) ? AS_INT(v) : 0;
}

double fun_to_float(const FunValue *h)
{
    Value v = value_of(h);
    return IS_NUMBER(v) ? AS_NUMBER(v) : 0.0;
}

const char *fun_to_string(const FunValue *h, size_t *len)
{
    Value v = value_of(h);
    if (!IS_STRING(v)) {
        if (len)
            *len = 0;
        return NULL;
    }
    if (len)
        *len = AS_STRING(v)->len;
    return AS_STRING(v)->chars;
}

char *fun_display(FunVM *f, const FunValue *h)
{
    clear_error(f);
    StrBuf sb;
    sb_init(&sb);
    if (!val_display(f->vm, &sb, value_of(h))) {
        sb_free(&sb);
        take_vm_error(f);
        return NULL;
    }
    sb_reserve(&sb, 1);
    sb.data[sb.len] = '\0';
    return sb.data;
}

size_t fun_length(const FunValue *h)
{
    Value v = value_of(h);
    if (IS_ARRAY(v))
        return AS_ARRAY(v)->count;
    if (IS_MAP(v))
        return AS_MAP(v)->table.live;
    if (IS_STRING(v))
        return AS_STRING(v)->len;
    return 0;
}

FunValue *fun_array_get(FunVM *f, const FunValue *array, int64_t i)
{
    Value v = value_of(array);
    size_t at;
    if (!IS_ARRAY(v) || !fun_norm_index(i, AS_ARRAY(v)->count, &at))
        return NULL;
    return handle_for(f, AS_ARRAY(v)->items[at]);
}

bool fun_array_push(FunVM *f, FunValue *array, FunValue *item)
{
    clear_error(f);
    Value a = value_of(array);
    if (!IS_ARRAY(a))
        return set_error(f, "Runtime type error: fun_array_push: not an Array", "");
    array_push(f->vm, AS_ARRAY(a), value_of(item));
    return true;
}

static Table *fields_of(Value v)
{
    if (IS_MAP(v))
        return &AS_MAP(v)->table;
    if (IS_INSTANCE(v))
        return &AS_INSTANCE(v)->fields;
    return NULL;
}

FunValue *fun_map_get(FunVM *f, const FunValue *map, const char *key)
{
    Table *t = fields_of(value_of(map));
    if (!t)
        return NULL;
    size_t n = strlen(key);
    uint32_t h = str_hash_bytes(key, n);
    Value *v = tbl_get_cstr(t, key, n, h ? h : 1); // the hash as str_hash stores it
    return v ? handle_for(f, *v) : NULL;
}

bool fun_map_set(FunVM *f, FunValue *map, const char *key, FunValue *value)
{
    clear_error(f);
    Table *t = fields_of(value_of(map));
    if (!t)
        return set_error(f, "Runtime type error: fun_map_set: not a Map", "");
    ObjString *k = str_new(f->vm, key, strlen(key));
    vm_push_root(f->vm, OBJ_VAL(k));
    tbl_set(f->vm, t, k, value_of(value));
    vm_pop_root(f->vm);
    return true;
}
