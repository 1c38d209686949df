// SPDX-License-Identifier: MIT
// The virtual machine: calls, errors and unwinding, and the dispatch loop.
#include "vm.h"

#include <math.h>
#include <stdarg.h>

#include "debug.h"
#include "decltype.h"
#include "gc.h"
#include "lib/lib.h"
#include "memory.h"
#include "opcodes.h"
#include "sched.h"
#include "session.h"

#define REENTRY_LIMIT 2500
#define DEFAULT_MAX_FRAMES 250000

// Values in stack and local slots, fields and elements are copied field by
// field (STORE, PUSH), never by a 16-byte struct copy. The Int and Float fast
// paths rewrite only a slot's payload in place, so a slot's bytes often come
// from two stores; a 16-byte load of such a slot cannot be forwarded from the
// store buffer and waits for both stores to reach the cache (about 15 cycles,
// on nearly every GET_LOCAL, SET_LOCAL and ADD of a value just computed).
// Separate loads of the type and the payload forward from either store.
// (bench/loop: 0.21 s -> 0.12 s; method_call, whose SET_FIELD copied a value
// just computed: 0.25 s -> 0.14 s.)
#define STORE(dst, v)                                                                              \
    do {                                                                                           \
        Value v_ = (v), *d_ = &(dst);                                                              \
        d_->type = v_.type;                                                                        \
        d_->as.i = v_.as.i;                                                                        \
    } while (0)

volatile sig_atomic_t vm_interrupt_requested;

// Checked on loop back-edges and calls. Fuzzing builds (-DFUN_FUZZ) also count
// down vm->fuel there, so any program stops after a bounded amount of work.
// Only the VM of the main program watches the flag (vm->watches_interrupt):
// a thread's VM never reads or clears it, so Ctrl-C reaches the main program.
#ifdef FUN_FUZZ
#define INTERRUPT_PENDING() ((vm->watches_interrupt && vm_interrupt_requested) || --vm->fuel < 0)
#else
#define INTERRUPT_PENDING() (vm->watches_interrupt && vm_interrupt_requested)
#endif

const char *const op_names[] = {
#define X(name, fmt, eff, doc) #name,
    FUN_OPCODES(X)
#undef X
};

bool vm_take_interrupt(VM *vm)
{
    if (!vm->watches_interrupt || !vm_interrupt_requested)
        return false;
    vm_interrupt_requested = 0;
    return true;
}

// ---------------------------------------------------------------- setup

static void fiber_init(Fiber *fb)
{
    memset(fb, 0, sizeof *fb);
    fb->task = NIL_VAL;
    fb->wait_value = NIL_VAL;
    fb->wait_deadline = -1;
}

// The constructor driver's code: CONSTRUCT_STEP either calls the next step
// (its result is popped when it returns) or returns the instance.
static void make_ctor_driver(VM *vm)
{
    ObjProto *p = proto_new(vm);
    vm_push_root(vm, OBJ_VAL(p));
    p->code = ALLOCATE(vm, uint32_t, 3);
    p->code[0] = OP_CONSTRUCT_STEP;
    p->code[1] = OP_POP;
    p->code[2] = (uint32_t)OP_JUMP | ((uint32_t)(-3 & 0xffffff) << 8);
    p->code_len = 3;
    p->nslots = 4;
    p->maxstack = 4;
    p->name = vm_intern(vm, "constructor", 11);
    vm->ctor_closure = closure_new(vm, p);
    vm_pop_root(vm);
    vm->str_construct = vm_intern(vm, "_construct", 10);
}

VM *vm_new(void)
{
    VM *vm = fun_calloc(1, sizeof(VM));
    vm->fiber = &vm->main_fiber;
    fiber_init(vm->fiber);
    vm->next_gc = 8u << 20;
    tbl_init(&vm->builtins);
    tbl_init(&vm->strings);
    vm->error = NIL_VAL;
    vm->max_frames = DEFAULT_MAX_FRAMES;
    vm->fuel = INT64_MAX;
    const char *mf = getenv("FUN_MAX_DEPTH");
    if (mf && atol(mf) > 0)
        vm->max_frames = (size_t)atol(mf);
#ifdef FUN_STRESS_GC
    vm->gc_stress = 1;
#endif
    const char *st = getenv("FUN_GC_STRESS");
    if (st)
        vm->gc_stress = atoi(st);
    vm->gc_countdown = vm->gc_stress;
    vm->switch_value = NIL_VAL;
    vm->apply_fn = NIL_VAL;
    vm->apply_args = NIL_VAL;
    // initial stack
    Fiber *fb = vm->fiber;
    fb->stack_cap = 1024;
    fb->stack = ALLOCATE(vm, Value, fb->stack_cap);
    fb->top = fb->stack;
    fb->frame_cap = 64;
    fb->frames = ALLOCATE(vm, CallFrame, fb->frame_cap);
    fb->status = FIBER_RUNNING;
    fb->started = true;
    make_ctor_driver(vm);
    lib_open_all(vm);
    return vm;
}

void vm_free(VM *vm)
{
    sched_free(vm);
    lib_async_vm_closing(vm);
    gc_free_all(vm);
    Fiber *fb = &vm->main_fiber;
    FREE_ARRAY(vm, Value, fb->stack, fb->stack_cap);
    FREE_ARRAY(vm, CallFrame, fb->frames, fb->frame_cap);
    FREE_ARRAY(vm, Handler, fb->handlers, fb->handler_cap);
    FREE_ARRAY(vm, Value, vm->globals, vm->globals_cap);
    FREE_ARRAY(vm, ObjString *, vm->global_names, vm->globals_cap);
    tbl_free(vm, &vm->builtins);
    tbl_free(vm, &vm->strings);
    for (size_t i = 0; i < sizeof vm->shapes / sizeof vm->shapes[0]; i++)
        tbl_free(vm, &vm->shapes[i].table);
    free(vm->natives);
    free(vm->roots);
    free(vm->gray);
    free(vm->error_trace);
    for (size_t i = 0; i < vm->nfiles; i++) {
        free(vm->files[i].path);
        free(vm->files[i].display);
    }
    free(vm->files);
    session_free(vm->session);
    mem_free_pools(vm);
    free(vm);
}

void vm_grow_roots(VM *vm)
{
    vm->root_cap = vm->root_cap ? vm->root_cap * 2 : 64;
    vm->roots = fun_realloc(vm->roots, sizeof(Value) * vm->root_cap);
}

ObjString *vm_intern(VM *vm, const char *chars, size_t len)
{
    uint32_t h = str_hash_bytes(chars, len);
    if (!h)
        h = 1;
    Value *v = tbl_get_cstr(&vm->strings, chars, len, h);
    if (v)
        return AS_STRING(*v);
    ObjString *s = str_new(vm, chars, len);
    s->hash = h;
    s->interned = true;
    vm_push_root(vm, OBJ_VAL(s));
    tbl_set(vm, &vm->strings, s, OBJ_VAL(s));
    vm_pop_root(vm);
    return s;
}

ObjString *vm_intern_static_slow(VM *vm, const char *chars, struct CStrCached *way)
{
    // keyed by address alone: static storage holds the same bytes for the
    // life of the process. Interned Strings live as long as the VM (the
    // collector marks vm->strings), so a cached one stays valid.
    if (way[1].chars == chars) {
        // most recent first: the next lookup of it stops at way 0
        struct CStrCached hit = way[1];
        way[1] = way[0];
        way[0] = hit;
        return hit.str;
    }
    ObjString *s = vm_intern(vm, chars, strlen(chars));
    way[1] = way[0];
    way[0].chars = chars;
    way[0].str = s;
    return s;
}

size_t vm_global_index(VM *vm, ObjString *name)
{
    // globals are looked up through the interned-name table: value = index
    for (size_t i = 0; i < vm->nglobals; i++) {
        if (vm->global_names[i] == name)
            return i;
    }
    if (vm->nglobals == vm->globals_cap) {
        size_t cap = vm->globals_cap ? vm->globals_cap * 2 : 256;
        vm->globals = GROW_ARRAY(vm, Value, vm->globals, vm->globals_cap, cap);
        vm->global_names = GROW_ARRAY(vm, ObjString *, vm->global_names, vm->globals_cap, cap);
        for (size_t i = vm->globals_cap; i < cap; i++) {
            vm->globals[i] = NIL_VAL;
            vm->global_names[i] = NULL;
        }
        vm->globals_cap = cap;
    }
    vm->global_names[vm->nglobals] = name;
    vm->globals[vm->nglobals] = NIL_VAL;
    return vm->nglobals++;
}

uint16_t vm_add_file(VM *vm, const char *path, const char *display)
{
    for (size_t i = 0; i < vm->nfiles; i++)
        if (strcmp(vm->files[i].path, path) == 0)
            return (uint16_t)i;
    if (vm->nfiles == vm->files_cap) {
        vm->files_cap = vm->files_cap ? vm->files_cap * 2 : 16;
        vm->files = fun_realloc(vm->files, sizeof(SourceFile) * vm->files_cap);
    }
    vm->files[vm->nfiles].path = fun_strdup(path);
    vm->files[vm->nfiles].display = fun_strdup(display);
    return (uint16_t)(vm->nfiles++ & 0xffff);
}

// ---------------------------------------------------------------- errors

static bool raise_str(VM *vm, const char *prefix, const char *fmt, va_list ap)
{
    char msg[1024];
    int n = snprintf(msg, sizeof msg, "%s", prefix);
    vsnprintf(msg + n, sizeof msg - (size_t)n, fmt, ap);
    vm->error = OBJ_VAL(str_from_cstr(vm, msg));
    vm->has_error = true;
    return false;
}

bool vm_error(VM *vm, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_str(vm, "Runtime error: ", fmt, ap);
    va_end(ap);
    return false;
}

bool vm_type_error(VM *vm, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_str(vm, "Runtime type error: ", fmt, ap);
    va_end(ap);
    return false;
}

static bool raw_error(VM *vm, const char *fmt, ...) FUN_PRINTF(2, 3);
static bool raw_error(VM *vm, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_str(vm, "", fmt, ap);
    va_end(ap);
    return false;
}

bool vm_throw(VM *vm, Value v)
{
    vm->error = v;
    vm->has_error = true;
    return false;
}

// Builds "FILE:LINE: message" plus one "  at NAME (FILE:LINE)" line per frame
// of fiber fb (constructor driver frames left out: their steps show).
static void capture_trace_of(VM *vm, Fiber *fb)
{
    if (vm->error_trace)
        return;
    StrBuf sb;
    sb_init(&sb);
    StrBuf msg;
    sb_init(&msg);
    if (!IS_STRING(vm->error))
        sb_puts(&msg, "Uncaught: ");
    Value err = vm->error;
    vm->has_error = false;
    bool ok = val_display(vm, &msg, err);
    if (!ok) {
        vm->has_error = false;
        sb_puts(&msg, "<error while formatting the error>");
    }
    vm->error = err;
    vm->has_error = true;
    bool first = true;
    size_t shown = 0;
    for (size_t i = fb->frame_count; i-- > 0;) {
        CallFrame *fr = &fb->frames[i];
        ObjProto *p = fr->closure->proto;
        if (fr->closure == vm->ctor_closure)
            continue;
        size_t pc = (size_t)(fr->ip - p->code);
        if (pc > 0)
            pc--;
        uint16_t file;
        uint32_t line = dbg_line_of(p, pc, &file);
        if (first) {
            sb_printf(&sb, "%s:%u: %.*s\n", dbg_file_name(vm, file), line, (int)msg.len,
                      msg.data ? msg.data : "");
            first = false;
        }
        if (shown < 20 || i < 5) {
            sb_printf(&sb, "  at %s (%s:%u)\n", p->name->chars, dbg_file_name(vm, file), line);
        } else if (shown == 20) {
            sb_printf(&sb, "  ... %zu more frames ...\n", i - 4);
        }
        shown++;
    }
    if (first)
        sb_printf(&sb, "%.*s\n", (int)msg.len, msg.data ? msg.data : "");
    sb_free(&msg);
    vm->error_trace = sb.data ? sb.data : fun_strdup("");
}

static void capture_trace(VM *vm) { capture_trace_of(vm, vm->fiber); }

void vm_report_error_of(VM *vm, Fiber *fb)
{
    if (!vm->error_trace)
        capture_trace_of(vm, fb);
    vm_report_error(vm);
}

void vm_report_error(VM *vm)
{
    fflush(stdout);
    if (!vm->error_trace)
        capture_trace(vm);
    fputs(vm->error_trace, stderr);
    fflush(stderr);
    free(vm->error_trace);
    vm->error_trace = NULL;
    vm->has_error = false;
    vm->error = NIL_VAL;
}

// ---------------------------------------------------------------- stack

static void grow_stack(VM *vm, Fiber *fb, size_t needed)
{
    FUN_ASSERT(fb->top >= fb->stack && (size_t)(fb->top - fb->stack) <= fb->stack_cap);
    size_t used = (size_t)(fb->top - fb->stack);
    size_t cap = fb->stack_cap;
    while (cap < used + needed)
        cap *= 2;
    Value *old = fb->stack;
    // a stress-mode move at the same size holds no new data: it must not add a
    // collection to every call (FUN_STRESS_GC already collects on each allocation)
    bool was_running = vm->gc_running;
    if (cap == fb->stack_cap)
        vm->gc_running = true;
    Value *stack = GROW_ARRAY(vm, Value, NULL, 0, cap);
    vm->gc_running = was_running;
    memcpy(stack, old, sizeof(Value) * used);
    fb->stack = stack;
    fb->top = stack + used;
    for (size_t i = 0; i < fb->frame_count; i++)
        fb->frames[i].base = stack + (fb->frames[i].base - old);
    for (ObjUpvalue *u = fb->open_upvalues; u; u = u->next)
        u->location = stack + (u->location - old);
    FREE_ARRAY(vm, Value, old, fb->stack_cap);
    fb->stack_cap = cap;
}

static ObjUpvalue *capture_upvalue(VM *vm, Value *slot)
{
    Fiber *fb = vm->fiber;
    ObjUpvalue *prev = NULL, *u = fb->open_upvalues;
    while (u && u->location > slot) {
        prev = u;
        u = u->next;
    }
    if (u && u->location == slot)
        return u;
    ObjUpvalue *created = upvalue_new(vm, slot);
    created->next = u;
    if (prev)
        prev->next = created;
    else
        fb->open_upvalues = created;
    return created;
}

static void close_upvalues(Fiber *fb, Value *last)
{
    while (fb->open_upvalues && fb->open_upvalues->location >= last) {
        ObjUpvalue *u = fb->open_upvalues;
        u->closed = *u->location;
        u->location = &u->closed;
        fb->open_upvalues = u->next;
    }
}

// ---------------------------------------------------------------- helpers

static ObjString *char_string(VM *vm, unsigned char ch)
{
    if (!vm->char_strings[ch]) {
        char c = (char)ch;
        vm->char_strings[ch] = str_new(vm, &c, 1);
    }
    return vm->char_strings[ch];
}

static bool arity_error(VM *vm, ObjNative *n, int argc)
{
    if (n->max_args == n->min_args)
        return vm_type_error(vm, "%s expects %d argument%s, got %d", n->name, n->min_args,
                             n->min_args == 1 ? "" : "s", argc);
    if (n->max_args < 0)
        return vm_type_error(vm, "%s expects at least %d argument%s, got %d", n->name,
                             n->min_args, n->min_args == 1 ? "" : "s", argc);
    return vm_type_error(vm, "%s expects %d to %d arguments, got %d", n->name, n->min_args,
                         n->max_args, argc);
}

// direct: called by the dispatch loop itself (natives that switch fibers or
// call Fun code through vm->pending need that).
static bool call_native(VM *vm, ObjNative *n, int argc, Value *args, Value *out, bool direct)
{
    if (argc < n->min_args || (n->max_args >= 0 && argc > n->max_args))
        return arity_error(vm, n, argc);
    Value buf[16];
    Value *copy = argc <= 16 ? buf : fun_malloc(sizeof(Value) * (size_t)argc);
    if (argc)
        memcpy(copy, args, sizeof(Value) * (size_t)argc);
    *out = NIL_VAL;
    vm->direct = direct;
    bool ok = n->fn(vm, argc, copy, out);
    vm->direct = false;
    if (copy != buf)
        free(copy);
    if (!direct && vm->pending) { // only the dispatch loop can act on a request
        vm->pending = PENDING_NONE;
        return vm_error(vm, "%s cannot be called from a native callback", n->name);
    }
    return ok;
}

static bool run(VM *vm, size_t base_frames, Value *out);

#ifdef FUN_STRESS_STACK
#define STACK_TOO_SMALL(fb, used, need) ((void)(used), (void)(need), true)
#else
#define STACK_TOO_SMALL(fb, used, need) ((used) + (need) > (fb)->stack_cap)
#endif

static bool type_check_param(ObjClass *k, ClassParam *p, Value v, VM *vm)
{
    const char *want = NULL;
    bool ok = true;
    switch (p->type) {
    case DT_NUMBER: case DT_INT8: case DT_INT16: case DT_INT32: case DT_UINT8: case DT_UINT16:
    case DT_UINT32: case DT_UINT64:
        ok = IS_INT(v);
        want = "Number";
        break;
    case DT_BOOLEAN: // D14 (revised): any number is taken for its truthiness
        ok = IS_BOOL(v) || IS_NUMBER(v);
        want = "Boolean";
        break;
    case DT_STRING:
        ok = IS_STRING(v);
        want = "String";
        break;
    case DT_FLOAT:
        ok = IS_NUMBER(v);
        want = "Float";
        break;
    case DT_ARRAY:
        ok = IS_ARRAY(v);
        want = "Array";
        break;
    default:
        return true;
    }
    if (!ok)
        return raw_error(vm, "TypeError: %s() expects %s for '%s'", k->name->chars, want,
                         p->name->chars);
    return true;
}

// Pushes a frame for the closure at top[-argc - 1] whose arguments follow it:
// missing parameters and the other locals start as nil. False (error set) on
// stack overflow.
static inline bool push_closure_frame(VM *vm, Fiber *fb, int argc, bool stress)
{
    Value *callee = fb->top - argc - 1;
    ObjClosure *cl = AS_CLOSURE(*callee);
    ObjProto *p = cl->proto;
    if (fb->frame_count >= vm->max_frames)
        return vm_error(vm, "stack overflow");
    size_t used = (size_t)(fb->top - fb->stack);
    // FUN_STRESS_STACK moves the stack at vm_call and fiber starts, not on
    // every call of the loop: deep recursion would copy the stack each time
    if (stress ? STACK_TOO_SMALL(fb, used, (size_t)p->maxstack + 1)
               : used + (size_t)p->maxstack + 1 > fb->stack_cap)
        grow_stack(vm, fb, (size_t)p->maxstack + 1);
    if (fb->frame_count == fb->frame_cap) {
        size_t cap = fb->frame_cap ? fb->frame_cap * 2 : 4;
        fb->frames = GROW_ARRAY(vm, CallFrame, fb->frames, fb->frame_cap, cap);
        fb->frame_cap = cap;
    }
    Value *nb = fb->top - argc - 1;
    for (int i = argc; i < p->nparams; i++)
        nb[1 + i] = NIL_VAL;
    for (Value *s = nb + 1 + p->nparams; s < nb + p->nslots; s++)
        *s = NIL_VAL;
    CallFrame *fr = &fb->frames[fb->frame_count++];
    fr->closure = cl;
    fr->ip = p->code;
    fr->base = nb;
    fb->top = nb + p->nslots;
    return true;
}

// The header parameters of K(args), checked (and Booleans converted) in
// place. Lenient like any call (D18, D19): header parameters take the first
// arguments, _construct receives them all.
static bool check_ctor_args(VM *vm, ObjClass *k, Value *args, int argc)
{
    for (int i = 0; i < k->nparams; i++) {
        ClassParam *p = &k->params[i];
        Value v = i < argc ? args[i] : NIL_VAL;
        if (p->type != DT_NONE && p->type != DT_OTHER && IS_NIL(v))
            return raw_error(vm, "TypeError: missing argument '%s' in %s()", p->name->chars,
                             k->name->chars);
        if (!type_check_param(k, p, v, vm))
            return false;
        if (p->type == DT_BOOLEAN && i < argc && IS_NUMBER(v))
            args[i] = BOOL_VAL(val_truthy(v));
    }
    return true;
}

// Starts `new K(args)` for the class at top[-argc - 1]: checks the header
// parameters, allocates the instance and pushes a constructor driver frame
// laid out as [K, instance, step, argc, args...]; CONSTRUCT_STEP then runs
// the field initializers (root class first) and _construct as ordinary frames.
static bool enter_construct(VM *vm, Fiber *fb, int argc)
{
    ObjClass *k = AS_CLASS(fb->top[-argc - 1]);
    if (!check_ctor_args(vm, k, fb->top - argc, argc))
        return false;
    if (fb->frame_count >= vm->max_frames)
        return vm_error(vm, "stack overflow");
    size_t used = (size_t)(fb->top - fb->stack);
    if (STACK_TOO_SMALL(fb, used, 4))
        grow_stack(vm, fb, 4);
    if (fb->frame_count == fb->frame_cap) {
        size_t cap = fb->frame_cap ? fb->frame_cap * 2 : 4;
        fb->frames = GROW_ARRAY(vm, CallFrame, fb->frames, fb->frame_cap, cap);
        fb->frame_cap = cap;
    }
    // may collect (everything is on the stack); sized by field_hint already
    ObjInstance *inst = instance_new(vm, k);
    Value *nb = fb->top - argc - 1;
    memmove(nb + 4, nb + 1, sizeof(Value) * (size_t)argc);
    nb[1] = OBJ_VAL(inst);
    nb[2] = INT_VAL(0);
    nb[3] = INT_VAL(argc);
    fb->top = nb + 4 + argc;
    CallFrame *fr = &fb->frames[fb->frame_count++];
    fr->closure = vm->ctor_closure;
    fr->ip = vm->ctor_closure->proto->code;
    fr->base = nb;
    return true;
}

// c's own _construct (not one inherited from its parent), or NULL.
static ObjClosure *own_ctor(VM *vm, ObjClass *c)
{
    Value *v = tbl_get(&c->methods, vm->str_construct);
    if (!v || !IS_CLOSURE(*v) || AS_CLOSURE(*v)->owner != c)
        return NULL;
    return AS_CLOSURE(*v);
}

// Whether a constructor calls super._construct(...) itself (it then runs its
// ancestors' constructors, D19).
static bool calls_super_ctor(VM *vm, ObjClosure *ctor)
{
    ObjProto *p = ctor->proto;
    for (size_t i = 0; i < p->code_len; i++) {
        uint32_t w = p->code[i];
        if (GET_OP(w) == OP_SUPER_INVOKE && AS_STRING(p->consts[GET_A16(w)]) == vm->str_construct)
            return true;
    }
    return false;
}

// Ancestor number i of k counted from the root (0 = root).
static ObjClass *ancestor(ObjClass *k, int depth, int i)
{
    ObjClass *c = k;
    for (int j = 0; j < depth - 1 - i; j++)
        c = c->parent;
    return c;
}

// The fields a plain plan stores, in order and each once (see ClassField).
static void build_plain_fields(ObjClass *k)
{
    uint32_t cap = 0;
    for (int s = 0; s < k->nplan; s++)
        cap += (uint32_t)k->plan[s]->owner->nparams;
    ClassField *f = fun_malloc(sizeof(ClassField) * (cap ? cap : 1));
    uint32_t n = 0;
    for (int s = 0; s < k->nplan; s++) {
        ObjClass *c = k->plan[s]->owner;
        for (int i = 0; i < c->nparams; i++) {
            uint32_t j = 0;
            while (j < n && f[j].name != c->params[i].name)
                j++;
            if (j == n)
                f[n++].name = c->params[i].name;
            f[j].arg = i;
        }
    }
    k->plain_fields = f;
    k->nplain_fields = n;
}

// D19: the field initializers from the root class down, then each class's
// own _construct from the root down, except that a _construct calling
// super._construct takes charge of the classes above it. Methods never change
// after CLASS, so the order is worked out once per class.
static void build_plan(VM *vm, ObjClass *k)
{
    int depth = 0;
    for (ObjClass *c = k; c; c = c->parent)
        depth++;
    int start = 0;
    for (int i = 0; i < depth; i++) {
        ObjClosure *ctor = own_ctor(vm, ancestor(k, depth, i));
        if (ctor && calls_super_ctor(vm, ctor))
            start = i;
    }
    k->ctor_start = start;
    ObjClosure **plan = fun_malloc(sizeof(ObjClosure *) * (size_t)(2 * depth));
    int n = 0;
    for (int i = 0; i < depth; i++) {
        ObjClass *c = ancestor(k, depth, i);
        if (c->init)
            plan[n++] = c->init;
    }
    for (int i = start; i < depth; i++) {
        ObjClosure *ctor = own_ctor(vm, ancestor(k, depth, i));
        if (ctor)
            plan[n++] = ctor;
    }
    k->plan = plan;
    k->nplan = n;
    // plain: only inits that store their class's header parameters
    bool plain = true;
    for (int i = 0; i < n && plain; i++) {
        ObjClass *owner = plan[i]->owner;
        plain = plan[i]->proto->stores_params_only && owner &&
                plan[i]->proto->nparams == owner->nparams + 1;
    }
    k->plain_ctor = plain;
    k->typed_params = false;
    for (int i = 0; i < k->nparams; i++)
        k->typed_params |= k->params[i].type != DT_NONE;
    if (plain)
        build_plain_fields(k);
}

// `K(args)` of a plain class (build_plan): each init of the plan, root first,
// would store its class's header parameters, taken from the first arguments,
// as fields in that order, a later store of a name replacing the earlier one.
// Doing the same here spares the driver frame and one frame per init.
static bool construct_plain(VM *vm, Fiber *fb, int argc)
{
    Value *callee = fb->top - argc - 1;
    ObjClass *k = AS_CLASS(*callee);
    ObjInstance *inst = instance_new(vm, k); // may collect: everything is on the stack
    Table *t = &inst->fields;
    uint32_t n = k->nplain_fields;
    if (n <= t->cap) { // the usual case: the inline entries have room, nothing allocates
        for (uint32_t j = 0; j < n; j++) {
            ObjString *name = k->plain_fields[j].name;
            int a = k->plain_fields[j].arg;
            t->entries[j].key = name;
            t->entries[j].value = a < argc ? callee[1 + a] : NIL_VAL;
            t->keys_interned &= name->interned;
            t->method_keys |= name->method_name;
        }
        t->count = t->live = n;
        *callee = OBJ_VAL(inst);
        fb->top = callee + 1;
        return true;
    }
    vm_push_root(vm, OBJ_VAL(inst));
    for (int s = 0; s < k->nplan; s++) {
        ObjClass *c = k->plan[s]->owner;
        for (int i = 0; i < c->nparams; i++)
            tbl_set(vm, &inst->fields, c->params[i].name, i < argc ? callee[1 + i] : NIL_VAL);
    }
    vm_pop_root(vm);
    k->field_hint = inst->fields.count;
    *callee = OBJ_VAL(inst);
    fb->top = callee + 1;
    return true;
}

// The next constructor step of driver frame base (see enter_construct): the
// callee to run, or NULL when construction is complete. Advances the step.
static ObjClosure *next_construct_step(VM *vm, Value *base)
{
    ObjClass *k = AS_CLASS(base[0]);
    if (FUN_UNLIKELY(k->nplan < 0))
        build_plan(vm, k);
    int64_t step = AS_INT(base[2]);
    if (step >= k->nplan)
        return NULL;
    base[2] = INT_VAL(step + 1);
    return k->plan[step];
}

// The error of a CALL whose callee is not callable. When the callee is a
// global that no code stores to (the compiler noted the call site), the name
// was never defined, most often a typo: say which name.
static bool call_error(VM *vm, CallFrame *frame, const uint32_t *ip, Value callee)
{
    ObjProto *p = frame->closure->proto;
    uint32_t pc = (uint32_t)(ip - p->code) - 1;
    for (size_t i = 0; IS_NIL(callee) && i < p->ncall_globals; i++) {
        size_t g = p->call_globals[2 * i + 1];
        if (p->call_globals[2 * i] == pc && g < vm->nglobals && !session_global_stored(vm, g))
            return vm_type_error(vm, "CALL expects function, got nil ('%s' is not defined)",
                                 vm->global_names[g]->chars);
    }
    return vm_type_error(vm, "CALL expects function, got %s", val_op_type_name(callee));
}

bool vm_call(VM *vm, Value callee, int argc, Value *args, Value *out)
{
    if (!IS_OBJ(callee))
        return vm_type_error(vm, "CALL expects function, got %s", val_op_type_name(callee));
    switch (OBJ_TYPE(callee)) {
    case OBJ_NATIVE:
        return call_native(vm, AS_NATIVE(callee), argc, args, out, false);
    case OBJ_BOUND: {
        ObjBound *b = AS_BOUND(callee);
        Value *a2 = fun_malloc(sizeof(Value) * (size_t)(argc + 1));
        a2[0] = b->receiver;
        if (argc)
            memcpy(a2 + 1, args, sizeof(Value) * (size_t)argc);
        bool ok = vm_call(vm, b->method, argc + 1, a2, out);
        free(a2);
        return ok;
    }
    case OBJ_CLOSURE:
    case OBJ_CLASS:
        break;
    default:
        return vm_type_error(vm, "CALL expects function, got %s", val_op_type_name(callee));
    }
    if (vm->reentry >= REENTRY_LIMIT)
        return vm_error(vm, "stack overflow");
    Fiber *fb = vm->fiber;
    // args may point into this fiber's stack: copy before the stack can move
    Value buf[16];
    Value *copy = argc <= 16 ? buf : fun_malloc(sizeof(Value) * (size_t)argc);
    if (argc)
        memcpy(copy, args, sizeof(Value) * (size_t)argc);
    size_t saved_top = (size_t)(fb->top - fb->stack);
    if (STACK_TOO_SMALL(fb, saved_top, (size_t)argc + 2)) {
        // growing allocates: the callee and the copied arguments are not on a stack yet
        vm_push_root(vm, callee);
        for (int i = 0; i < argc; i++)
            vm_push_root(vm, copy[i]);
        grow_stack(vm, fb, (size_t)argc + 2);
        vm_pop_roots(vm, (size_t)argc + 1);
    }
    *fb->top++ = callee;
    for (int i = 0; i < argc; i++)
        *fb->top++ = copy[i];
    if (copy != buf)
        free(copy);
    size_t base_frames = fb->frame_count;
    bool ok = IS_CLOSURE(callee) ? push_closure_frame(vm, fb, argc, true) : enter_construct(vm, fb, argc);
    if (!ok) {
        fb->top = fb->stack + saved_top;
        return false;
    }
    vm->reentry++;
    fb->c_depth++;
    ok = run(vm, base_frames, out);
    fb->c_depth--;
    vm->reentry--;
    fb->top = fb->stack + saved_top;
    return ok;
}

// ---------------------------------------------------------------- fibers

ObjFiber *vm_fiber_new(VM *vm, Value callee, int argc, Value *args, bool takes_value)
{
    ObjFiber *f = fiber_obj_new(vm);
    Fiber *fb = &f->fb;
    fiber_init(fb);
    fb->obj = f;
    fb->status = FIBER_SUSPENDED;
    fb->takes_value = takes_value;
    f->next_fiber = vm->fibers;
    vm->fibers = f;
    vm_push_root(vm, OBJ_VAL(f));
    Value recv = NIL_VAL;
    bool bound = IS_BOUND(callee);
    if (bound) {
        recv = AS_BOUND(callee)->receiver;
        callee = AS_BOUND(callee)->method;
    }
    int n = argc + (bound ? 1 : 0);
    size_t cap = (size_t)n + 2 + (takes_value ? 1 : 0);
    if (IS_CLOSURE(callee))
        cap += (size_t)AS_CLOSURE(callee)->proto->maxstack;
    cap = cap < 8 ? 8 : cap;
    fb->stack = ALLOCATE(vm, Value, cap);
    fb->stack_cap = cap;
    fb->top = fb->stack;
    *fb->top++ = callee;
    if (bound)
        *fb->top++ = recv;
    for (int i = 0; i < argc; i++)
        *fb->top++ = args[i];
    fb->start_argc = n;
    vm_pop_root(vm);
    return f;
}

bool vm_can_switch(VM *vm, bool park)
{
    return vm->direct && (!park || vm->reentry <= 1);
}

void vm_request_switch(VM *vm, Fiber *to, Value v, bool raise)
{
    vm->pending = PENDING_SWITCH;
    vm->switch_to = to;
    vm->switch_value = v;
    vm->switch_raise = raise;
}

// First run of a fiber: its entry call, with the resume value as the argument
// when it takes one. False (error set in fb) when the call cannot start.
static bool start_fiber(VM *vm, Fiber *fb, Value v)
{
    fb->started = true;
    int argc = fb->start_argc;
    if (fb->takes_value) {
        *fb->top++ = v;
        argc++;
    }
    Value callee = fb->stack[0];
    if (IS_CLASS(callee))
        return enter_construct(vm, fb, argc);
    return push_closure_frame(vm, fb, argc, true);
}

// ---------------------------------------------------------------- operators

static bool arith_error(VM *vm, const char *op, Value a, Value b)
{
    if (strcmp(op, "ADD") == 0)
        return vm_type_error(vm,
                             "ADD expects both numbers, both strings, or both arrays, got %s and %s",
                             val_op_type_name(a), val_op_type_name(b));
    return vm_type_error(vm, "%s expects numbers, got %s and %s", op, val_op_type_name(a),
                         val_op_type_name(b));
}

static bool add_values(VM *vm, Value a, Value b, Value *out)
{
    if (IS_NUMBER(a) && IS_NUMBER(b)) {
        if (IS_INT(a) && IS_INT(b))
            *out = INT_VAL((int64_t)((uint64_t)AS_INT(a) + (uint64_t)AS_INT(b)));
        else
            *out = FLOAT_VAL(AS_NUMBER(a) + AS_NUMBER(b));
        return true;
    }
    if (IS_STRING(a) && IS_STRING(b)) {
        *out = OBJ_VAL(str_concat(vm, AS_STRING(a), AS_STRING(b)));
        return true;
    }
    if (IS_ARRAY(a) && IS_ARRAY(b)) {
        ObjArray *x = AS_ARRAY(a), *y = AS_ARRAY(b);
        ObjArray *r = array_new(vm, x->count + y->count);
        if (x->count)
            memcpy(r->items, x->items, sizeof(Value) * x->count);
        if (y->count)
            memcpy(r->items + x->count, y->items, sizeof(Value) * y->count);
        r->count = x->count + y->count;
        *out = OBJ_VAL(r);
        return true;
    }
    return arith_error(vm, "ADD", a, b);
}

static bool arith(VM *vm, OpCode op, Value a, Value b, Value *out)
{
    if (op == OP_ADD)
        return add_values(vm, a, b, out);
    static const char *names[] = {[OP_SUB] = "SUB", [OP_MUL] = "MUL", [OP_DIV] = "DIV",
                                  [OP_MOD] = "MOD"};
    if (!IS_NUMBER(a) || !IS_NUMBER(b))
        return arith_error(vm, names[op], a, b);
    if (IS_INT(a) && IS_INT(b)) {
        int64_t x = AS_INT(a), y = AS_INT(b);
        switch (op) {
        case OP_SUB: *out = INT_VAL((int64_t)((uint64_t)x - (uint64_t)y)); return true;
        case OP_MUL: *out = INT_VAL((int64_t)((uint64_t)x * (uint64_t)y)); return true;
        case OP_DIV:
            if (y == 0)
                return vm_error(vm, "division by zero");
            *out = INT_VAL(y == -1 ? (int64_t)(0 - (uint64_t)x) : x / y);
            return true;
        case OP_MOD:
            if (y == 0)
                return vm_error(vm, "modulo by zero");
            *out = INT_VAL(y == -1 ? 0 : x % y);
            return true;
        default: break;
        }
    }
    double x = AS_NUMBER(a), y = AS_NUMBER(b);
    switch (op) {
    case OP_SUB: *out = FLOAT_VAL(x - y); return true;
    case OP_MUL: *out = FLOAT_VAL(x * y); return true;
    case OP_DIV:
        if (y == 0.0)
            return vm_error(vm, "division by zero");
        *out = FLOAT_VAL(x / y);
        return true;
    case OP_MOD:
        if (y == 0.0)
            return vm_error(vm, "modulo by zero");
        *out = FLOAT_VAL(fmod(x, y));
        return true;
    default:
        return false;
    }
}

// -1, 0, 1 (2: unordered, a NaN); false on a type error.
static bool compare_values(VM *vm, const char *op, Value a, Value b, int *out)
{
    if (IS_INT(a) && IS_INT(b)) {
        *out = AS_INT(a) < AS_INT(b) ? -1 : AS_INT(a) > AS_INT(b);
        return true;
    }
    if (IS_NUMBER(a) && IS_NUMBER(b)) {
        *out = val_compare_numbers(a, b); // 2: unordered (NaN), every comparison false
        return true;
    }
    if (IS_STRING(a) && IS_STRING(b)) {
        ObjString *x = AS_STRING(a), *y = AS_STRING(b);
        *out = fun_bytes_cmp(x->chars, x->len, y->chars, y->len);
        return true;
    }
    return vm_type_error(vm, "%s expects two numbers or two strings, got %s and %s", op,
                         val_op_type_name(a), val_op_type_name(b));
}

static bool compare_op(VM *vm, OpCode op, Value a, Value b, Value *out)
{
    static const char *names[] = {[OP_LT] = "LT", [OP_LE] = "LE", [OP_GT] = "GT", [OP_GE] = "GE"};
    int c = 0;
    if (!compare_values(vm, names[op], a, b, &c))
        return false;
    bool r;
    if (c == 2)
        r = false;
    else if (op == OP_LT)
        r = c < 0;
    else if (op == OP_LE)
        r = c <= 0;
    else if (op == OP_GT)
        r = c > 0;
    else
        r = c >= 0;
    *out = BOOL_VAL(r);
    return true;
}

static bool range_error(VM *vm, int64_t i, size_t len)
{
    return vm_error(vm, "index out of range: %lld (length %zu)", (long long)i, len);
}

static bool index_get(VM *vm, Value obj, Value idx, Value *out)
{
    if (IS_OBJ(obj)) {
        switch (OBJ_TYPE(obj)) {
        case OBJ_ARRAY: {
            ObjArray *a = AS_ARRAY(obj);
            if (!IS_INT(idx))
                return vm_type_error(vm, "array index must be an Int, got %s", val_type_name(idx));
            size_t i;
            if (!fun_norm_index(AS_INT(idx), a->count, &i))
                return range_error(vm, AS_INT(idx), a->count);
            *out = a->items[i];
            return true;
        }
        case OBJ_STRING: {
            ObjString *s = AS_STRING(obj);
            if (!IS_INT(idx))
                return vm_type_error(vm, "string index must be an Int, got %s", val_type_name(idx));
            size_t i;
            if (!fun_norm_index(AS_INT(idx), s->len, &i))
                return range_error(vm, AS_INT(idx), s->len);
            *out = OBJ_VAL(char_string(vm, (unsigned char)s->chars[i]));
            return true;
        }
        case OBJ_MAP:
        case OBJ_INSTANCE: {
            if (!IS_STRING(idx))
                return vm_type_error(vm, "map key must be a String, got %s", val_type_name(idx));
            Table *t = OBJ_TYPE(obj) == OBJ_MAP ? &AS_MAP(obj)->table : &AS_INSTANCE(obj)->fields;
            Value *v = tbl_get(t, AS_STRING(idx));
            *out = v ? *v : NIL_VAL;
            return true;
        }
        default:
            break;
        }
    }
    return vm_type_error(vm, "cannot index %s", val_op_type_name(obj));
}

static bool index_set(VM *vm, Value obj, Value idx, Value v)
{
    if (IS_OBJ(obj)) {
        switch (OBJ_TYPE(obj)) {
        case OBJ_ARRAY: {
            ObjArray *a = AS_ARRAY(obj);
            if (!IS_INT(idx))
                return vm_type_error(vm, "array index must be an Int, got %s", val_type_name(idx));
            size_t i;
            if (!fun_norm_index(AS_INT(idx), a->count, &i))
                return range_error(vm, AS_INT(idx), a->count);
            a->items[i] = v;
            return true;
        }
        case OBJ_MAP:
        case OBJ_INSTANCE: {
            if (!IS_STRING(idx))
                return vm_type_error(vm, "map key must be a String, got %s", val_type_name(idx));
            Table *t = OBJ_TYPE(obj) == OBJ_MAP ? &AS_MAP(obj)->table : &AS_INSTANCE(obj)->fields;
            tbl_set(vm, t, AS_STRING(idx), v);
            return true;
        }
        case OBJ_STRING:
            return vm_type_error(vm, "strings are immutable");
        default:
            break;
        }
    }
    return vm_type_error(vm, "cannot index %s", val_op_type_name(obj));
}

// D12: a negative start counts from the end; a negative end means "to the end"
// (a[0:-1] is the whole array, a[1:-1] all but the first).
static bool slice_bound(VM *vm, Value v, int64_t len, bool is_end, int64_t *out)
{
    if (IS_NIL(v)) {
        *out = is_end ? len : 0;
        return true;
    }
    if (!IS_INT(v))
        return vm_type_error(vm, "slice bounds must be Ints, got %s", val_type_name(v));
    int64_t i = AS_INT(v);
    if (i < 0)
        i = is_end ? len : i + len;
    if (i < 0)
        i = 0;
    if (i > len)
        i = len;
    *out = i;
    return true;
}

static bool slice(VM *vm, Value obj, Value lo, Value hi, Value *out)
{
    int64_t len;
    if (IS_ARRAY(obj))
        len = (int64_t)AS_ARRAY(obj)->count;
    else if (IS_STRING(obj))
        len = (int64_t)AS_STRING(obj)->len;
    else
        return vm_type_error(vm, "cannot slice %s", val_op_type_name(obj));
    int64_t a = 0, b = 0;
    if (!slice_bound(vm, lo, len, false, &a) || !slice_bound(vm, hi, len, true, &b))
        return false;
    if (b < a)
        b = a;
    if (IS_STRING(obj)) {
        *out = OBJ_VAL(str_new(vm, AS_STRING(obj)->chars + a, (size_t)(b - a)));
        return true;
    }
    ObjArray *r = array_new(vm, (size_t)(b - a));
    ObjArray *src = AS_ARRAY(obj);
    if (b > a)
        memcpy(r->items, src->items + a, sizeof(Value) * (size_t)(b - a));
    r->count = (size_t)(b - a);
    *out = OBJ_VAL(r);
    return true;
}

static bool get_field(VM *vm, Value obj, ObjString *name, Value *out)
{
    if (IS_INSTANCE(obj)) {
        ObjInstance *o = AS_INSTANCE(obj);
        Value *v = tbl_get(&o->fields, name);
        if (v) {
            *out = *v;
            return true;
        }
        v = tbl_get(&o->klass->methods, name);
        if (v && IS_CLOSURE(*v) && AS_CLOSURE(*v)->proto->is_method) {
            // obj.method read as a value: bound to obj, as a call through it would be
            *out = OBJ_VAL(bound_new(vm, obj, *v));
            return true;
        }
        *out = v ? *v : NIL_VAL;
        return true;
    }
    if (IS_MAP(obj)) {
        Value *v = tbl_get(&AS_MAP(obj)->table, name);
        *out = v ? *v : NIL_VAL;
        return true;
    }
    return vm_type_error(vm, "cannot read field '%s' of %s", name->chars, val_op_type_name(obj));
}

static bool set_field(VM *vm, Value obj, ObjString *name, Value v)
{
    if (IS_INSTANCE(obj)) {
        tbl_set(vm, &AS_INSTANCE(obj)->fields, name, v);
        return true;
    }
    if (IS_MAP(obj)) {
        tbl_set(vm, &AS_MAP(obj)->table, name, v);
        return true;
    }
    return vm_type_error(vm, "cannot set field '%s' on %s", name->chars, val_op_type_name(obj));
}

static bool check_type(VM *vm, uint32_t t, Value *v)
{
    switch (t) {
    case DT_NUMBER:
        if (!IS_INT(*v))
            return raw_error(vm, "TypeError: expected Number");
        return true;
    case DT_INT8: case DT_INT16: case DT_INT32: {
        if (!IS_INT(*v))
            return raw_error(vm, "TypeError: expected Number");
        int bits = t == DT_INT8 ? 8 : t == DT_INT16 ? 16 : 32;
        uint64_t m = (UINT64_C(1) << bits) - 1;
        uint64_t x = (uint64_t)AS_INT(*v) & m;
        if (x & (UINT64_C(1) << (bits - 1)))
            x |= ~m;
        *v = INT_VAL((int64_t)x);
        return true;
    }
    case DT_UINT8: case DT_UINT16: case DT_UINT32: case DT_UINT64: {
        if (!IS_INT(*v))
            return raw_error(vm, "TypeError: expected Number");
        int bits = t == DT_UINT8 ? 8 : t == DT_UINT16 ? 16 : t == DT_UINT32 ? 32 : 64;
        if (bits < 64)
            *v = INT_VAL((int64_t)((uint64_t)AS_INT(*v) & ((UINT64_C(1) << bits) - 1)));
        return true;
    }
    case DT_BOOLEAN:
        if (IS_BOOL(*v))
            return true;
        if (IS_NUMBER(*v)) { // D14 (revised): any number, stored as its truthiness
            *v = BOOL_VAL(val_truthy(*v));
            return true;
        }
        return raw_error(vm, "TypeError: expected Boolean");
    case DT_STRING:
        if (!IS_STRING(*v))
            return raw_error(vm, "TypeError: expected String");
        return true;
    case DT_FLOAT:
        if (IS_INT(*v)) {
            *v = FLOAT_VAL((double)AS_INT(*v));
            return true;
        }
        if (!IS_FLOAT(*v))
            return raw_error(vm, "TypeError: expected Float");
        return true;
    case DT_ARRAY:
        if (!IS_ARRAY(*v))
            return raw_error(vm, "TypeError: expected Array");
        return true;
    case DT_NIL:
        if (!IS_NIL(*v))
            return raw_error(vm, "TypeError: expected Nil");
        return true;
    default:
        return true;
    }
}

static bool make_class(VM *vm, ObjArray *desc, Value parent, Value init, Value *methods, int nm,
                       Value *out)
{
    ObjString *name = AS_STRING(desc->items[0]);
    if (!IS_NIL(parent) && !IS_CLASS(parent))
        return vm_type_error(vm, "class %s cannot extend %s", name->chars, val_type_name(parent));
    ObjClass *k = class_new(vm, name);
    vm_push_root(vm, OBJ_VAL(k));
    ObjArray *pn = AS_ARRAY(desc->items[1]);
    ObjArray *pt = AS_ARRAY(desc->items[2]);
    bool has_header = AS_BOOL(desc->items[3]);
    ObjArray *mn = AS_ARRAY(desc->items[4]);
    if (IS_CLASS(parent)) {
        ObjClass *p = AS_CLASS(parent);
        k->parent = p;
        tbl_add_all(vm, &p->methods, &k->methods);
    }
    ObjClass *src = (has_header || !k->parent) ? NULL : k->parent;
    int np = src ? src->nparams : (int)pn->count;
    k->params = GROW_ARRAY(vm, ClassParam, NULL, 0, (size_t)np);
    for (int i = 0; i < np; i++) {
        if (src) {
            k->params[i] = src->params[i];
        } else {
            k->params[i].name = AS_STRING(pn->items[i]);
            k->params[i].type = (uint8_t)AS_INT(pt->items[i]);
        }
    }
    k->nparams = np;
    if (IS_CLOSURE(init)) {
        k->init = AS_CLOSURE(init);
        k->init->owner = k;
    }
    for (int i = 0; i < nm; i++) {
        ObjClosure *m = AS_CLOSURE(methods[i]);
        m->owner = k;
        ObjString *mname = AS_STRING(mn->items[i]);
        // the flag goes on the interned string of those bytes: a field key
        // equal to the name is that very string or makes keys_interned false
        vm_intern(vm, mname->chars, mname->len)->method_name = true;
        tbl_set(vm, &k->methods, mname, methods[i]);
    }
    vm_pop_root(vm);
    *out = OBJ_VAL(k);
    return true;
}

// Where obj.name lives: an instance's fields or a map's pairs, else NULL.
static inline Table *field_table(Value obj)
{
    if (IS_INSTANCE(obj))
        return &AS_INSTANCE(obj)->fields;
    if (IS_MAP(obj))
        return &AS_MAP(obj)->table;
    return NULL;
}

// Inline caches. GET_FIELD, SET_FIELD and INVOKE are followed by a word
// INS(OP_NOP, pos): the entry position where that site last found its key.
// Instances of a class, and maps built by the same code, keep a key at the
// same position, so a hit costs one pointer compare (constant names are
// interned). A miss looks the key up and remembers where it was. Each VM has
// its own copy of the code (threads copy it), so the write races with nothing.
static inline Value *ic_get(const Table *t, ObjString *key, const uint32_t *cache)
{
    uint32_t pos = GET_A(*cache);
    if (FUN_LIKELY(pos < t->count && t->entries[pos].key == key))
        return &t->entries[pos].value;
    int32_t found = tbl_find(t, key);
    if (found < 0)
        return NULL;
    if ((uint32_t)found <= 0xffffff)
        *(uint32_t *)cache = INS(OP_NOP, (uint32_t)found);
    return &t->entries[found].value;
}

// CONCAT: v[0] + v[1] + ... + v[n-1] into v[0]. All strings (the usual case
// of a chain of string `+`) is one allocation; anything else is a left fold of
// ADD with its own rules and errors.
static bool concat(VM *vm, Value *v, size_t n)
{
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        if (!IS_STRING(v[i])) {
            for (size_t j = 1; j < n; j++)
                if (!add_values(vm, v[0], v[j], &v[0]))
                    return false;
            return true;
        }
        total += AS_STRING(v[i])->len;
    }
    ObjString *r = str_alloc(vm, total); // v[] is on the stack: the pieces stay rooted
    char *p = r->chars;
    for (size_t i = 0; i < n; i++) {
        ObjString *x = AS_STRING(v[i]);
        if (x->len)
            memcpy(p, x->chars, x->len);
        p += x->len;
    }
    v[0] = OBJ_VAL(r);
    return true;
}

static bool builtin_by_name(VM *vm, ObjString *name, Value *out)
{
    Value *v = tbl_get(&vm->builtins, name);
    if (!v)
        return false;
    *out = OBJ_VAL(vm->natives[AS_INT(*v)]);
    return true;
}

// ---------------------------------------------------------------- slow paths of the loop
// Each runs with the loop's state saved (SAVE(): fb->top is the stack top);
// one that may grow the stack or push a frame is followed by RELOAD() or
// LOAD_FRAME() in the loop.

// ADD_INPLACE: x += y for two Arrays appends y's items to x itself.
static void extend_array(VM *vm, ObjArray *x, ObjArray *y)
{
    size_t n = y->count; // y may be x
    array_reserve(vm, x, x->count + n);
    if (n)
        memmove(x->items + x->count, y->items, sizeof(Value) * n);
    x->count += n;
}

// ARRAY: an array of the n values at items.
static Value make_array(VM *vm, Value *items, size_t n)
{
    ObjArray *a = array_new(vm, n);
    if (n)
        memcpy(a->items, items, sizeof(Value) * n);
    a->count = n;
    return OBJ_VAL(a);
}

// The item slot obj[idx] for an Array and an Int index in range (from the
// front), else NULL: the case INDEX and SET_INDEX handle in the loop.
static inline Value *array_slot(Value obj, Value idx)
{
    if (!IS_ARRAY(obj) || !IS_INT(idx) || (uint64_t)idx.as.i >= AS_ARRAY(obj)->count)
        return NULL;
    return &AS_ARRAY(obj)->items[idx.as.i];
}

// SET_FIELD that missed its cache: a key new to an instance or a map is
// appended (the next object built the same way gets it at the same
// position, so the cache remembers it); other receivers go to set_field.
static bool new_field(VM *vm, Value obj, ObjString *name, Value v, const uint32_t *cache)
{
    Table *t = field_table(obj);
    if (!t)
        return set_field(vm, obj, name, v);
    uint32_t pos = tbl_append(vm, t, name, v);
    if (pos <= 0xffffff)
        *(uint32_t *)cache = INS(OP_NOP, pos);
    return true;
}

// The switch request of vm->pending (vm_request_switch), taken: the target
// becomes the running fiber; returns the value it gets, *raise if raised.
static Value take_switch(VM *vm, bool *raise)
{
    vm->pending = PENDING_NONE;
    Fiber *to = vm->switch_to;
    FUN_ASSERT(to && to->status == FIBER_RUNNING && to->wait == WAIT_NONE);
    Value v = vm->switch_value;
    *raise = vm->switch_raise;
    vm->switch_to = NULL;
    vm->switch_value = NIL_VAL;
    vm->fiber = to;
    return v;
}

// An error nothing in this run catches: its trace is taken, then fb's frames
// above `keep` (those of this run) and their upvalues are closed and dropped.
static void drop_frames(VM *vm, Fiber *fb, size_t keep)
{
    capture_trace(vm);
    Value *cut = fb->frames[keep].base;
    close_upvalues(fb, cut);
    fb->frame_count = keep;
    fb->top = cut;
}

typedef enum { CALLED_NATIVE, CALLED_FRAME, CALLED_AGAIN, CALL_FAILED } CallOutcome;

// CALL of a callee that is not a closure, at fb->top[-*argc - 1]. A native
// runs and its result replaces callee and arguments; a class pushes its
// constructor driver frame; a bound method (obj.m read as a value, called
// later) becomes its method with the receiver slid in as the first argument,
// the call an INVOKE would have made, and the caller calls again.
static CallOutcome call_other(VM *vm, Fiber *fb, int *argc)
{
    int n = *argc;
    Value *top = fb->top;
    Value callee = top[-n - 1];
    if (IS_NATIVE(callee)) {
        Value r;
        if (!call_native(vm, AS_NATIVE(callee), n, top - n, &r, true))
            return CALL_FAILED;
        // a native that ran Fun code (vm_call) may have moved the stack: fb->top is current
        fb->top -= n;
        fb->top[-1] = r;
        return CALLED_NATIVE;
    }
    if (IS_CLASS(callee)) {
        ObjClass *k = AS_CLASS(callee);
        if (FUN_UNLIKELY(k->nplan < 0))
            build_plan(vm, k);
        if (k->plain_ctor) // its result replaces callee and arguments, as a native's
            return (!k->typed_params || check_ctor_args(vm, k, top - n, n)) &&
                           construct_plain(vm, fb, n)
                       ? CALLED_NATIVE
                       : CALL_FAILED;
        return enter_construct(vm, fb, n) ? CALLED_FRAME : CALL_FAILED;
    }
    if (IS_BOUND(callee)) {
        // one slot more: every frame keeps one spare (push_closure_frame)
        ObjBound *b = AS_BOUND(callee);
        memmove(top - n + 1, top - n, sizeof(Value) * (size_t)n);
        top[-n] = b->receiver;
        top[-n - 1] = b->method;
        fb->top = top + 1;
        *argc = n + 1;
        return CALLED_AGAIN;
    }
    CallFrame *frame = &fb->frames[fb->frame_count - 1];
    call_error(vm, frame, frame->ip, callee);
    return CALL_FAILED;
}

// INVOKE obj.name(args) with the stack [nil, obj, args...] (argc args): puts
// the callee in the nil slot and returns the argc of the call, or -1 (error).
// - an instance: a field holding a function wins over the method of that
//   name; either way obj stays as the first argument (`this`);
// - a map: the function stored under the key is called WITHOUT the map (maps
//   are namespaces of functions, m.f(x) is m["f"](x)), so obj is dropped;
// - otherwise, or for a map without that key: the builtin of that name with
//   obj as its first argument (s.len() is len(s)).
static int invoke_target(VM *vm, Fiber *fb, int argc, ObjString *name, const uint32_t *cache)
{
    Value *top = fb->top;
    Value recv = top[-argc - 1];
    Value *m = NULL;
    if (IS_INSTANCE(recv)) {
        ObjInstance *o = AS_INSTANCE(recv);
        m = tbl_get(&o->fields, name);
        if (!m)
            m = cache ? ic_get(&o->klass->methods, name, cache) : tbl_get(&o->klass->methods, name);
        if (!m) {
            vm_type_error(vm, "%s has no method '%s'", o->klass->name->chars, name->chars);
            return -1;
        }
        top[-argc - 2] = *m;
        return argc + 1;
    }
    if (IS_MAP(recv) && (m = tbl_get(&AS_MAP(recv)->table, name)) != NULL) {
        top[-argc - 2] = *m;
        memmove(top - argc - 1, top - argc, sizeof(Value) * (size_t)argc);
        fb->top--;
        return argc;
    }
    Value bf;
    if (builtin_by_name(vm, name, &bf)) {
        top[-argc - 2] = bf;
        return argc + 1;
    }
    if (IS_MAP(recv))
        vm_type_error(vm, "CALL expects function, got nil (map has no key '%s')", name->chars);
    else
        vm_type_error(vm, "%s has no method '%s'", val_op_type_name(recv), name->chars);
    return -1;
}

// super.name: the method of the parent of the class that defines the running
// method (not of the receiver's class), or NULL with the error set.
static Value *super_method(VM *vm, ObjClass *owner, ObjString *name)
{
    Value *m = owner && owner->parent ? tbl_get(&owner->parent->methods, name) : NULL;
    if (m)
        return m;
    if (!owner || !owner->parent)
        vm_error(vm, "super.%s: class has no parent", name->chars);
    else
        vm_error(vm, "super.%s: %s has no method '%s'", name->chars, owner->parent->name->chars,
                 name->chars);
    return NULL;
}

// CLOSURE: captures the enclosing frame's locals (base) or its own upvalues.
static ObjClosure *make_closure(VM *vm, Fiber *fb, ObjClosure *enclosing, Value *base, ObjProto *p)
{
    ObjClosure *cl = closure_new(vm, p);
    *fb->top++ = OBJ_VAL(cl); // rooted while capture_upvalue allocates
    for (int i = 0; i < p->nupvalues; i++) {
        UpvalDesc *d = &p->upvals[i];
        cl->upvalues[i] = d->is_local ? capture_upvalue(vm, base + d->index)
                                      : enclosing->upvalues[d->index];
    }
    fb->top--;
    return cl;
}

// MAP: a map of the n key/value pairs at pairs (still on the stack: rooted).
static Value make_map(VM *vm, Fiber *fb, Value *pairs, size_t n)
{
    ObjMap *m = map_new(vm);
    *fb->top++ = OBJ_VAL(m); // rooted while the table grows
    for (size_t i = 0; i < n; i++)
        tbl_set(vm, &m->table, AS_STRING(pairs[2 * i]), pairs[2 * i + 1]);
    fb->top--;
    return OBJ_VAL(m);
}

// TRY: a handler that resumes at catch_ip with the frames and stack of now.
static void push_handler(VM *vm, Fiber *fb, const uint32_t *catch_ip)
{
    if (fb->handler_count == fb->handler_cap) {
        size_t cap = fb->handler_cap ? fb->handler_cap * 2 : 16;
        fb->handlers = GROW_ARRAY(vm, Handler, fb->handlers, fb->handler_cap, cap);
        fb->handler_cap = cap;
    }
    Handler *h = &fb->handlers[fb->handler_count++];
    h->frame_count = fb->frame_count;
    h->stack_top = (size_t)(fb->top - fb->stack);
    h->catch_ip = catch_ip;
}

// An error caught by the innermost handler of fb: closes the upvalues above
// it, cuts frames and stack back, pushes the error for the catch variable and
// clears it. Returns where the catch starts.
static const uint32_t *enter_handler(VM *vm, Fiber *fb)
{
    Handler h = fb->handlers[--fb->handler_count];
    FUN_ASSERT(h.frame_count <= fb->frame_count && h.stack_top <= fb->stack_cap);
    close_upvalues(fb, fb->stack + h.stack_top);
    fb->frame_count = h.frame_count;
    fb->top = fb->stack + h.stack_top;
    *fb->top++ = vm->error;
    vm->has_error = false;
    vm->error = NIL_VAL;
    free(vm->error_trace);
    vm->error_trace = NULL;
    return h.catch_ip;
}

// FOR_PREP: hidden slots s[0..3] = what FOR_NEXT walks (the collection, or a
// snapshot of a map's or instance's keys: the loop may change the table),
// the index, the length, the collection itself.
static bool for_prep(VM *vm, Value *s, Value coll)
{
    s[1] = INT_VAL(0);
    s[3] = coll; // rooted before the keys snapshot allocates
    if (IS_ARRAY(coll) || IS_STRING(coll) || IS_NIL(coll)) {
        s[0] = coll;
        s[2] = INT_VAL(IS_ARRAY(coll) ? (int64_t)AS_ARRAY(coll)->count
                       : IS_STRING(coll) ? (int64_t)AS_STRING(coll)->len : 0);
        return true;
    }
    Table *t = field_table(coll);
    if (!t)
        return vm_type_error(vm, "cannot iterate over %s", val_op_type_name(coll));
    ObjArray *keys = array_new(vm, t->live);
    TBL_FOREACH(t, e) keys->items[keys->count++] = OBJ_VAL(e->key);
    s[0] = OBJ_VAL(keys);
    s[2] = INT_VAL((int64_t)keys->count);
    return true;
}

// FOR_NEXT of a string (one-byte strings) or a keys snapshot (the key, and
// with two variables its current value): pushes at sp, returns how many.
static int for_next_other(VM *vm, Value *s, int64_t i, bool two, Value *sp)
{
    Value *p = sp;
    if (IS_STRING(s[0])) {
        if (two)
            *p++ = INT_VAL(i);
        *p++ = OBJ_VAL(char_string(vm, (unsigned char)AS_STRING(s[0])->chars[i]));
        return (int)(p - sp);
    }
    Value key = AS_ARRAY(s[0])->items[i];
    *p++ = key;
    if (two) {
        Value *v = tbl_get(field_table(s[3]), AS_STRING(key));
        STORE(*p, v ? *v : NIL_VAL);
        p++;
    }
    return (int)(p - sp);
}

// RANGE_TEST: the loop test of range() with a step.
static bool range_test(VM *vm, Value i, Value end, Value step, Value *out)
{
    if (!IS_NUMBER(step) || !IS_NUMBER(end) || !IS_NUMBER(i))
        return vm_type_error(vm, "range() expects numbers");
    if (AS_NUMBER(step) == 0)
        return vm_error(vm, "range() step cannot be zero");
    *out = BOOL_VAL(AS_NUMBER(step) > 0 ? AS_NUMBER(i) < AS_NUMBER(end)
                                        : AS_NUMBER(i) > AS_NUMBER(end));
    return true;
}

// exit(v): the process exit code, 0-255.
static int exit_code_of(Value c)
{
    if (IS_INT(c))
        return (int)(AS_INT(c) & 255);
    if (IS_FLOAT(c))
        return (int)((int64_t)AS_FLOAT(c) & 255);
    if (IS_STRING(c))
        return (int)(strtoll(AS_CSTRING(c), NULL, 10) & 255);
    return 0;
}

// CONSTRUCT_STEP: pushes a call of step with the instance as `this` and the
// constructor's arguments (copied from the driver frame); returns its argc.
static int push_construct_call(VM *vm, Fiber *fb, ObjClosure *step)
{
    CallFrame *fr = &fb->frames[fb->frame_count - 1];
    int n = (int)AS_INT(fr->base[3]);
    if (STACK_TOO_SMALL(fb, (size_t)(fb->top - fb->stack), (size_t)n + 2))
        grow_stack(vm, fb, (size_t)n + 2); // moves fr->base with the stack
    Value *base = fr->base, *sp = fb->top;
    sp[0] = OBJ_VAL(step);
    STORE(sp[1], base[1]);
    for (int i = 0; i < n; i++)
        STORE(sp[2 + i], base[4 + i]);
    fb->top = sp + n + 2;
    return n + 1;
}

// PENDING_APPLY (apply(f, args)): pushes f and the Array's elements in place
// of the native's result, already popped; returns the argc.
static int push_apply(VM *vm, Fiber *fb)
{
    vm->pending = PENDING_NONE;
    ObjArray *a = AS_ARRAY(vm->apply_args); // vm->apply_args keeps it alive while the stack grows
    if (STACK_TOO_SMALL(fb, (size_t)(fb->top - fb->stack), a->count + 1))
        grow_stack(vm, fb, a->count + 1);
    *fb->top++ = vm->apply_fn;
    for (size_t i = 0; i < a->count; i++)
        *fb->top++ = a->items[i];
    vm->apply_fn = vm->apply_args = NIL_VAL;
    return (int)a->count;
}

// Equality (D7) with its usual cases decided here: two Ints, one object, two
// strings, and an object against anything else (never equal: no object equals
// a number, a Boolean or nil). Floats, Booleans against numbers, arrays and
// maps (structurally) are val_equal's.
static inline bool values_equal(Value a, Value b)
{
    if (IS_INT(a) && IS_INT(b))
        return a.as.i == b.as.i;
    if (IS_OBJ(a) && IS_OBJ(b)) {
        if (a.as.obj == b.as.obj)
            return true;
        if (a.as.obj->type == OBJ_STRING && b.as.obj->type == OBJ_STRING)
            return str_eq((ObjString *)a.as.obj, (ObjString *)b.as.obj);
    } else if (IS_OBJ(a) || IS_OBJ(b)) {
        return false;
    }
    if (IS_NIL(a) || IS_NIL(b)) // `x == nil`: nil equals nothing else
        return a.type == b.type;
    return val_equal(a, b);
}

// ---------------------------------------------------------------- the loop

#if defined(__GNUC__) || defined(__clang__)
#define COMPUTED_GOTO 1
#endif

// Arithmetic with a small Int operand: Int fast path, else the general rule.
#define IMM_ARITH(slow_op, int_result)                                                             \
    {                                                                                              \
        Value a = sp[-1];                                                                          \
        if (IS_INT(a)) {                                                                           \
            sp[-1].as.i = (int_result);                                                            \
            DISPATCH();                                                                            \
        }                                                                                          \
        SAVE();                                                                                    \
        Value r;                                                                                   \
        if (!arith(vm, slow_op, a, INT_VAL(GET_SA(w)), &r))                                        \
            THROW_ERR();                                                                           \
        sp[-1] = r;                                                                                \
        DISPATCH();                                                                                \
    }
#define IMM_U(a) ((uint64_t)(a).as.i)
#define IMM_K ((uint64_t)(int64_t)GET_SA(w))

#define BOTH_INT(a, b) (IS_INT(a) && IS_INT(b))
#define BOTH_FLOAT(a, b) (IS_FLOAT(a) && IS_FLOAT(b))

// The result of a OP b goes where a is (sp[-1]; the stack forms pop b first).
// Ints wrap (two's complement, through uint64_t); two Floats stay in place;
// otherwise b is pushed back and the general rule runs.
#define ARITH_FAST(a, b, OP, stack_op)                                                             \
    {                                                                                              \
        if (BOTH_INT(a, b)) {                                                                      \
            sp[-1].as.i = (int64_t)((uint64_t)(a).as.i OP (uint64_t)(b).as.i);                     \
            DISPATCH();                                                                            \
        }                                                                                          \
        if (BOTH_FLOAT(a, b)) {                                                                    \
            sp[-1].as.f = (a).as.f OP (b).as.f;                                                    \
            DISPATCH();                                                                            \
        }                                                                                          \
        PUSH(b);                                                                                   \
        w = (stack_op);                                                                            \
        if ((stack_op) == OP_ADD)                                                                  \
            goto add_slow;                                                                         \
        goto arith_slow;                                                                           \
    }
// a OP b of locals A16 and B8: a pushed, then the _L forms' rule.
#define ARITH_LL(OP, stack_op)                                                                     \
    {                                                                                              \
        Value a = base[GET_A16(w)], b = base[GET_B8(w)];                                           \
        PUSH(a);                                                                                   \
        ARITH_FAST(a, b, OP, stack_op)                                                             \
    }
// a OP b of the top two values into local A (ADD_SET...).
#define ARITH_SET(OP, stack_op)                                                                    \
    {                                                                                              \
        Value b = sp[-1], a = sp[-2];                                                              \
        Value *d = &base[GET_A(w)];                                                                \
        if (BOTH_INT(a, b)) {                                                                      \
            d->type = VAL_INT;                                                                     \
            d->as.i = (int64_t)((uint64_t)(a).as.i OP (uint64_t)(b).as.i);                         \
            sp -= 2;                                                                               \
            DISPATCH();                                                                            \
        }                                                                                          \
        if (BOTH_FLOAT(a, b)) {                                                                    \
            d->type = VAL_FLOAT;                                                                   \
            d->as.f = (a).as.f OP (b).as.f;                                                        \
            sp -= 2;                                                                               \
            DISPATCH();                                                                            \
        }                                                                                          \
        goto arith_set_slow;                                                                       \
    }
// Division: Floats (or a Float and an Int) divide as doubles, positive Int
// divisors truncate; zero divisors and the rest take the general rule.
#define DIV_FAST(a, b)                                                                             \
    {                                                                                              \
        if (IS_NUMBER(a) && IS_NUMBER(b) && !BOTH_INT(a, b) && AS_NUMBER(b) != 0.0) {              \
            sp[-1] = FLOAT_VAL(AS_NUMBER(a) / AS_NUMBER(b));                                       \
            DISPATCH();                                                                            \
        }                                                                                          \
        if (BOTH_INT(a, b) && (b).as.i > 0) {                                                      \
            sp[-1].as.i = (a).as.i / (b).as.i;                                                     \
            DISPATCH();                                                                            \
        }                                                                                          \
        PUSH(b);                                                                                   \
        w = OP_DIV;                                                                                \
        goto arith_slow;                                                                           \
    }
// A test's Boolean result in sp[-1]. An `if` condition compiles to a
// comparison followed by JUMP_IF_FALSE, a `while` condition (tested at the
// bottom of the loop) to one followed by JUMP_IF_TRUE, so the comparison takes
// that branch itself: one dispatch less and no push. The jump stays in the
// code for any jump that lands on it; a taken JUMP_IF_TRUE is a loop's back
// edge, where Ctrl-C is checked as JUMP_IF_TRUE itself does.
#define BOOL_RESULT(r)                                                                             \
    do {                                                                                           \
        bool r_ = (r);                                                                             \
        uint32_t next_ = *ip;                                                                      \
        if (GET_OP(next_) == OP_JUMP_IF_FALSE) {                                                   \
            ip += r_ ? 1 : 1 + GET_SA(next_);                                                      \
            sp--;                                                                                  \
            DISPATCH();                                                                            \
        }                                                                                          \
        if (GET_OP(next_) == OP_JUMP_IF_TRUE) {                                                    \
            sp--;                                                                                  \
            ip++;                                                                                  \
            if (r_) {                                                                              \
                ip += GET_SA(next_);                                                               \
                if (FUN_UNLIKELY(INTERRUPT_PENDING()))                                             \
                    goto interrupted;                                                              \
            }                                                                                      \
            DISPATCH();                                                                            \
        }                                                                                          \
        sp[-1] = BOOL_VAL(r_);                                                                     \
        DISPATCH();                                                                                \
    } while (0)
// The one "both Ints, else compare" test: Ints compare inline, Floats (NaN
// unordered), strings and type errors go through compare_op.
#define COMPARE_FAST(a, b, OP, stack_op)                                                           \
    {                                                                                              \
        if (BOTH_INT(a, b))                                                                        \
            BOOL_RESULT((a).as.i OP (b).as.i);                                                     \
        if (BOTH_FLOAT(a, b)) /* false for NaN, as compare_op decides */                          \
            BOOL_RESULT((a).as.f OP (b).as.f);                                                     \
        PUSH(b);                                                                                   \
        w = (stack_op);                                                                            \
        goto compare_slow;                                                                         \
    }
// local A16 OP small Int sB8: pushed (BOOL_RESULT puts it where a is), or a
// following jump taken; anything but an Int local goes through compare_op.
#define COMPARE_LI(OP, stack_op)                                                                   \
    {                                                                                              \
        Value a = base[GET_A16(w)];                                                                \
        PUSH(a);                                                                                   \
        if (FUN_LIKELY(IS_INT(a)))                                                                 \
            BOOL_RESULT(a.as.i OP GET_SB8(w));                                                     \
        SLOW(compare_op(vm, stack_op, a, INT_VAL(GET_SB8(w)), &sp[-1]));                           \
        DISPATCH();                                                                                \
    }
// a < b for the fused loop tests (JLT_LL, JLT_LK, LOOP_LT_LOCALS) into bool out.
#define LESS(a, b, out)                                                                            \
    do {                                                                                           \
        if (BOTH_INT(a, b)) {                                                                      \
            (out) = (a).as.i < (b).as.i;                                                           \
        } else {                                                                                   \
            SAVE();                                                                                \
            Value r_;                                                                              \
            if (!compare_op(vm, OP_LT, a, b, &r_))                                                 \
                THROW_ERR();                                                                       \
            (out) = AS_BOOL(r_);                                                                   \
        }                                                                                          \
    } while (0)

// The loop keeps ip, sp, base and k (the constants) in locals. SAVE() writes
// ip and sp back to the frame and fiber before anything that can look at them:
// an allocation (the collector marks the stack up to fb->top), an error (the
// trace reads frame->ip), a native or a nested run. RELOAD() reads the frame
// back after anything that can grow the stack (grow_stack moves it, so base
// and sp change) or push a frame; LOAD_FRAME() also takes its ip, for a frame
// entered or returned to.
#define LOAD_FRAME()                                                                               \
    do {                                                                                           \
        frame = &fb->frames[fb->frame_count - 1];                                                  \
        ip = frame->ip;                                                                            \
        base = frame->base;                                                                        \
        k = frame->closure->proto->consts;                                                         \
    } while (0)
#define SAVE() (fb->top = sp, frame->ip = ip)
#define RELOAD()                                                                                   \
    do {                                                                                           \
        frame = &fb->frames[fb->frame_count - 1];                                                  \
        base = frame->base;                                                                        \
        sp = fb->top;                                                                              \
        k = frame->closure->proto->consts;                                                         \
    } while (0)
#define PUSH(v)                                                                                    \
    do {                                                                                           \
        STORE(*sp, v);                                                                             \
        sp++;                                                                                      \
    } while (0)
#define THROW_ERR() goto on_error
// A slow path in a helper: state saved first, an error unwinds.
#define SLOW(call)                                                                                 \
    do {                                                                                           \
        SAVE();                                                                                    \
        if (!(call))                                                                               \
            THROW_ERR();                                                                           \
    } while (0)

// Runs until the frame that vm_call pushed on the entry fiber returns. Other
// fibers (coroutines, tasks) run in this same loop when a native asks for a
// switch: a fiber's own frames then start at 0 and all its handlers are its own.
static bool run(VM *vm, size_t base_frames, Value *out)
{
    Fiber *const entry = vm->fiber;
    const size_t entry_handler_base = entry->handler_count;
    Fiber *fb = entry;
    size_t fb_base_frames = base_frames; // frames of fb below this run
    size_t handler_base = entry_handler_base;
    CallFrame *frame;
    const uint32_t *ip;
    Value *base;
    Value *sp;
    Value *k;
    uint32_t w;
    int argc; // argument count shared by the call paths (CALL, INVOKE, SUPER_INVOKE)
    Value ret; // value being returned (RETURN, and CONSTRUCT_STEP's instance)
    ObjString *fname; // field name shared by GET_FIELD and GET_FIELD_L

    LOAD_FRAME();
    sp = fb->top;

#ifdef COMPUTED_GOTO
    static void *labels[] = {
#define X(name, fmt, eff, doc) &&L_##name,
        FUN_OPCODES(X)
#undef X
    };
    static void *trace_labels[] = {
#define X(name, fmt, eff, doc) &&L_TRACE,
        FUN_OPCODES(X)
#undef X
    };
    void **dispatch = vm->trace ? trace_labels : labels;
#define CASE(name) L_##name:
#define DISPATCH()                                                                                 \
    do {                                                                                           \
        w = *ip++;                                                                                 \
        goto *dispatch[GET_OP(w)];                                                                 \
    } while (0)
    DISPATCH();
L_TRACE:
    dbg_trace(vm, frame, ip - 1, sp);
    goto *labels[GET_OP(w)];
#else
#define CASE(name) case OP_##name:
#define DISPATCH() goto next
next:
    w = *ip++;
    if (vm->trace)
        dbg_trace(vm, frame, ip - 1, sp);
    switch (GET_OP(w)) {
#endif

    CASE(CONST) PUSH(k[GET_A(w)]); DISPATCH();
    CASE(INT) PUSH(INT_VAL(GET_SA(w))); DISPATCH();
    CASE(NIL) PUSH(NIL_VAL); DISPATCH();
    CASE(TRUE) PUSH(BOOL_VAL(true)); DISPATCH();
    CASE(FALSE) PUSH(BOOL_VAL(false)); DISPATCH();
    CASE(POP) sp--; DISPATCH();
    CASE(DUP) STORE(sp[0], sp[-1]); sp++; DISPATCH();
    CASE(DUP2) STORE(sp[0], sp[-2]); STORE(sp[1], sp[-1]); sp += 2; DISPATCH();
    CASE(GET_LOCAL) PUSH(base[GET_A(w)]); DISPATCH();
    CASE(SET_LOCAL) sp--; STORE(base[GET_A(w)], *sp); DISPATCH();
    CASE(GET_UPVAL) PUSH(*frame->closure->upvalues[GET_A(w)]->location); DISPATCH();
    CASE(SET_UPVAL) sp--; STORE(*frame->closure->upvalues[GET_A(w)]->location, *sp); DISPATCH();
    CASE(GET_GLOBAL) PUSH(vm->globals[GET_A(w)]); DISPATCH();
    CASE(SET_GLOBAL) sp--; STORE(vm->globals[GET_A(w)], *sp); DISPATCH();
    CASE(GET_BUILTIN) PUSH(OBJ_VAL(vm->natives[GET_A(w)])); DISPATCH();

    // Binary operators. Each has a stack form (both operands pushed) and an _L
    // form whose right operand is a local (the compiler fuses `GET_LOCAL x; OP`).
    // Ints and Floats are handled in place; everything else (mixed Int/Float
    // division, strings, arrays, errors) goes to the shared slow paths below,
    // which expect both operands on the stack and the stack form's opcode in w.
    CASE(ADD) { Value b = sp[-1], a = sp[-2]; sp--; ARITH_FAST(a, b, +, OP_ADD); }
    CASE(ADD_L) { Value b = base[GET_A(w)], a = sp[-1]; ARITH_FAST(a, b, +, OP_ADD); }
    CASE(SUB) { Value b = sp[-1], a = sp[-2]; sp--; ARITH_FAST(a, b, -, OP_SUB); }
    CASE(SUB_L) { Value b = base[GET_A(w)], a = sp[-1]; ARITH_FAST(a, b, -, OP_SUB); }
    CASE(MUL) { Value b = sp[-1], a = sp[-2]; sp--; ARITH_FAST(a, b, *, OP_MUL); }
    CASE(MUL_L) { Value b = base[GET_A(w)], a = sp[-1]; ARITH_FAST(a, b, *, OP_MUL); }
    CASE(DIV) { Value b = sp[-1], a = sp[-2]; sp--; DIV_FAST(a, b); }
    // the same with SET_LOCAL A folded in: two Ints or two Floats (a Float
    // quotient) go straight to the local, the rest is the stack form's path
    // and then the store
    CASE(ADD_SET) ARITH_SET(+, OP_ADD);
    CASE(SUB_SET) ARITH_SET(-, OP_SUB);
    CASE(MUL_SET) ARITH_SET(*, OP_MUL);
    CASE(DIV_SET)
    {
        Value b = sp[-1], a = sp[-2];
        if (IS_NUMBER(a) && IS_NUMBER(b) && !BOTH_INT(a, b) && AS_NUMBER(b) != 0.0) {
            Value *d = &base[GET_A(w)];
            d->type = VAL_FLOAT;
            d->as.f = AS_NUMBER(a) / AS_NUMBER(b);
            sp -= 2;
            DISPATCH();
        }
        if (BOTH_INT(a, b) && (b).as.i > 0) {
            Value *d = &base[GET_A(w)];
            d->type = VAL_INT;
            d->as.i = (a).as.i / (b).as.i;
            sp -= 2;
            DISPATCH();
        }
        goto arith_set_slow;
    }
arith_set_slow:
    // w still names the local; the stack form leaves its result in sp[-2]
    if (GET_OP(w) == OP_ADD_SET)
        SLOW(add_values(vm, sp[-2], sp[-1], &sp[-2]));
    else
        SLOW(arith(vm, GET_OP(w) == OP_SUB_SET ? OP_SUB : GET_OP(w) == OP_MUL_SET ? OP_MUL : OP_DIV,
                   sp[-2], sp[-1], &sp[-2]));
    STORE(base[GET_A(w)], sp[-2]);
    sp -= 2;
    DISPATCH();
    CASE(DIV_L) { Value b = base[GET_A(w)], a = sp[-1]; DIV_FAST(a, b); }
    CASE(MOD)
        if (BOTH_INT(sp[-2], sp[-1]) && sp[-1].as.i > 0) { // C's % is Fun's for these
            sp[-2].as.i %= sp[-1].as.i;
            sp--;
            DISPATCH();
        }
        goto arith_slow;
    // the operands stay on the stack during the call: a string concatenation
    // allocates, and the collector must still see them
add_slow:
    SLOW(add_values(vm, sp[-2], sp[-1], &sp[-2]));
    sp--;
    DISPATCH();
arith_slow:
    SLOW(arith(vm, (OpCode)GET_OP(w), sp[-2], sp[-1], &sp[-2]));
    sp--;
    DISPATCH();
    CASE(ADD_INPLACE) // a += b: an Array on the left grows in place, anything else is ADD
        if (!IS_ARRAY(sp[-2]) || !IS_ARRAY(sp[-1]))
            goto add_slow;
        SAVE();
        extend_array(vm, AS_ARRAY(sp[-2]), AS_ARRAY(sp[-1]));
        sp--;
        DISPATCH();
    CASE(CONCAT)
        SLOW(concat(vm, sp - GET_A(w), GET_A(w)));
        sp -= GET_A(w) - 1;
        DISPATCH();
    CASE(NEG)
        if (IS_INT(sp[-1]))
            sp[-1].as.i = (int64_t)(0 - (uint64_t)sp[-1].as.i);
        else if (IS_FLOAT(sp[-1]))
            sp[-1].as.f = -sp[-1].as.f;
        else
            SLOW(vm_type_error(vm, "NEG expects a number, got %s", val_op_type_name(sp[-1])));
        DISPATCH();
    CASE(NOT) sp[-1] = BOOL_VAL(!val_truthy(sp[-1])); DISPATCH();
    // == and != also have a _K form, the right operand a constant (x == "GET")
    CASE(EQ) { Value b = sp[-1], a = sp[-2]; sp--; BOOL_RESULT(values_equal(a, b)); }
    CASE(EQ_L) { Value b = base[GET_A(w)], a = sp[-1]; BOOL_RESULT(values_equal(a, b)); }
    CASE(EQ_K) { Value b = k[GET_A(w)], a = sp[-1]; BOOL_RESULT(values_equal(a, b)); }
    CASE(NE) { Value b = sp[-1], a = sp[-2]; sp--; BOOL_RESULT(!values_equal(a, b)); }
    CASE(NE_L) { Value b = base[GET_A(w)], a = sp[-1]; BOOL_RESULT(!values_equal(a, b)); }
    CASE(NE_K) { Value b = k[GET_A(w)], a = sp[-1]; BOOL_RESULT(!values_equal(a, b)); }
    CASE(LT) { Value b = sp[-1], a = sp[-2]; sp--; COMPARE_FAST(a, b, <, OP_LT); }
    CASE(LT_L) { Value b = base[GET_A(w)], a = sp[-1]; COMPARE_FAST(a, b, <, OP_LT); }
    CASE(LE) { Value b = sp[-1], a = sp[-2]; sp--; COMPARE_FAST(a, b, <=, OP_LE); }
    CASE(LE_L) { Value b = base[GET_A(w)], a = sp[-1]; COMPARE_FAST(a, b, <=, OP_LE); }
    CASE(GT) { Value b = sp[-1], a = sp[-2]; sp--; COMPARE_FAST(a, b, >, OP_GT); }
    CASE(GT_L) { Value b = base[GET_A(w)], a = sp[-1]; COMPARE_FAST(a, b, >, OP_GT); }
    CASE(GE) { Value b = sp[-1], a = sp[-2]; sp--; COMPARE_FAST(a, b, >=, OP_GE); }
    CASE(GE_L) { Value b = base[GET_A(w)], a = sp[-1]; COMPARE_FAST(a, b, >=, OP_GE); }
compare_slow:
    SLOW(compare_op(vm, (OpCode)GET_OP(w), sp[-2], sp[-1], &sp[-2]));
    sp--;
    DISPATCH();
    CASE(ADDI) IMM_ARITH(OP_ADD, (int64_t)(IMM_U(a) + IMM_K))
    CASE(SUBI) IMM_ARITH(OP_SUB, (int64_t)(IMM_U(a) - IMM_K))
    CASE(LTI)
        if (IS_INT(sp[-1]))
            BOOL_RESULT(sp[-1].as.i < GET_SA(w));
        SLOW(compare_op(vm, OP_LT, sp[-1], INT_VAL(GET_SA(w)), &sp[-1]));
        DISPATCH();
    // Ctrl-C (and a fuzz build's budget) is checked on backward jumps and calls
    CASE(JUMP)
        ip += GET_SA(w);
        if (GET_SA(w) < 0 && FUN_UNLIKELY(INTERRUPT_PENDING()))
            goto interrupted;
        DISPATCH();
    CASE(JUMP_IF_FALSE)
        sp--;
        if (sp->type == VAL_BOOL ? !sp->as.b : !val_truthy(*sp))
            ip += GET_SA(w);
        DISPATCH();
    CASE(JUMP_IF_TRUE) // the back edge of do-while style loops
        sp--;
        if (sp->type == VAL_BOOL ? sp->as.b : val_truthy(*sp)) {
            ip += GET_SA(w);
            if (FUN_UNLIKELY(INTERRUPT_PENDING()))
                goto interrupted;
        }
        DISPATCH();
    CASE(LOOP_LT_LOCALS)
    {
        Value a = base[GET_A16(w)], b = base[GET_B8(w)];
        int32_t off = (int32_t)*ip++;
        bool lt;
        LESS(a, b, lt);
        if (!lt)
            ip += off;
        DISPATCH();
    }
    CASE(JLT_LL)
    CASE(JLT_LK)
    {
        Value a = base[GET_A16(w)];
        Value b = GET_OP(w) == OP_JLT_LL ? base[GET_B8(w)] : k[GET_B8(w)];
        int32_t off = (int32_t)*ip++;
        bool lt;
        LESS(a, b, lt);
        if (lt) {
            ip += off;
            if (FUN_UNLIKELY(INTERRUPT_PENDING()))
                goto interrupted;
        }
        DISPATCH();
    }
    // local op local, pushed: Ints and Floats inline, else the stack form's slow path
    CASE(ADD_LL) ARITH_LL(+, OP_ADD);
    CASE(SUB_LL) ARITH_LL(-, OP_SUB);
    CASE(MUL_LL) ARITH_LL(*, OP_MUL);
    // local op small Int (the compiler fuses GET_LOCAL into ADDI, LTI...):
    // the result is pushed; the comparisons take a following jump
    CASE(ADD_LI)
    CASE(SUB_LI)
    {
        Value a = base[GET_A16(w)];
        int64_t b = GET_SB8(w);
        if (FUN_LIKELY(IS_INT(a))) {
            // wraps around like ADDI
            uint64_t r = GET_OP(w) == OP_ADD_LI ? IMM_U(a) + (uint64_t)b : IMM_U(a) - (uint64_t)b;
            PUSH(INT_VAL((int64_t)r));
            DISPATCH();
        }
        PUSH(a);
        SLOW(arith(vm, GET_OP(w) == OP_ADD_LI ? OP_ADD : OP_SUB, a, INT_VAL(b), &sp[-1]));
        DISPATCH();
    }
    CASE(LT_LI) COMPARE_LI(<, OP_LT);
    CASE(LE_LI) COMPARE_LI(<=, OP_LE);
    CASE(GT_LI) COMPARE_LI(>, OP_GT);
    CASE(GE_LI) COMPARE_LI(>=, OP_GE);
    CASE(MULI) IMM_ARITH(OP_MUL, (int64_t)(IMM_U(a) * IMM_K))
    CASE(MODI) IMM_ARITH(OP_MOD, a.as.i % GET_SA(w)) // sA > 0
    CASE(DIVI) // sA > 0: an Int truncates as Int / Int does, a Float divides as a double
        if (IS_FLOAT(sp[-1])) {
            sp[-1].as.f /= (double)GET_SA(w);
            DISPATCH();
        }
        IMM_ARITH(OP_DIV, a.as.i / GET_SA(w))
    CASE(INC_LOCAL)
    {
        Value *v = &base[GET_A16(w)];
        int64_t d = (int8_t)GET_B8(w);
        if (IS_INT(*v))
            v->as.i = (int64_t)((uint64_t)v->as.i + (uint64_t)d);
        else
            SLOW(add_values(vm, *v, INT_VAL(d), v));
        DISPATCH();
    }

    CASE(CALL)
        argc = (int)GET_A(w);
    do_call:
        // every call (CALL, INVOKE, SUPER_INVOKE, apply, constructor steps)
        // gets here with the callee at sp[-argc - 1] and its arguments above
        SAVE();
        if (FUN_UNLIKELY(INTERRUPT_PENDING()))
            goto interrupted;
        if (FUN_LIKELY(IS_CLOSURE(sp[-argc - 1]))) {
            ObjProto *callee_proto = AS_CLOSURE(sp[-argc - 1])->proto;
            if (!push_closure_frame(vm, fb, argc, false))
                THROW_ERR();
            // not LOAD_FRAME: reading back the frame just written (the
            // compiler stores closure and ip as one 16-byte write) stalls
            // on a failed store-to-load forward, ~10% of a call-heavy run
            frame = &fb->frames[fb->frame_count - 1];
            sp = fb->top;
            base = sp - callee_proto->nslots;
            ip = callee_proto->code;
            k = callee_proto->consts;
            DISPATCH();
        }
        CallOutcome called = call_other(vm, fb, &argc);
        sp = fb->top;
        if (called == CALLED_AGAIN) // a bound method, now its method and receiver
            goto do_call;
        if (called == CALLED_FRAME) { // a class: the constructor driver frame
            LOAD_FRAME();
            DISPATCH();
        }
        RELOAD(); // a native may have run Fun code (vm_call) that moved the stack
        if (called == CALL_FAILED)
            THROW_ERR();
        if (FUN_UNLIKELY(vm->pending))
            goto pending;
        DISPATCH();
    CASE(CALL_BUILTIN)
    {
        argc = (int)GET_B8(w);
        ObjNative *n = vm->natives[GET_A16(w)];
        if (n->fn == native_push && argc == 2 && IS_ARRAY(sp[-2])) {
            // push(a, v), the usual way to build an array, without a native
            // call; as a statement its result is popped right away
            ObjArray *a = AS_ARRAY(sp[-2]);
            if (FUN_UNLIKELY(a->count == a->cap)) {
                SAVE();
                array_push(vm, a, sp[-1]); // a and v stay rooted on the stack
            } else {
                STORE(a->items[a->count], sp[-1]);
                a->count++;
            }
            sp--;
            sp[-1] = INT_VAL((int64_t)a->count);
            if (GET_OP(*ip) == OP_POP) {
                ip++;
                sp--;
            }
            DISPATCH();
        }
        Value r;
        SAVE();
        bool ok = call_native(vm, n, argc, sp - argc, &r, true);
        RELOAD(); // the native may have run Fun code that moved the stack
        if (!ok)
            THROW_ERR();
        sp -= argc;
        PUSH(r);
        if (FUN_UNLIKELY(vm->pending))
            goto pending;
        DISPATCH();
    }
    CASE(INVOKE)
    CASE(INVOKE_W)
    {
        // [nil, receiver, args...]: the nil slot takes the callee
        const uint32_t *cache = GET_OP(w) == OP_INVOKE ? ip++ : NULL; // INVOKE_W has none
        ObjString *name = AS_STRING(k[cache ? GET_A16(w) : GET_A(w)]);
        argc = cache ? (int)GET_B8(w) : (int)*ip++;
        Value recv = sp[-argc - 1];
        if (IS_INSTANCE(recv)) { // the usual case inline; the rules are in invoke_target
            ObjInstance *o = AS_INSTANCE(recv);
            // a field of that name would win over the method, but none can
            // exist when no key of the instance names a method: every such
            // key added after its class was made, so had the flag set then
            Value *m = o->fields.keys_interned && !o->fields.method_keys ? NULL
                                                                          : tbl_get(&o->fields, name);
            if (!m && cache)
                m = ic_get(&o->klass->methods, name, cache);
            if (m) {
                STORE(sp[-argc - 2], *m);
                argc++;
                goto do_call;
            }
        }
        SAVE();
        argc = invoke_target(vm, fb, argc, name, cache);
        if (argc < 0)
            THROW_ERR();
        sp = fb->top;
        goto do_call;
    }
    CASE(SUPER_INVOKE)
    {
        // [nil, this, args...]: the parent's method, `this` staying the receiver
        ObjString *name = AS_STRING(k[GET_A16(w)]);
        argc = (int)GET_B8(w);
        Value *m = super_method(vm, frame->closure->owner, name);
        if (!m) {
            SAVE();
            THROW_ERR();
        }
        STORE(sp[-argc - 2], *m);
        argc++;
        goto do_call;
    }
    CASE(RETURN)
    CASE(RETURN_NIL)
    CASE(RETURN_L)
    {
        if (GET_OP(w) == OP_RETURN_NIL)
            ret = NIL_VAL;
        else // field by field (see STORE): the value was often just computed
            STORE(ret, GET_OP(w) == OP_RETURN ? sp[-1] : base[GET_A(w)]);
        if (fb->open_upvalues) // only a frame with captured locals opens them
            close_upvalues(fb, base);
    do_return:
        FUN_ASSERT(fb->frame_count > fb_base_frames && sp >= base);
        fb->frame_count--;
        // a return from inside `try` drops the handlers of the frame it leaves
        while (fb->handler_count > handler_base &&
               fb->handlers[fb->handler_count - 1].frame_count > fb->frame_count)
            fb->handler_count--;
        if (FUN_UNLIKELY(fb->frame_count == fb_base_frames)) {
            fb->top = base;
            if (fb == entry) {
                *out = ret;
                return true;
            }
            // a fiber's entry function returned: it is done
            sched_fiber_ended(vm, fb, true, ret);
            goto do_switch;
        }
        sp = base; // the callee's slot takes the result
        PUSH(ret);
        LOAD_FRAME();
        DISPATCH();
    }
    CASE(CLOSURE)
        SAVE();
        PUSH(OBJ_VAL(make_closure(vm, fb, frame->closure, base, AS_PROTO(k[GET_A(w)]))));
        DISPATCH();
    CASE(CLASS)
    {
        // [parent, init, methods...] -> class
        ObjArray *desc = AS_ARRAY(k[GET_A(w)]);
        int nm = (int)AS_ARRAY(desc->items[4])->count;
        SLOW(make_class(vm, desc, sp[-nm - 2], sp[-nm - 1], sp - nm, nm, &sp[-nm - 2]));
        sp -= nm + 1;
        DISPATCH();
    }
    CASE(ARRAY)
        SAVE();
        sp[-(int)GET_A(w)] = make_array(vm, sp - GET_A(w), GET_A(w)); // items rooted meanwhile
        sp -= (int)GET_A(w) - 1;
        DISPATCH();
    CASE(ARRAY_PUSH)
        SAVE();
        array_push(vm, AS_ARRAY(sp[-2]), sp[-1]);
        sp--;
        DISPATCH();
    CASE(MAP)
        SAVE();
        sp[-2 * (int)GET_A(w)] = make_map(vm, fb, sp - 2 * GET_A(w), GET_A(w));
        sp -= 2 * (int)GET_A(w) - 1;
        DISPATCH();
    CASE(MAP_SET)
        SAVE();
        tbl_set(vm, &AS_MAP(sp[-3])->table, AS_STRING(sp[-2]), sp[-1]);
        sp -= 2;
        DISPATCH();
    // obj[i] with a non-negative Int index into an Array stays in the loop;
    // negative indices, strings, maps and errors go to index_get/index_set
    CASE(INDEX_L)
        if (array_slot(sp[-1], base[GET_A(w)])) {
            STORE(sp[-1], *array_slot(sp[-1], base[GET_A(w)]));
            DISPATCH();
        }
        PUSH(base[GET_A(w)]);
        goto index_slow;
    CASE(INDEX_LL) // a[i], both locals: the usual loop body read
    {
        Value a = base[GET_A16(w)], i = base[GET_B8(w)];
        Value *slot = array_slot(a, i);
        if (slot) {
            PUSH(*slot);
            DISPATCH();
        }
        PUSH(a);
        PUSH(i);
        goto index_slow;
    }
    CASE(INDEX)
        if (array_slot(sp[-2], sp[-1])) {
            STORE(sp[-2], *array_slot(sp[-2], sp[-1]));
            sp--;
            DISPATCH();
        }
index_slow:
    SLOW(index_get(vm, sp[-2], sp[-1], &sp[-2]));
    sp--;
    DISPATCH();
    CASE(SET_INDEX)
    {
        Value *slot = array_slot(sp[-3], sp[-2]);
        if (slot)
            STORE(*slot, sp[-1]);
        else
            SLOW(index_set(vm, sp[-3], sp[-2], sp[-1]));
        sp -= 3;
        DISPATCH();
    }
    // m["key"]: the word after is an inline cache as for fields (ic_get).
    // Maps made by the same code put a key at the same entry position (a
    // server's options, every request's map), so the cache holds across maps.
    CASE(INDEX_K) // obj["key"]
    {
        Value *v;
        if (IS_MAP(sp[-1])) {
            v = ic_get(&AS_MAP(sp[-1])->table, AS_STRING(k[GET_A(w)]), ip);
            STORE(sp[-1], v ? *v : NIL_VAL);
        } else {
            SLOW(index_get(vm, sp[-1], k[GET_A(w)], &sp[-1]));
        }
        ip++;
        DISPATCH();
    }
    CASE(SET_INDEX_K) // obj["key"] = v
    {
        Value *slot = IS_MAP(sp[-2]) ? ic_get(&AS_MAP(sp[-2])->table, AS_STRING(k[GET_A(w)]), ip) : NULL;
        if (slot)
            STORE(*slot, sp[-1]);
        else
            SLOW(index_set(vm, sp[-2], k[GET_A(w)], sp[-1]));
        ip++;
        sp -= 2;
        DISPATCH();
    }
    CASE(SLICE)
        SLOW(slice(vm, sp[-3], sp[-2], sp[-1], &sp[-3]));
        sp -= 2;
        DISPATCH();
    // Fields: the word after the instruction is its inline cache (ic_get).
    // Instances and maps are read in the loop; a miss (a method read as a
    // value, a new key, another type) goes to get_field/new_field.
    CASE(GET_FIELD_L) // GET_LOCAL A16 + GET_FIELD B8
    {
        // a hit reads the local into a register and pushes only the field
        // (not the object, to read it back); the rest is GET_FIELD's path
        Value o = base[GET_A16(w)];
        fname = AS_STRING(k[GET_B8(w)]);
        Table *t = field_table(o);
        if (t) {
            uint32_t pos = GET_A(*ip);
            if (FUN_LIKELY(pos < t->count && t->entries[pos].key == fname)) {
                PUSH(t->entries[pos].value);
                ip++;
                DISPATCH();
            }
        }
        PUSH(o);
        goto get_field;
    }
    CASE(GET_FIELD)
        fname = AS_STRING(k[GET_A(w)]);
    get_field:
    {
        Table *t = field_table(sp[-1]);
        Value *v = t ? ic_get(t, fname, ip) : NULL;
        if (v)
            STORE(sp[-1], *v);
        else
            SLOW(get_field(vm, sp[-1], fname, &sp[-1]));
        ip++;
        DISPATCH();
    }
    CASE(SET_FIELD)
    {
        Table *t = field_table(sp[-2]);
        Value *slot = t ? ic_get(t, AS_STRING(k[GET_A(w)]), ip) : NULL;
        if (slot)
            STORE(*slot, sp[-1]);
        else
            SLOW(new_field(vm, sp[-2], AS_STRING(k[GET_A(w)]), sp[-1], ip));
        ip++;
        sp -= 2;
        DISPATCH();
    }
    CASE(SET_FIELD_L) // SET_FIELD with the object in local A16, the field constant B8
    {
        Value o = base[GET_A16(w)];
        ObjString *name = AS_STRING(k[GET_B8(w)]);
        Table *t = field_table(o);
        Value *slot = t ? ic_get(t, name, ip) : NULL;
        if (slot)
            STORE(*slot, sp[-1]);
        else
            SLOW(new_field(vm, o, name, sp[-1], ip));
        ip++;
        sp--;
        DISPATCH();
    }
    CASE(CHECK_TYPE) SLOW(check_type(vm, GET_A(w), &sp[-1])); DISPATCH();
    CASE(TRY)
        SAVE();
        push_handler(vm, fb, ip + GET_SA(w));
        DISPATCH();
    CASE(END_TRY) fb->handler_count--; DISPATCH();
    CASE(THROW) SAVE(); vm_throw(vm, sp[-1]); THROW_ERR();
    CASE(FOR_PREP)
        // hidden slots: [collection or keys snapshot, index, length, collection]
        sp--;
        SLOW(for_prep(vm, &base[GET_A16(w)], *sp));
        DISPATCH();
    CASE(FOR_NEXT)
    {
        Value *s = &base[GET_A16(w)];
        int32_t off = (int32_t)*ip++;
        int64_t i = s[1].as.i;
        bool two = GET_B8(w) == 2;
        if (i >= s[2].as.i) {
            ip += off;
            DISPATCH();
        }
        s[1].as.i = i + 1;
        if (IS_ARRAY(s[0]) && IS_ARRAY(s[3])) {
            // an array is read live: it may shrink while the loop runs
            ObjArray *a = AS_ARRAY(s[0]);
            if ((size_t)i >= a->count) {
                ip += off;
                DISPATCH();
            }
            if (two)
                PUSH(INT_VAL(i));
            PUSH(a->items[i]);
            DISPATCH();
        }
        SAVE();
        sp += for_next_other(vm, s, i, two, sp);
        DISPATCH();
    }
    CASE(RANGE_TEST)
    {
        // i end step -> whether i is still before end in the step's direction
        Value r;
        SLOW(range_test(vm, sp[-3], sp[-2], sp[-1], &r));
        sp -= 2;
        sp[-1] = r;
        DISPATCH();
    }
    CASE(EXIT)
        SAVE();
        vm->exit_code = exit_code_of(sp[-1]);
        vm->exiting = true; // unwinds past every handler (on_error)
        THROW_ERR();
    CASE(NOP) DISPATCH();
    CASE(CONSTRUCT_STEP)
    {
        // a driver frame [class, instance, step, argc, args...] (enter_construct):
        // call the next initializer or _construct, or return the instance
        ObjClosure *step = next_construct_step(vm, base);
        if (!step) {
            ret = base[1];
            AS_CLASS(base[0])->field_hint = AS_INSTANCE(ret)->fields.count;
            goto do_return;
        }
        SAVE();
        argc = push_construct_call(vm, fb, step);
        RELOAD();
        goto do_call;
    }

#ifndef COMPUTED_GOTO
    }
    goto next;
#endif

pending:
    // a native asked for more than a result (vm->pending); its result slot is sp[-1]
    if (vm->pending == PENDING_APPLY) {
        sp--;
        SAVE();
        argc = push_apply(vm, fb);
        RELOAD();
        goto do_call;
    }
    // PENDING_SWITCH: this fiber stops here; the value it is resumed with
    // later takes the place of the native's result
    sp--;
    SAVE();
do_switch:
    {
        // continue with vm->switch_to (fiber_resume, fiber_yield, a task
        // switch, a fiber's end): its state is in its Fiber, nothing in C
        bool raise;
        Value v = take_switch(vm, &raise);
        fb = vm->fiber;
        fb_base_frames = fb == entry ? base_frames : 0;
        handler_base = fb == entry ? entry_handler_base : 0;
        if (!fb->started) {
            if (!start_fiber(vm, fb, v)) {
                // nothing of the fiber ran: it fails with that error
                fb->top = fb->stack;
                sched_fiber_ended(vm, fb, false, vm->error);
                goto do_switch;
            }
            raise = false; // a first resume starts the entry call: nothing to raise or push
        } else if (!raise) {
            *fb->top++ = v; // the result of its fiber_yield / wait / resume
        }
        LOAD_FRAME();
        sp = fb->top;
        if (raise) {
            vm_throw(vm, v);
            goto on_error;
        }
        DISPATCH();
    }

interrupted:
#ifdef FUN_FUZZ
    if (vm->fuel < 0) { // budget spent: stop like exit, past every handler
        SAVE();
        vm->exit_code = 124;
        vm->exiting = true;
        goto on_error;
    }
#endif
    vm_interrupt_requested = 0;
    SAVE();
    vm_error(vm, "interrupted");
    goto on_error;
on_error:
    // fb->top and frame->ip were saved at the failing instruction
    if (vm->exiting) {
        vm->fiber = entry;
        entry->frame_count = base_frames;
        return false;
    }
    if (fb->handler_count > handler_base) {
        // the innermost try of this fiber (and of this run): cut the frames
        // and the stack back to it and continue at its catch with the error
        ip = enter_handler(vm, fb);
        frame = &fb->frames[fb->frame_count - 1];
        base = frame->base;
        k = frame->closure->proto->consts;
        sp = fb->top;
        DISPATCH();
    }
    drop_frames(vm, fb, fb_base_frames); // uncaught: keep the trace, cut back to this run
    if (fb == entry)
        return false;
    // uncaught in a fiber: it fails; the error goes to its resumer (or the scheduler)
    sched_fiber_ended(vm, fb, false, vm->error);
    goto do_switch;
}

bool vm_run_main(VM *vm, ObjClosure *main)
{
    Value v;
    return vm_call(vm, OBJ_VAL(main), 0, NULL, &v);
}
