// SPDX-License-Identifier: MIT
// Precise mark-and-sweep collector with an explicit gray stack.
#include "gc.h"

#include "memory.h"
#include "sched.h"

static void gray_object(VM *vm, Obj *o)
{
    o->marked = true;
    if (vm->gray_count == vm->gray_cap) {
        vm->gray_cap = vm->gray_cap ? vm->gray_cap * 2 : 256;
        vm->gray = fun_realloc(vm->gray, sizeof(Obj *) * vm->gray_cap);
    }
    vm->gray[vm->gray_count++] = o;
}

// Inline: most objects met while marking are already marked (shared keys,
// classes, strings), and the test is cheaper than the call.
static inline void mark_object(VM *vm, Obj *o)
{
    if (o && !o->marked)
        gray_object(vm, o);
}

static inline void mark_value(VM *vm, Value v)
{
    if (IS_OBJ(v))
        mark_object(vm, AS_OBJ(v));
}

void gc_mark_object(VM *vm, Obj *o) { mark_object(vm, o); }

void gc_mark_value(VM *vm, Value v) { mark_value(vm, v); }

void gc_mark_table(VM *vm, Table *t)
{
    for (uint32_t i = 0; i < t->count; i++) {
        TableEntry *e = &t->entries[i];
        if (!e->key)
            continue;
        mark_object(vm, (Obj *)e->key);
        mark_value(vm, e->value);
    }
}

static void mark_fiber(VM *vm, Fiber *fb)
{
    if (fb->stack)
        for (Value *v = fb->stack; v < fb->top; v++)
            mark_value(vm, *v);
    for (size_t i = 0; i < fb->frame_count; i++)
        mark_object(vm, (Obj *)fb->frames[i].closure);
    for (ObjUpvalue *u = fb->open_upvalues; u; u = u->next)
        mark_object(vm, (Obj *)u);
    if (fb->resumer && fb->resumer->obj)
        mark_object(vm, (Obj *)fb->resumer->obj);
    mark_value(vm, fb->task);
    mark_value(vm, fb->wait_value);
    if ((fb->wait == WAIT_CHAN_SEND || fb->wait == WAIT_CHAN_RECV) && fb->wait_obj)
        mark_object(vm, (Obj *)fb->wait_obj); // the channel's ObjHandle
    if (fb->wait == WAIT_TASK && fb->wait_obj && ((Fiber *)fb->wait_obj)->obj)
        mark_object(vm, (Obj *)((Fiber *)fb->wait_obj)->obj);
}

static void blacken(VM *vm, Obj *o)
{
    switch (o->type) {
    case OBJ_STRING:
    case OBJ_NATIVE:
        break;
    case OBJ_ARRAY: {
        ObjArray *a = (ObjArray *)o;
        for (size_t i = 0; i < a->count; i++)
            mark_value(vm, a->items[i]);
        break;
    }
    case OBJ_MAP:
        gc_mark_table(vm, &((ObjMap *)o)->table);
        break;
    case OBJ_PROTO: {
        ObjProto *p = (ObjProto *)o;
        mark_object(vm, (Obj *)p->name);
        for (size_t i = 0; i < p->nconsts; i++)
            mark_value(vm, p->consts[i]);
        break;
    }
    case OBJ_CLOSURE: {
        ObjClosure *c = (ObjClosure *)o;
        mark_object(vm, (Obj *)c->proto);
        mark_object(vm, (Obj *)c->owner);
        for (int i = 0; i < c->nupvalues; i++)
            mark_object(vm, (Obj *)c->upvalues[i]);
        break;
    }
    case OBJ_UPVALUE:
        mark_value(vm, ((ObjUpvalue *)o)->closed);
        break;
    case OBJ_CLASS: {
        ObjClass *k = (ObjClass *)o;
        mark_object(vm, (Obj *)k->name);
        mark_object(vm, (Obj *)k->parent);
        mark_object(vm, (Obj *)k->init);
        gc_mark_table(vm, &k->methods);
        for (int i = 0; i < k->nparams; i++)
            mark_object(vm, (Obj *)k->params[i].name);
        break;
    }
    case OBJ_INSTANCE: {
        ObjInstance *in = (ObjInstance *)o;
        mark_object(vm, (Obj *)in->klass);
        gc_mark_table(vm, &in->fields);
        break;
    }
    case OBJ_BOUND: {
        ObjBound *b = (ObjBound *)o;
        mark_value(vm, b->receiver);
        mark_value(vm, b->method);
        break;
    }
    case OBJ_HANDLE:
        if (((ObjHandle *)o)->mark)
            ((ObjHandle *)o)->mark(vm, (ObjHandle *)o);
        break;
    case OBJ_FIBER:
        mark_fiber(vm, &((ObjFiber *)o)->fb);
        break;
    }
}


static void mark_roots(VM *vm)
{
    mark_fiber(vm, &vm->main_fiber);
    if (vm->fiber->obj)
        mark_object(vm, (Obj *)vm->fiber->obj);
    if (vm->switch_to && vm->switch_to->obj)
        mark_object(vm, (Obj *)vm->switch_to->obj);
    mark_value(vm, vm->switch_value);
    mark_value(vm, vm->apply_fn);
    mark_value(vm, vm->apply_args);
    mark_object(vm, (Obj *)vm->ctor_closure);
    mark_object(vm, (Obj *)vm->str_construct);
    sched_mark(vm);
    for (size_t i = 0; i < vm->nglobals; i++) {
        mark_value(vm, vm->globals[i]);
        mark_object(vm, (Obj *)vm->global_names[i]);
    }
    for (size_t i = 0; i < vm->root_count; i++)
        mark_value(vm, vm->roots[i]);
    for (size_t i = 0; i < vm->nnatives; i++)
        mark_object(vm, (Obj *)vm->natives[i]);
    for (int i = 0; i < 256; i++)
        mark_object(vm, (Obj *)vm->char_strings[i]);
    gc_mark_table(vm, &vm->builtins);
    gc_mark_table(vm, &vm->strings);
    mark_value(vm, vm->error);
    if (vm->mark_extra)
        vm->mark_extra(vm, vm->mark_extra_ctx);
}

// A dead fiber's stack goes away with it: live closures that captured its
// locals keep the values (the upvalues are closed before anything is freed).
static void drop_dead_fibers(VM *vm)
{
    ObjFiber **link = &vm->fibers;
    while (*link) {
        ObjFiber *f = *link;
        if (f->obj.marked) {
            link = &f->next_fiber;
            continue;
        }
        for (ObjUpvalue *u = f->fb.open_upvalues; u; u = u->next) {
            u->closed = *u->location;
            u->location = &u->closed;
        }
        f->fb.open_upvalues = NULL;
        *link = f->next_fiber;
    }
}

static void sweep(VM *vm)
{
    Obj **link = &vm->objects;
    while (*link) {
        Obj *o = *link;
        if (o->marked) {
            o->marked = false;
            link = &o->next;
        } else {
            *link = o->next;
            obj_free(vm, o);
        }
    }
}

void gc_collect(VM *vm)
{
    if (vm->gc_running)
        return;
    vm->gc_running = true;
    mark_roots(vm);
    while (vm->gray_count > 0) {
        Obj *o = vm->gray[--vm->gray_count];
        blacken(vm, o);
    }
    FUN_ASSERT(vm->gray_count == 0); // every reachable object is black before the sweep
    drop_dead_fibers(vm);
    sweep(vm);
    size_t next = vm->bytes_allocated * 2;
    vm->next_gc = next < (8u << 20) ? (8u << 20) : next;
    vm->gc_running = false;
}

void gc_free_all(VM *vm)
{
    Obj *o = vm->objects;
    while (o) {
        Obj *n = o->next;
        obj_free(vm, o);
        o = n;
    }
    vm->objects = NULL;
}
