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

void vm_push_root(VM *vm, Value v)
{
    if (vm->root_count == vm->root_cap) {
        vm->root_cap = vm->root_cap ? vm->root_cap * 2 : 64;
        vm->roots = fun_realloc(vm->roots, sizeof(Value) * vm->root_cap);
    }
    vm->roots[vm->root_count++] = v;
}

void vm_pop_root(VM *vm) { vm->root_count--; }
void vm_pop_roots(VM *vm, size_t n) { vm->root_count -= n; }

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
    vm_push_root(vm, OBJ_VAL(s));
    tbl_set(vm, &vm->strings, s, OBJ_VAL(s));
    vm_pop_root(vm);
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
static bool push_closure_frame(VM *vm, Fiber *fb, int argc)
{
    Value *callee = fb->top - argc - 1;
    ObjClosure *cl = AS_CLOSURE(*callee);
    ObjProto *p = cl->proto;
    if (fb->frame_count >= vm->max_frames)
        return vm_error(vm, "stack overflow");
    size_t used = (size_t)(fb->top - fb->stack);
    if (STACK_TOO_SMALL(fb, used, (size_t)p->maxstack + 1))
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

// Starts `new K(args)` for the class at top[-argc - 1]: checks the header
// parameters, allocates the instance and pushes a constructor driver frame
// laid out as [K, instance, step, argc, args...]; CONSTRUCT_STEP then runs
// the field initializers (root class first) and _construct as ordinary frames.
static bool enter_construct(VM *vm, Fiber *fb, int argc)
{
    ObjClass *k = AS_CLASS(fb->top[-argc - 1]);
    Value *args = fb->top - argc;
    // lenient like any call (D18, D19): header parameters take the first
    // arguments, _construct receives them all
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
    ObjInstance *inst = instance_new(vm, k); // may collect: everything is on the stack
    if (k->field_hint) {
        vm_push_root(vm, OBJ_VAL(inst));
        tbl_reserve(vm, &inst->fields, k->field_hint);
        vm_pop_root(vm);
    }
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
    bool ok = IS_CLOSURE(callee) ? push_closure_frame(vm, fb, argc) : enter_construct(vm, fb, argc);
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
    return push_closure_frame(vm, fb, argc);
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
        tbl_set(vm, &k->methods, AS_STRING(mn->items[i]), methods[i]);
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
        *sp++ = (b);                                                                               \
        w = (stack_op);                                                                            \
        if ((stack_op) == OP_ADD)                                                                  \
            goto add_slow;                                                                         \
        goto arith_slow;                                                                           \
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
        *sp++ = (b);                                                                               \
        w = OP_DIV;                                                                                \
        goto arith_slow;                                                                           \
    }
// A test's Boolean result in sp[-1]. An `if` or `while` condition compiles to
// a comparison followed by JUMP_IF_FALSE, so the comparison takes that branch
// itself: one dispatch less and no push. The JUMP_IF_FALSE stays in the code
// for any jump that lands on it.
#define BOOL_RESULT(r)                                                                             \
    do {                                                                                           \
        bool r_ = (r);                                                                             \
        if (GET_OP(*ip) == OP_JUMP_IF_FALSE) {                                                     \
            int32_t off_ = GET_SA(*ip);                                                            \
            ip += r_ ? 1 : 1 + off_;                                                               \
            sp--;                                                                                  \
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
        *sp++ = (b);                                                                               \
        w = (stack_op);                                                                            \
        goto compare_slow;                                                                         \
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
// Equality: Ints and interned strings by identity first, then the D7 rule.
#define EQUAL(a, b)                                                                                \
    (BOTH_INT(a, b) ? (a).as.i == (b).as.i                                                         \
                    : (IS_OBJ(a) && IS_OBJ(b) && AS_OBJ(a) == AS_OBJ(b)) || val_equal(a, b))

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
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define PEEK(n) (sp[-1 - (n)])
#define THROW_ERR() goto on_error

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
    CASE(DUP) sp[0] = sp[-1]; sp++; DISPATCH();
    CASE(DUP2) sp[0] = sp[-2]; sp[1] = sp[-1]; sp += 2; DISPATCH();
    CASE(GET_LOCAL) PUSH(base[GET_A(w)]); DISPATCH();
    CASE(SET_LOCAL) base[GET_A(w)] = POP(); DISPATCH();
    CASE(GET_UPVAL) PUSH(*frame->closure->upvalues[GET_A(w)]->location); DISPATCH();
    CASE(SET_UPVAL) *frame->closure->upvalues[GET_A(w)]->location = POP(); DISPATCH();
    CASE(GET_GLOBAL) PUSH(vm->globals[GET_A(w)]); DISPATCH();
    CASE(SET_GLOBAL) vm->globals[GET_A(w)] = POP(); DISPATCH();
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
    CASE(DIV_L) { Value b = base[GET_A(w)], a = sp[-1]; DIV_FAST(a, b); }
    CASE(MOD)
    {
        Value b = sp[-1], a = sp[-2];
        if (BOTH_INT(a, b) && b.as.i > 0) {
            sp[-2].as.i = a.as.i % b.as.i;
            sp--;
            DISPATCH();
        }
        goto arith_slow;
    }
add_slow:
    {
        SAVE();
        Value r;
        if (!add_values(vm, sp[-2], sp[-1], &r))
            THROW_ERR();
        sp[-2] = r;
        sp--;
        DISPATCH();
    }
arith_slow:
    {
        SAVE();
        Value r;
        if (!arith(vm, (OpCode)GET_OP(w), sp[-2], sp[-1], &r))
            THROW_ERR();
        sp[-2] = r;
        sp--;
        DISPATCH();
    }
    CASE(ADD_INPLACE)
    {
        Value b = sp[-1], a = sp[-2];
        if (IS_ARRAY(a) && IS_ARRAY(b)) {
            ObjArray *x = AS_ARRAY(a), *y = AS_ARRAY(b);
            size_t n = y->count;
            SAVE();
            array_reserve(vm, x, x->count + n);
            if (n)
                memmove(x->items + x->count, y->items, sizeof(Value) * n);
            x->count += n;
            sp--;
            DISPATCH();
        }
        goto add_slow;
    }
    CASE(CONCAT)
    {
        size_t n = GET_A(w);
        SAVE();
        if (!concat(vm, sp - n, n))
            THROW_ERR();
        sp -= n - 1;
        DISPATCH();
    }
    CASE(NEG)
    {
        Value a = sp[-1];
        if (IS_INT(a))
            sp[-1].as.i = (int64_t)(0 - (uint64_t)a.as.i);
        else if (IS_FLOAT(a))
            sp[-1].as.f = -a.as.f;
        else {
            SAVE();
            vm_type_error(vm, "NEG expects a number, got %s", val_op_type_name(a));
            THROW_ERR();
        }
        DISPATCH();
    }
    CASE(NOT) sp[-1] = BOOL_VAL(!val_truthy(sp[-1])); DISPATCH();
    CASE(EQ) { Value b = sp[-1], a = sp[-2]; sp--; BOOL_RESULT(EQUAL(a, b)); }
    CASE(EQ_L) { Value b = base[GET_A(w)], a = sp[-1]; BOOL_RESULT(EQUAL(a, b)); }
    CASE(NE) { Value b = sp[-1], a = sp[-2]; sp--; BOOL_RESULT(!EQUAL(a, b)); }
    CASE(NE_L) { Value b = base[GET_A(w)], a = sp[-1]; BOOL_RESULT(!EQUAL(a, b)); }
    CASE(LT) { Value b = sp[-1], a = sp[-2]; sp--; COMPARE_FAST(a, b, <, OP_LT); }
    CASE(LT_L) { Value b = base[GET_A(w)], a = sp[-1]; COMPARE_FAST(a, b, <, OP_LT); }
    CASE(LE) { Value b = sp[-1], a = sp[-2]; sp--; COMPARE_FAST(a, b, <=, OP_LE); }
    CASE(LE_L) { Value b = base[GET_A(w)], a = sp[-1]; COMPARE_FAST(a, b, <=, OP_LE); }
    CASE(GT) { Value b = sp[-1], a = sp[-2]; sp--; COMPARE_FAST(a, b, >, OP_GT); }
    CASE(GT_L) { Value b = base[GET_A(w)], a = sp[-1]; COMPARE_FAST(a, b, >, OP_GT); }
    CASE(GE) { Value b = sp[-1], a = sp[-2]; sp--; COMPARE_FAST(a, b, >=, OP_GE); }
    CASE(GE_L) { Value b = base[GET_A(w)], a = sp[-1]; COMPARE_FAST(a, b, >=, OP_GE); }
compare_slow:
    {
        SAVE();
        Value r;
        if (!compare_op(vm, (OpCode)GET_OP(w), sp[-2], sp[-1], &r))
            THROW_ERR();
        sp[-2] = r;
        sp--;
        DISPATCH();
    }
    CASE(ADDI) IMM_ARITH(OP_ADD, (int64_t)(IMM_U(a) + IMM_K))
    CASE(SUBI) IMM_ARITH(OP_SUB, (int64_t)(IMM_U(a) - IMM_K))
    CASE(LTI)
    {
        Value a = sp[-1];
        if (IS_INT(a))
            BOOL_RESULT(a.as.i < GET_SA(w));
        SAVE();
        Value r;
        if (!compare_op(vm, OP_LT, a, INT_VAL(GET_SA(w)), &r))
            THROW_ERR();
        sp[-1] = r;
        DISPATCH();
    }
    CASE(JUMP)
    {
        ip += GET_SA(w);
        if (GET_SA(w) < 0 && FUN_UNLIKELY(INTERRUPT_PENDING()))
            goto interrupted;
        DISPATCH();
    }
    CASE(JUMP_IF_FALSE)
    {
        Value c = POP();
        if (c.type == VAL_BOOL ? !c.as.b : !val_truthy(c))
            ip += GET_SA(w);
        DISPATCH();
    }
    CASE(JUMP_IF_TRUE)
    {
        Value c = POP();
        if (c.type == VAL_BOOL ? c.as.b : val_truthy(c)) {
            ip += GET_SA(w);
            if (FUN_UNLIKELY(INTERRUPT_PENDING()))
                goto interrupted;
        }
        DISPATCH();
    }
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
    CASE(MULI) IMM_ARITH(OP_MUL, (int64_t)(IMM_U(a) * IMM_K))
    CASE(MODI) IMM_ARITH(OP_MOD, a.as.i % GET_SA(w)) // sA > 0
    CASE(INC_LOCAL)
    {
        Value *v = &base[GET_A16(w)];
        int64_t d = (int8_t)GET_B8(w);
        if (IS_INT(*v)) {
            v->as.i = (int64_t)((uint64_t)v->as.i + (uint64_t)d);
            DISPATCH();
        }
        SAVE();
        Value r;
        if (!add_values(vm, *v, INT_VAL(d), &r))
            THROW_ERR();
        base[GET_A16(w)] = r;
        DISPATCH();
    }

    CASE(CALL)
    {
        argc = (int)GET_A(w);
    do_call:;
        Value callee = sp[-argc - 1];
        if (IS_CLOSURE(callee)) {
            ObjClosure *cl = AS_CLOSURE(callee);
            ObjProto *p = cl->proto;
            if (FUN_UNLIKELY(fb->frame_count >= vm->max_frames || INTERRUPT_PENDING())) {
                SAVE();
                if (fb->frame_count < vm->max_frames)
                    goto interrupted;
                vm_error(vm, "stack overflow");
                THROW_ERR();
            }
            SAVE();
            if (FUN_UNLIKELY((size_t)(sp - fb->stack) + (size_t)p->maxstack > fb->stack_cap)) {
                grow_stack(vm, fb, (size_t)p->maxstack + 1);
                RELOAD();
            }
            if (FUN_UNLIKELY(fb->frame_count == fb->frame_cap)) {
                size_t cap = fb->frame_cap * 2;
                fb->frames = GROW_ARRAY(vm, CallFrame, fb->frames, fb->frame_cap, cap);
                fb->frame_cap = cap;
                frame = &fb->frames[fb->frame_count - 1];
            }
            Value *nb = sp - argc - 1;
            int np = p->nparams;
            if (argc < np) {
                for (int i = argc; i < np; i++)
                    nb[1 + i] = NIL_VAL;
            }
            Value *end = nb + p->nslots;
            for (Value *s = nb + 1 + np; s < end; s++)
                *s = NIL_VAL;
            frame = &fb->frames[fb->frame_count++];
            frame->closure = cl;
            frame->ip = ip = p->code;
            frame->base = base = nb;
            k = p->consts;
            sp = end;
            DISPATCH();
        }
        if (IS_OBJ(callee)) {
            Value r;
            bool ok;
            switch (OBJ_TYPE(callee)) {
            case OBJ_NATIVE:
                SAVE();
                ok = call_native(vm, AS_NATIVE(callee), argc, sp - argc, &r, true);
                break;
            case OBJ_CLASS:
                SAVE();
                if (!enter_construct(vm, fb, argc)) {
                    RELOAD();
                    THROW_ERR();
                }
                LOAD_FRAME();
                sp = fb->top;
                DISPATCH();
            case OBJ_BOUND: {
                ObjBound *b = AS_BOUND(callee);
                memmove(sp - argc + 1, sp - argc, sizeof(Value) * (size_t)argc);
                sp[-argc] = b->receiver;
                sp[-argc - 1] = b->method;
                sp++;
                argc++;
                goto do_call;
            }
            default:
                goto not_callable;
            }
            RELOAD();
            if (!ok)
                THROW_ERR();
            sp -= argc;
            sp[-1] = r;
            if (FUN_UNLIKELY(vm->pending))
                goto pending;
            DISPATCH();
        }
    not_callable:
        SAVE();
        call_error(vm, frame, ip, callee);
        THROW_ERR();
    }
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
                a->items[a->count++] = sp[-1];
            }
            if (GET_OP(*ip) == OP_POP) {
                ip++;
                sp -= 2;
            } else {
                sp--;
                sp[-1] = INT_VAL((int64_t)a->count);
            }
            DISPATCH();
        }
        Value r;
        SAVE();
        bool ok = call_native(vm, n, argc, sp - argc, &r, true);
        RELOAD();
        if (!ok)
            THROW_ERR();
        sp -= argc;
        PUSH(r);
        if (FUN_UNLIKELY(vm->pending))
            goto pending;
        DISPATCH();
    }
    CASE(INVOKE_W)
    CASE(INVOKE)
    {
        ObjString *name;
        const uint32_t *cache = NULL;
        if (GET_OP(w) == OP_INVOKE) {
            name = AS_STRING(k[GET_A16(w)]);
            argc = (int)GET_B8(w);
            cache = ip++;
        } else {
            name = AS_STRING(k[GET_A(w)]);
            argc = (int)*ip++;
        }
        Value recv = sp[-argc - 1];
        if (IS_INSTANCE(recv)) {
            // a field holding a function wins over a method of the same name;
            // either way the receiver stays in place as the first argument (`this`)
            ObjInstance *o = AS_INSTANCE(recv);
            Value *m = tbl_get(&o->fields, name);
            if (!m)
                m = cache ? ic_get(&o->klass->methods, name, cache) : tbl_get(&o->klass->methods, name);
            if (!m) {
                SAVE();
                vm_type_error(vm, "%s has no method '%s'", o->klass->name->chars, name->chars);
                THROW_ERR();
            }
            sp[-argc - 2] = *m;
            argc++;
            goto do_call;
        }
        if (IS_MAP(recv)) {
            Value *m = tbl_get(&AS_MAP(recv)->table, name);
            if (m) {
                sp[-argc - 2] = *m;
                memmove(sp - argc - 1, sp - argc, sizeof(Value) * (size_t)argc);
                sp--;
                goto do_call;
            }
        }
        Value bf;
        if (builtin_by_name(vm, name, &bf)) {
            sp[-argc - 2] = bf;
            argc++;
            goto do_call;
        }
        SAVE();
        if (IS_MAP(recv))
            vm_type_error(vm, "CALL expects function, got nil (map has no key '%s')", name->chars);
        else
            vm_type_error(vm, "%s has no method '%s'", val_op_type_name(recv), name->chars);
        THROW_ERR();
    }
    CASE(SUPER_INVOKE)
    {
        ObjString *name = AS_STRING(k[GET_A16(w)]);
        argc = (int)GET_B8(w);
        ObjClass *owner = frame->closure->owner;
        Value *m = owner && owner->parent ? tbl_get(&owner->parent->methods, name) : NULL;
        if (!m) {
            SAVE();
            if (!owner || !owner->parent)
                vm_error(vm, "super.%s: class has no parent", name->chars);
            else
                vm_error(vm, "super.%s: %s has no method '%s'", name->chars,
                         owner->parent->name->chars, name->chars);
            THROW_ERR();
        }
        sp[-argc - 2] = *m;
        argc++;
        goto do_call;
    }
    CASE(RETURN)
    CASE(RETURN_NIL)
    {
        ret = GET_OP(w) == OP_RETURN ? sp[-1] : NIL_VAL;
        if (frame->closure->proto->has_captures)
            close_upvalues(fb, base);
    do_return:
        FUN_ASSERT(fb->frame_count > fb_base_frames && sp >= base);
        fb->frame_count--;
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
        sp = base;
        sp[0] = ret;
        sp++;
        frame = &fb->frames[fb->frame_count - 1];
        ip = frame->ip;
        base = frame->base;
        k = frame->closure->proto->consts;
        DISPATCH();
    }
    CASE(CLOSURE)
    {
        ObjProto *p = AS_PROTO(k[GET_A(w)]);
        SAVE();
        ObjClosure *cl = closure_new(vm, p);
        for (int i = 0; i < p->nupvalues; i++) {
            UpvalDesc *d = &p->upvals[i];
            if (d->is_local) {
                PUSH(OBJ_VAL(cl)); // keep it rooted while capturing
                fb->top = sp;
                cl->upvalues[i] = capture_upvalue(vm, base + d->index);
                sp--;
            } else {
                cl->upvalues[i] = frame->closure->upvalues[d->index];
            }
        }
        PUSH(OBJ_VAL(cl));
        DISPATCH();
    }
    CASE(CLASS)
    {
        ObjArray *desc = AS_ARRAY(k[GET_A(w)]);
        int nm = (int)AS_ARRAY(desc->items[4])->count;
        SAVE();
        Value r;
        if (!make_class(vm, desc, sp[-nm - 2], sp[-nm - 1], sp - nm, nm, &r))
            THROW_ERR();
        sp -= nm + 2;
        PUSH(r);
        DISPATCH();
    }
    CASE(ARRAY)
    {
        size_t n = GET_A(w);
        SAVE();
        ObjArray *a = array_new(vm, n);
        if (n)
            memcpy(a->items, sp - n, sizeof(Value) * n);
        a->count = n;
        sp -= n;
        PUSH(OBJ_VAL(a));
        DISPATCH();
    }
    CASE(ARRAY_PUSH)
    {
        SAVE();
        array_push(vm, AS_ARRAY(sp[-2]), sp[-1]);
        sp--;
        DISPATCH();
    }
    CASE(MAP)
    {
        size_t n = GET_A(w);
        SAVE();
        ObjMap *m = map_new(vm);
        PUSH(OBJ_VAL(m));
        fb->top = sp;
        Value *pairs = sp - 1 - 2 * n;
        for (size_t i = 0; i < n; i++)
            tbl_set(vm, &m->table, AS_STRING(pairs[2 * i]), pairs[2 * i + 1]);
        sp = pairs;
        PUSH(OBJ_VAL(m));
        DISPATCH();
    }
    CASE(MAP_SET)
    {
        SAVE();
        tbl_set(vm, &AS_MAP(sp[-3])->table, AS_STRING(sp[-2]), sp[-1]);
        sp -= 2;
        DISPATCH();
    }
    CASE(INDEX_L)
    {
        // obj[local]: the array fast path, else the index pushed for INDEX
        Value idx = base[GET_A(w)], obj = sp[-1];
        if (IS_ARRAY(obj) && IS_INT(idx)) {
            ObjArray *a = AS_ARRAY(obj);
            uint64_t i = (uint64_t)idx.as.i;
            if (i < a->count) {
                sp[-1] = a->items[i];
                DISPATCH();
            }
        }
        *sp++ = idx;
        goto index_slow;
    }
    CASE(INDEX)
    {
        Value idx = sp[-1], obj = sp[-2];
        if (IS_ARRAY(obj) && IS_INT(idx)) {
            ObjArray *a = AS_ARRAY(obj);
            uint64_t i = (uint64_t)idx.as.i;
            if (i < a->count) {
                sp[-2] = a->items[i];
                sp--;
                DISPATCH();
            }
        }
    }
index_slow:
    {
        Value idx = sp[-1], obj = sp[-2];
        SAVE();
        Value r;
        if (!index_get(vm, obj, idx, &r))
            THROW_ERR();
        sp[-2] = r;
        sp--;
        DISPATCH();
    }
    CASE(SET_INDEX)
    {
        Value v = sp[-1], idx = sp[-2], obj = sp[-3];
        if (IS_ARRAY(obj) && IS_INT(idx)) {
            ObjArray *a = AS_ARRAY(obj);
            uint64_t i = (uint64_t)idx.as.i;
            if (i < a->count) {
                a->items[i] = v;
                sp -= 3;
                DISPATCH();
            }
        }
        SAVE();
        if (!index_set(vm, obj, idx, v))
            THROW_ERR();
        sp -= 3;
        DISPATCH();
    }
    CASE(INDEX_K)
    {
        Value obj = sp[-1];
        ObjString *key = AS_STRING(k[GET_A(w)]);
        if (IS_MAP(obj)) {
            Value *v = tbl_get(&AS_MAP(obj)->table, key);
            sp[-1] = v ? *v : NIL_VAL;
            DISPATCH();
        }
        SAVE();
        Value r;
        if (!index_get(vm, obj, OBJ_VAL(key), &r))
            THROW_ERR();
        sp[-1] = r;
        DISPATCH();
    }
    CASE(SET_INDEX_K)
    {
        Value obj = sp[-2];
        ObjString *key = AS_STRING(k[GET_A(w)]);
        if (IS_MAP(obj)) {
            Value *slot = tbl_get(&AS_MAP(obj)->table, key);
            if (slot) {
                *slot = sp[-1];
                sp -= 2;
                DISPATCH();
            }
        }
        SAVE();
        if (!index_set(vm, obj, OBJ_VAL(key), sp[-1]))
            THROW_ERR();
        sp -= 2;
        DISPATCH();
    }
    CASE(SLICE)
    {
        SAVE();
        Value r;
        if (!slice(vm, sp[-3], sp[-2], sp[-1], &r))
            THROW_ERR();
        sp -= 2;
        sp[-1] = r;
        DISPATCH();
    }
    CASE(GET_FIELD_L)
    {
        // GET_LOCAL A16 + GET_FIELD B8 in one dispatch
        *sp++ = base[GET_A16(w)];
        fname = AS_STRING(k[GET_B8(w)]);
        goto get_field;
    }
    CASE(GET_FIELD)
        fname = AS_STRING(k[GET_A(w)]);
    get_field:
    {
        Value obj = sp[-1];
        const uint32_t *cache = ip++;
        Table *t = field_table(obj);
        if (t) {
            Value *v = ic_get(t, fname, cache);
            if (v) {
                sp[-1] = *v;
                DISPATCH();
            }
        }
        SAVE();
        Value r;
        if (!get_field(vm, obj, fname, &r))
            THROW_ERR();
        sp[-1] = r;
        DISPATCH();
    }
    CASE(SET_FIELD)
    {
        ObjString *name = AS_STRING(k[GET_A(w)]);
        Value obj = sp[-2];
        const uint32_t *cache = ip++;
        Table *t = field_table(obj);
        if (t) {
            Value *slot = ic_get(t, name, cache);
            if (slot) {
                *slot = sp[-1];
            } else { // a new key (a constructor's fields): the next instance has it here too
                SAVE();
                uint32_t pos = tbl_append(vm, t, name, sp[-1]);
                if (pos <= 0xffffff)
                    *(uint32_t *)cache = INS(OP_NOP, pos);
            }
            sp -= 2;
            DISPATCH();
        }
        SAVE();
        if (!set_field(vm, obj, name, sp[-1]))
            THROW_ERR();
        sp -= 2;
        DISPATCH();
    }
    CASE(CHECK_TYPE)
    {
        SAVE();
        if (!check_type(vm, GET_A(w), &sp[-1]))
            THROW_ERR();
        DISPATCH();
    }
    CASE(TRY)
    {
        if (fb->handler_count == fb->handler_cap) {
            size_t cap = fb->handler_cap ? fb->handler_cap * 2 : 16;
            SAVE();
            fb->handlers = GROW_ARRAY(vm, Handler, fb->handlers, fb->handler_cap, cap);
            fb->handler_cap = cap;
        }
        Handler *h = &fb->handlers[fb->handler_count++];
        h->frame_count = fb->frame_count;
        h->stack_top = (size_t)(sp - fb->stack);
        h->catch_ip = ip + GET_SA(w);
        DISPATCH();
    }
    CASE(END_TRY) fb->handler_count--; DISPATCH();
    CASE(THROW)
    {
        SAVE();
        vm_throw(vm, sp[-1]);
        THROW_ERR();
    }
    CASE(FOR_PREP)
    {
        Value *s = &base[GET_A16(w)];
        Value coll = POP();
        SAVE();
        s[1] = INT_VAL(0);
        s[3] = coll;
        if (IS_ARRAY(coll)) {
            s[0] = coll;
            s[2] = INT_VAL((int64_t)AS_ARRAY(coll)->count);
        } else if (IS_STRING(coll)) {
            s[0] = coll;
            s[2] = INT_VAL((int64_t)AS_STRING(coll)->len);
        } else if (IS_MAP(coll) || IS_INSTANCE(coll)) {
            Table *t = IS_MAP(coll) ? &AS_MAP(coll)->table : &AS_INSTANCE(coll)->fields;
            ObjArray *keys = array_new(vm, t->live);
            TBL_FOREACH(t, e) keys->items[keys->count++] = OBJ_VAL(e->key);
            s[0] = OBJ_VAL(keys);
            s[2] = INT_VAL((int64_t)keys->count);
        } else if (IS_NIL(coll)) {
            s[0] = coll;
            s[2] = INT_VAL(0);
        } else {
            vm_type_error(vm, "cannot iterate over %s", val_op_type_name(coll));
            THROW_ERR();
        }
        DISPATCH();
    }
    CASE(FOR_NEXT)
    {
        Value *s = &base[GET_A16(w)];
        int32_t off = (int32_t)*ip++;
        int64_t i = s[1].as.i;
        if (i >= s[2].as.i) {
            ip += off;
            DISPATCH();
        }
        s[1].as.i = i + 1;
        Value coll = s[0];
        bool two = GET_B8(w) == 2;
        if (IS_ARRAY(coll) && IS_ARRAY(s[3])) {
            ObjArray *a = AS_ARRAY(coll);
            if ((size_t)i >= a->count) {
                ip += off;
                DISPATCH();
            }
            if (two)
                PUSH(INT_VAL(i));
            PUSH(a->items[i]);
        } else if (IS_STRING(coll)) {
            if (two)
                PUSH(INT_VAL(i));
            SAVE();
            PUSH(OBJ_VAL(char_string(vm, (unsigned char)AS_STRING(coll)->chars[i])));
        } else {
            // keys snapshot of a map or instance
            Value key = AS_ARRAY(coll)->items[i];
            PUSH(key);
            if (two) {
                Table *t = IS_MAP(s[3]) ? &AS_MAP(s[3])->table : &AS_INSTANCE(s[3])->fields;
                Value *v = tbl_get(t, AS_STRING(key));
                PUSH(v ? *v : NIL_VAL);
            }
        }
        DISPATCH();
    }
    CASE(RANGE_TEST)
    {
        Value step = sp[-1], end = sp[-2], i = sp[-3];
        SAVE();
        if (!IS_NUMBER(step) || !IS_NUMBER(end) || !IS_NUMBER(i)) {
            vm_type_error(vm, "range() expects numbers");
            THROW_ERR();
        }
        if (AS_NUMBER(step) == 0) {
            vm_error(vm, "range() step cannot be zero");
            THROW_ERR();
        }
        bool r = AS_NUMBER(step) > 0 ? AS_NUMBER(i) < AS_NUMBER(end) : AS_NUMBER(i) > AS_NUMBER(end);
        sp -= 2;
        sp[-1] = BOOL_VAL(r);
        DISPATCH();
    }
    CASE(EXIT)
    {
        Value c = sp[-1];
        int code = 0;
        if (IS_INT(c))
            code = (int)(AS_INT(c) & 255);
        else if (IS_FLOAT(c))
            code = (int)((int64_t)AS_FLOAT(c) & 255);
        else if (IS_STRING(c))
            code = (int)(strtoll(AS_CSTRING(c), NULL, 10) & 255);
        SAVE();
        vm->exit_code = code;
        vm->exiting = true;
        THROW_ERR();
    }
    CASE(NOP) DISPATCH();
    CASE(CONSTRUCT_STEP)
    {
        // frame layout: [class, instance, step, argc, args...] (enter_construct)
        ObjClosure *step = next_construct_step(vm, base);
        if (!step) {
            ret = base[1];
            AS_CLASS(base[0])->field_hint = AS_INSTANCE(ret)->fields.count;
            goto do_return;
        }
        int n = (int)AS_INT(base[3]);
        SAVE();
        if (FUN_UNLIKELY(STACK_TOO_SMALL(fb, (size_t)(sp - fb->stack), (size_t)n + 2))) {
            grow_stack(vm, fb, (size_t)n + 2);
            RELOAD();
        }
        Value *args = base + 4;
        sp[0] = OBJ_VAL(step);
        sp[1] = base[1];
        for (int i = 0; i < n; i++)
            sp[2 + i] = args[i];
        sp += n + 2;
        argc = n + 1;
        goto do_call;
    }

#ifndef COMPUTED_GOTO
    }
    goto next;
#endif

pending:
    // a native asked for more than a result (vm->pending); its result slot is sp[-1]
    if (vm->pending == PENDING_APPLY) {
        vm->pending = PENDING_NONE;
        ObjArray *a = AS_ARRAY(vm->apply_args); // kept alive by vm->apply_args while the stack grows
        sp[-1] = vm->apply_fn;
        SAVE();
        if (FUN_UNLIKELY(STACK_TOO_SMALL(fb, (size_t)(sp - fb->stack), a->count + 1))) {
            grow_stack(vm, fb, a->count + 1);
            RELOAD();
        }
        for (size_t i = 0; i < a->count; i++)
            *sp++ = a->items[i];
        argc = (int)a->count;
        vm->apply_fn = vm->apply_args = NIL_VAL;
        goto do_call;
    }
    // PENDING_SWITCH: this fiber stops here; the value it is resumed with
    // later takes the place of the native's result
    sp--;
    SAVE();
do_switch:
    {
        vm->pending = PENDING_NONE;
        Fiber *to = vm->switch_to;
        FUN_ASSERT(to && to->status == FIBER_RUNNING && to->wait == WAIT_NONE);
        Value v = vm->switch_value;
        bool raise = vm->switch_raise;
        vm->switch_to = NULL;
        vm->switch_value = NIL_VAL;
        fb = to;
        vm->fiber = to;
        fb_base_frames = fb == entry ? base_frames : 0;
        handler_base = fb == entry ? entry_handler_base : 0;
        if (!fb->started) {
            if (!start_fiber(vm, fb, v)) {
                // nothing of the fiber ran: it fails with that error
                fb->top = fb->stack;
                sched_fiber_ended(vm, fb, false, vm->error);
                goto do_switch;
            }
            LOAD_FRAME();
            sp = fb->top;
            DISPATCH();
        }
        LOAD_FRAME();
        sp = fb->top;
        if (raise) {
            vm_throw(vm, v);
            goto on_error;
        }
        PUSH(v);
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
        Handler h = fb->handlers[--fb->handler_count];
        FUN_ASSERT(h.frame_count <= fb->frame_count && h.stack_top <= fb->stack_cap);
        close_upvalues(fb, fb->stack + h.stack_top);
        fb->frame_count = h.frame_count;
        LOAD_FRAME();
        sp = fb->stack + h.stack_top;
        PUSH(vm->error);
        vm->has_error = false;
        vm->error = NIL_VAL;
        free(vm->error_trace);
        vm->error_trace = NULL;
        ip = h.catch_ip;
        DISPATCH();
    }
    capture_trace(vm);
    {
        Value *cut = fb->frames[fb_base_frames].base;
        close_upvalues(fb, cut);
        fb->frame_count = fb_base_frames;
        fb->top = cut;
    }
    if (fb == entry)
        return false;
    // uncaught in a fiber: it fails; the error goes to its resumer (or the scheduler)
    sched_fiber_ended(vm, fb, false, vm->error);
    goto do_switch;
#undef PUSH
#undef POP
}

bool vm_run_main(VM *vm, ObjClosure *main)
{
    Value v;
    return vm_call(vm, OBJ_VAL(main), 0, NULL, &v);
}
