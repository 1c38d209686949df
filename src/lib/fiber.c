// SPDX-License-Identifier: MIT
// Coroutines: fiber_new / fiber_resume / fiber_yield (stackful, asymmetric,
// as Lua's), plus apply. The natives only validate and ask the dispatch loop
// to switch (vm_request_switch); the loop moves to the other fiber's stack
// and frames, so no C stack is involved and a yield may come from any depth.
#include "lib.h"

static const char *const status_names[] = {
    [FIBER_SUSPENDED] = "suspended", [FIBER_RUNNING] = "running", [FIBER_NORMAL] = "normal",
    [FIBER_DONE] = "done",           [FIBER_FAILED] = "failed",
};

static bool arg_fiber(VM *vm, const char *fn, Value *args, int i, ObjFiber **out)
{
    if (IS_FIBER(args[i])) {
        *out = AS_FIBER(args[i]);
        return true;
    }
    return arg_error(vm, fn, args, i, "Fiber");
}

// fiber_new(fn) -> a suspended fiber; the first fiber_resume(f, v) calls fn(v)
static bool fiber_new_fn(VM *vm, int argc, Value *args, Value *out)
{
    Value f = args[0];
    if (!IS_CLOSURE(f) && !(IS_BOUND(f) && IS_CLOSURE(AS_BOUND(f)->method)) && !IS_CLASS(f))
        return vm_type_error(vm, "fiber_new: argument 1 must be a Fun function, got %s",
                             val_type_name(f));
    *out = OBJ_VAL(vm_fiber_new(vm, f, 0, NULL, true));
    return true;
}

// fiber_resume(f, v) -> what f yields next, or its return value when it ends
static bool fiber_resume_fn(VM *vm, int argc, Value *args, Value *out)
{
    ObjFiber *f = NULL;
    if (!arg_fiber(vm, "fiber_resume", args, 0, &f))
        return false;
    Fiber *fb = &f->fb;
    switch ((FiberStatus)fb->status) {
    case FIBER_DONE:
    case FIBER_FAILED:
        return vm_error(vm, "fiber_resume: cannot resume a finished fiber");
    case FIBER_RUNNING:
        return vm_error(vm, "fiber_resume: cannot resume the running fiber");
    case FIBER_NORMAL:
        return vm_error(vm, "fiber_resume: cannot resume a fiber that is resuming another");
    case FIBER_SUSPENDED:
        break;
    }
    if (!IS_NIL(fb->task))
        return vm_error(vm, "fiber_resume: the fiber belongs to a task (the scheduler runs it)");
    if (fb->started && fb->resumer == NULL && fb->wait != WAIT_NONE)
        return vm_error(vm, "fiber_resume: the fiber is waiting in the scheduler");
    if (!vm_can_switch(vm, false))
        return vm_error(vm, "fiber_resume cannot be called from a native callback");
    Fiber *cur = vm->fiber;
    fb->resumer = cur;
    cur->status = FIBER_NORMAL;
    fb->status = FIBER_RUNNING;
    vm_request_switch(vm, fb, argc > 1 ? args[1] : NIL_VAL, false);
    return true;
}

// fiber_yield(v) -> the value given to the next fiber_resume
static bool fiber_yield_fn(VM *vm, int argc, Value *args, Value *out)
{
    Fiber *cur = vm->fiber;
    if (!cur->obj || !cur->resumer)
        return vm_error(vm, "fiber_yield: not inside a fiber");
    if (cur->c_depth > 0 || !vm_can_switch(vm, false))
        return vm_error(vm, "cannot suspend inside a native callback");
    Fiber *to = cur->resumer;
    cur->resumer = NULL;
    cur->status = FIBER_SUSPENDED;
    to->status = FIBER_RUNNING;
    vm_request_switch(vm, to, argc > 0 ? args[0] : NIL_VAL, false);
    return true;
}

// fiber_status(f) -> "suspended", "running", "normal", "done" or "failed"
static bool fiber_status_fn(VM *vm, int argc, Value *args, Value *out)
{
    ObjFiber *f = NULL;
    if (!arg_fiber(vm, "fiber_status", args, 0, &f))
        return false;
    const char *s = status_names[f->fb.status];
    *out = str_val(vm, s, strlen(s));
    return true;
}

// fiber_current() -> the running fiber, nil in the main program
static bool fiber_current_fn(VM *vm, int argc, Value *args, Value *out)
{
    *out = vm->fiber->obj ? OBJ_VAL(vm->fiber->obj) : NIL_VAL;
    return true;
}

// apply(fn, args) -> fn(args[0], args[1], ...), called as an ordinary call
// of the dispatch loop (so fn may suspend)
static bool apply_fn(VM *vm, int argc, Value *args, Value *out)
{
    ObjArray *a;
    if (!arg_array(vm, "apply", args, 1, &a))
        return false;
    if (!val_is_callable(args[0]))
        return vm_type_error(vm, "apply: argument 1 must be a function, got %s",
                             val_type_name(args[0]));
    if (vm->direct) {
        vm->pending = PENDING_APPLY;
        vm->apply_fn = args[0];
        vm->apply_args = args[1];
        return true;
    }
    return vm_call(vm, args[0], (int)a->count, a->items, out);
}

const NativeReg lib_fiber_natives[] = {
    {"fiber_new", fiber_new_fn, 1, 1},
    {"fiber_resume", fiber_resume_fn, 1, 2},
    {"fiber_yield", fiber_yield_fn, 0, 1},
    {"fiber_status", fiber_status_fn, 1, 1},
    {"fiber_current", fiber_current_fn, 0, 0},
    {"apply", apply_fn, 2, 2},
    {NULL, NULL, 0, 0},
};
