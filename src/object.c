// SPDX-License-Identifier: MIT
// Allocation and freeing of heap objects.
#include "object.h"

#include <stdarg.h>

#include "memory.h"
#include "vm.h"

static Obj *alloc_obj(VM *vm, size_t size, ObjType type)
{
    Obj *o = (Obj *)mem_realloc(vm, NULL, 0, size);
    o->type = type;
    o->marked = false;
    o->next = vm->objects;
    vm->objects = o;
    return o;
}

#define ALLOC_OBJ(vm, T, type) ((T *)alloc_obj(vm, sizeof(T), type))

bool val_is_callable(Value v)
{
    if (!IS_OBJ(v))
        return false;
    switch (OBJ_TYPE(v)) {
    case OBJ_CLOSURE:
    case OBJ_NATIVE:
    case OBJ_CLASS:
    case OBJ_BOUND:
        return true;
    default:
        return false;
    }
}

// FNV-1a: simple, good enough spread for short keys.
uint32_t str_hash_bytes(const char *s, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        h ^= (uint8_t)s[i];
        h *= 16777619u;
    }
    return h;
}

ObjString *str_alloc(VM *vm, size_t len)
{
    ObjString *s = (ObjString *)alloc_obj(vm, sizeof(ObjString) + len + 1, OBJ_STRING);
    s->hash = 0;
    s->interned = false;
    s->method_name = false;
    s->len = len;
    s->chars[len] = '\0';
    return s;
}

ObjString *str_new(VM *vm, const char *chars, size_t len)
{
    ObjString *s = str_alloc(vm, len);
    if (len)
        memcpy(s->chars, chars, len);
    return s;
}

ObjString *str_from_cstr(VM *vm, const char *s) { return str_new(vm, s, strlen(s)); }

ObjString *str_concat(VM *vm, ObjString *a, ObjString *b)
{
    // a and b are reachable from the caller (stack); str_alloc may collect.
    ObjString *s = str_alloc(vm, a->len + b->len);
    if (a->len)
        memcpy(s->chars, a->chars, a->len);
    if (b->len)
        memcpy(s->chars + a->len, b->chars, b->len);
    return s;
}

ObjString *str_from_buf(VM *vm, StrBuf *sb)
{
    ObjString *s = str_new(vm, sb->data ? sb->data : "", sb->len);
    sb_free(sb);
    return s;
}

void str_buf_init(StrBuf *sb)
{
    sb_init(sb);
    sb_reserve(sb, STR_BUF_HEADER);
    sb->len = STR_BUF_HEADER;
}

ObjString *str_buf_finish(VM *vm, StrBuf *sb)
{
    FUN_ASSERT(sb->len >= STR_BUF_HEADER);
    size_t len = sb->len - STR_BUF_HEADER;
    size_t size = sizeof(ObjString) + len + 1; // what obj_free will give back
    if (size < mem_adopt_min) { // small blocks live in the pools: copy
        ObjString *s = str_new(vm, sb->data + STR_BUF_HEADER, len);
        sb_free(sb);
        return s;
    }
    char *block = fun_realloc(sb->data, size); // shrinking: no copy in practice
    sb_init(sb);
    block[STR_BUF_HEADER + len] = '\0';
    mem_adopt(vm, size); // may collect: the block is not an object yet
    ObjString *s = (ObjString *)block;
    s->obj.type = OBJ_STRING;
    s->obj.marked = false;
    s->obj.next = vm->objects;
    vm->objects = &s->obj;
    s->hash = 0;
    s->interned = false;
    s->method_name = false;
    s->len = len;
    return s;
}

ObjString *str_printf(VM *vm, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        n = 0;
    ObjString *s = str_alloc(vm, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(s->chars, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

ObjArray *array_new(VM *vm, size_t cap)
{
    ObjArray *a = ALLOC_OBJ(vm, ObjArray, OBJ_ARRAY);
    a->items = NULL;
    a->count = 0;
    a->cap = 0;
    if (cap) {
        vm_push_root(vm, OBJ_VAL(a));
        a->items = ALLOCATE(vm, Value, cap);
        a->cap = cap;
        vm_pop_root(vm);
    }
    return a;
}

void array_reserve(VM *vm, ObjArray *a, size_t cap)
{
    if (cap <= a->cap)
        return;
    size_t ncap = a->cap < 8 ? 8 : a->cap;
    while (ncap < cap)
        ncap *= 2;
    a->items = GROW_ARRAY(vm, Value, a->items, a->cap, ncap);
    a->cap = ncap;
}

void array_push(VM *vm, ObjArray *a, Value v)
{
    if (a->count == a->cap) {
        // v may be a fresh object only reachable from here
        vm_push_root(vm, v);
        array_reserve(vm, a, a->count + 1);
        vm_pop_root(vm);
    }
    a->items[a->count++] = v;
}

ObjMap *map_new(VM *vm)
{
    ObjMap *m = ALLOC_OBJ(vm, ObjMap, OBJ_MAP);
    tbl_init(&m->table);
    return m;
}

void map_set_cstr(VM *vm, ObjMap *m, const char *key, Value v)
{
    vm_push_root(vm, v);
    ObjString *k = str_from_cstr(vm, key);
    vm_push_root(vm, OBJ_VAL(k));
    tbl_set(vm, &m->table, k, v);
    vm_pop_roots(vm, 2);
}

void map_set_static(VM *vm, ObjMap *m, const char *key, Value v)
{
    vm_push_root(vm, v);
    tbl_set(vm, &m->table, vm_intern_static(vm, key), v);
    vm_pop_root(vm);
}

static void shape_build(VM *vm, Table *t, const char *const *keys, uint32_t n, uint32_t room)
{
    tbl_reserve(vm, t, n + room);
    for (uint32_t i = 0; i < n; i++)
        tbl_append(vm, t, vm_intern_static(vm, keys[i]), NIL_VAL);
}

ObjMap *map_of_shape(VM *vm, const char *const *keys, uint32_t n, uint32_t room)
{
    const size_t nshapes = sizeof vm->shapes / sizeof vm->shapes[0];
    size_t i = 0;
    while (i < nshapes && vm->shapes[i].keys && vm->shapes[i].keys != keys)
        i++;
    ObjMap *m = map_new(vm);
    if (i == nshapes) { // every template slot taken: built key by key
        vm_push_root(vm, OBJ_VAL(m));
        shape_build(vm, &m->table, keys, n, room);
        vm_pop_root(vm);
        return m;
    }
    if (!vm->shapes[i].keys) {
        // the template's keys are interned (never collected), its values nil:
        // the collector need not know it
        vm_push_root(vm, OBJ_VAL(m));
        shape_build(vm, &vm->shapes[i].table, keys, n, room);
        vm->shapes[i].keys = keys;
        vm_pop_root(vm);
    }
    FUN_ASSERT(vm->shapes[i].table.count == n);
    vm_push_root(vm, OBJ_VAL(m));
    tbl_copy(vm, &vm->shapes[i].table, &m->table);
    vm_pop_root(vm);
    return m;
}

ObjProto *proto_new(VM *vm)
{
    ObjProto *p = ALLOC_OBJ(vm, ObjProto, OBJ_PROTO);
    memset((char *)p + sizeof(Obj), 0, sizeof(ObjProto) - sizeof(Obj));
    return p;
}

ObjClosure *closure_new(VM *vm, ObjProto *p)
{
    ObjClosure *c = (ObjClosure *)alloc_obj(
        vm, sizeof(ObjClosure) + sizeof(ObjUpvalue *) * (size_t)p->nupvalues, OBJ_CLOSURE);
    c->proto = p;
    c->owner = NULL;
    c->nupvalues = p->nupvalues;
    for (int i = 0; i < p->nupvalues; i++)
        c->upvalues[i] = NULL;
    return c;
}

ObjUpvalue *upvalue_new(VM *vm, Value *slot)
{
    ObjUpvalue *u = ALLOC_OBJ(vm, ObjUpvalue, OBJ_UPVALUE);
    u->location = slot;
    u->closed = NIL_VAL;
    u->next = NULL;
    return u;
}

ObjNative *native_new(VM *vm, const char *name, NativeFn fn, int min_args, int max_args)
{
    ObjNative *n = ALLOC_OBJ(vm, ObjNative, OBJ_NATIVE);
    n->name = name;
    n->fn = fn;
    n->min_args = min_args;
    n->max_args = max_args;
    return n;
}

ObjClass *class_new(VM *vm, ObjString *name)
{
    ObjClass *k = ALLOC_OBJ(vm, ObjClass, OBJ_CLASS);
    k->name = name;
    k->parent = NULL;
    tbl_init(&k->methods);
    k->init = NULL;
    k->params = NULL;
    k->nparams = 0;
    k->ctor_start = -1;
    k->plan = NULL;
    k->nplan = -1;
    k->field_hint = 0;
    k->plain_ctor = false;
    k->typed_params = false;
    k->plain_fields = NULL;
    k->nplain_fields = 0;
    return k;
}

ObjInstance *instance_new(VM *vm, ObjClass *klass)
{
    // more than a small table's worth would get an index anyway: keep it out
    // (a thread copy makes the instance before its class: klass may be NULL)
    uint32_t n = klass && klass->field_hint <= 8 ? klass->field_hint : 0;
    ObjInstance *o = (ObjInstance *)alloc_obj(vm, sizeof(ObjInstance) + sizeof(TableEntry) * n,
                                              OBJ_INSTANCE);
    o->klass = klass;
    tbl_init(&o->fields);
    o->inline_cap = n;
    if (n) {
        o->fields.entries = o->inline_fields;
        o->fields.cap = n;
        o->fields.entries_inline = true;
    }
    return o;
}

ObjBound *bound_new(VM *vm, Value receiver, Value method)
{
    ObjBound *b = ALLOC_OBJ(vm, ObjBound, OBJ_BOUND);
    b->receiver = receiver;
    b->method = method;
    return b;
}

ObjHandle *handle_new(VM *vm, const char *kind, void *data, void (*finalize)(ObjHandle *))
{
    ObjHandle *h = ALLOC_OBJ(vm, ObjHandle, OBJ_HANDLE);
    h->kind = kind;
    h->data = data;
    h->finalize = finalize;
    h->mark = NULL;
    return h;
}

ObjFiber *fiber_obj_new(VM *vm)
{
    ObjFiber *f = ALLOC_OBJ(vm, ObjFiber, OBJ_FIBER);
    memset(&f->fb, 0, sizeof f->fb);
    f->fb.task = NIL_VAL;
    f->fb.wait_value = NIL_VAL;
    f->next_fiber = NULL;
    return f;
}

void obj_free(VM *vm, Obj *o)
{
    switch (o->type) {
    case OBJ_FIBER: {
        Fiber *fb = &((ObjFiber *)o)->fb;
        FREE_ARRAY(vm, Value, fb->stack, fb->stack_cap);
        FREE_ARRAY(vm, CallFrame, fb->frames, fb->frame_cap);
        FREE_ARRAY(vm, Handler, fb->handlers, fb->handler_cap);
        break;
    }
    case OBJ_STRING: {
        ObjString *s = (ObjString *)o;
        mem_realloc(vm, o, sizeof(ObjString) + s->len + 1, 0);
        return;
    }
    case OBJ_ARRAY: {
        ObjArray *a = (ObjArray *)o;
        FREE_ARRAY(vm, Value, a->items, a->cap);
        break;
    }
    case OBJ_MAP:
        tbl_free(vm, &((ObjMap *)o)->table);
        break;
    case OBJ_PROTO: {
        ObjProto *p = (ObjProto *)o;
        FREE_ARRAY(vm, uint32_t, p->code, p->code_len);
        FREE_ARRAY(vm, Value, p->consts, p->nconsts);
        FREE_ARRAY(vm, LineInfo, p->lines, p->nlines);
        FREE_ARRAY(vm, UpvalDesc, p->upvals, p->nupvalues);
        FREE_ARRAY(vm, uint32_t, p->call_globals, p->ncall_globals * 2);
        break;
    }
    case OBJ_CLOSURE: {
        ObjClosure *c = (ObjClosure *)o;
        mem_realloc(vm, o, sizeof(ObjClosure) + sizeof(ObjUpvalue *) * (size_t)c->nupvalues, 0);
        return;
    }
    case OBJ_CLASS: {
        ObjClass *k = (ObjClass *)o;
        tbl_free(vm, &k->methods);
        FREE_ARRAY(vm, ClassParam, k->params, k->nparams);
        free(k->plan);
        free(k->plain_fields);
        break;
    }
    case OBJ_INSTANCE: {
        ObjInstance *in = (ObjInstance *)o;
        tbl_free(vm, &in->fields);
        mem_realloc(vm, o, sizeof(ObjInstance) + sizeof(TableEntry) * in->inline_cap, 0);
        return;
    }
    case OBJ_HANDLE: {
        ObjHandle *h = (ObjHandle *)o;
        if (h->finalize)
            h->finalize(h);
        break;
    }
    case OBJ_UPVALUE:
    case OBJ_NATIVE:
    case OBJ_BOUND:
        break;
    }
    static const size_t sizes[] = {
        [OBJ_STRING] = sizeof(ObjString),     [OBJ_ARRAY] = sizeof(ObjArray),
        [OBJ_MAP] = sizeof(ObjMap),           [OBJ_PROTO] = sizeof(ObjProto),
        [OBJ_CLOSURE] = sizeof(ObjClosure),   [OBJ_UPVALUE] = sizeof(ObjUpvalue),
        [OBJ_NATIVE] = sizeof(ObjNative),     [OBJ_CLASS] = sizeof(ObjClass),
        [OBJ_INSTANCE] = sizeof(ObjInstance), [OBJ_BOUND] = sizeof(ObjBound),
        [OBJ_HANDLE] = sizeof(ObjHandle),     [OBJ_FIBER] = sizeof(ObjFiber),
    };
    mem_realloc(vm, o, sizes[o->type], 0);
}
