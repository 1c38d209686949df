// SPDX-License-Identifier: MIT
// Deep copy between VMs. Iterative over a work list, so deep structures do not
// recurse on the C stack; an identity map keeps sharing and cycles intact.
#include "copy.h"

#include "compiler.h"
#include "memory.h"

typedef struct {
    Obj *src;
    Obj *dst;
} Pair;

struct CopyCtx {
    VM *dst;
    VM *src;
    Pair *map; // open addressing by source pointer
    size_t cap, count;
    Obj **todo; // destination objects whose fields still point into src
    Obj **todo_src;
    size_t ntodo, todo_cap;
};

static size_t hash_ptr(Obj *o, size_t mask) { return ((uintptr_t)o >> 4) * 0x9E3779B97F4A7C15ull & mask; }

static Obj *lookup(CopyCtx *cx, Obj *src)
{
    if (!cx->cap)
        return NULL;
    for (size_t i = hash_ptr(src, cx->cap - 1);; i = (i + 1) & (cx->cap - 1)) {
        if (!cx->map[i].src)
            return NULL;
        if (cx->map[i].src == src)
            return cx->map[i].dst;
    }
}

static void insert(CopyCtx *cx, Obj *src, Obj *dst)
{
    if ((cx->count + 1) * 2 > cx->cap) {
        size_t ncap = cx->cap ? cx->cap * 2 : 256;
        Pair *old = cx->map;
        size_t ocap = cx->cap;
        cx->map = fun_calloc(ncap, sizeof(Pair));
        cx->cap = ncap;
        for (size_t i = 0; i < ocap; i++) {
            if (!old[i].src)
                continue;
            size_t j = hash_ptr(old[i].src, ncap - 1);
            while (cx->map[j].src)
                j = (j + 1) & (ncap - 1);
            cx->map[j] = old[i];
        }
        free(old);
    }
    size_t j = hash_ptr(src, cx->cap - 1);
    while (cx->map[j].src)
        j = (j + 1) & (cx->cap - 1);
    cx->map[j].src = src;
    cx->map[j].dst = dst;
    cx->count++;
}

CopyCtx *copy_begin(VM *dst, VM *src)
{
    CopyCtx *cx = fun_calloc(1, sizeof(CopyCtx));
    cx->dst = dst;
    cx->src = src;
    // the collector of dst must not run while objects are half-copied
    dst->gc_running = true;
    return cx;
}

void copy_end(CopyCtx *cx)
{
    cx->dst->gc_running = false;
    free(cx->map);
    free(cx->todo);
    free(cx->todo_src);
    free(cx);
}

static void later(CopyCtx *cx, Obj *src, Obj *dst)
{
    if (cx->ntodo == cx->todo_cap) {
        cx->todo_cap = cx->todo_cap ? cx->todo_cap * 2 : 256;
        cx->todo = fun_realloc(cx->todo, sizeof(Obj *) * cx->todo_cap);
        cx->todo_src = fun_realloc(cx->todo_src, sizeof(Obj *) * cx->todo_cap);
    }
    cx->todo[cx->ntodo] = dst;
    cx->todo_src[cx->ntodo] = src;
    cx->ntodo++;
}

static Obj *shallow(CopyCtx *cx, Obj *o);

static Value ref(CopyCtx *cx, Value v)
{
    if (!IS_OBJ(v))
        return v;
    Obj *d = shallow(cx, AS_OBJ(v));
    return d ? OBJ_VAL(d) : NIL_VAL;
}

static ObjString *ref_str(CopyCtx *cx, ObjString *s)
{
    return s ? (ObjString *)shallow(cx, (Obj *)s) : NULL;
}

static void copy_table(CopyCtx *cx, Table *from, Table *to)
{
    for (uint32_t i = 0; i < from->count; i++) {
        TableEntry *e = &from->entries[i];
        if (e->key)
            tbl_set(cx->dst, to, ref_str(cx, e->key), ref(cx, e->value));
    }
}

// Allocates the destination object and registers it; contents are filled in
// by fill() from the work list.
static Obj *shallow(CopyCtx *cx, Obj *o)
{
    Obj *d = lookup(cx, o);
    if (d)
        return d;
    VM *vm = cx->dst;
    switch (o->type) {
    case OBJ_STRING: {
        ObjString *s = (ObjString *)o;
        // interned stays interned, so that names compare by pointer in the
        // copy too (tbl keys_interned, INVOKE)
        ObjString *n = s->interned ? vm_intern(vm, s->chars, s->len) : str_new(vm, s->chars, s->len);
        n->hash = s->hash;
        n->method_name |= s->method_name;
        insert(cx, o, (Obj *)n);
        return (Obj *)n;
    }
    case OBJ_ARRAY:
        d = (Obj *)array_new(vm, 0);
        break;
    case OBJ_MAP:
        d = (Obj *)map_new(vm);
        break;
    case OBJ_PROTO:
        d = (Obj *)proto_new(vm);
        break;
    case OBJ_CLOSURE: {
        ObjClosure *c = (ObjClosure *)o;
        ObjProto *p = (ObjProto *)shallow(cx, (Obj *)c->proto);
        ObjClosure *n = closure_new(vm, p);
        d = (Obj *)n;
        break;
    }
    case OBJ_UPVALUE:
        d = (Obj *)upvalue_new(vm, NULL);
        break;
    case OBJ_NATIVE: {
        ObjNative *n = (ObjNative *)o;
        Value *idx = tbl_get_cstr(&vm->builtins, n->name, strlen(n->name),
                                  str_hash_bytes(n->name, strlen(n->name)));
        d = idx ? (Obj *)vm->natives[AS_INT(*idx)]
                : (Obj *)native_new(vm, n->name, n->fn, n->min_args, n->max_args);
        insert(cx, o, d);
        return d;
    }
    case OBJ_CLASS:
        d = (Obj *)class_new(vm, NULL);
        break;
    case OBJ_INSTANCE:
        d = (Obj *)instance_new(vm, NULL);
        break;
    case OBJ_BOUND:
        d = (Obj *)bound_new(vm, NIL_VAL, NIL_VAL);
        break;
    case OBJ_HANDLE:
    case OBJ_FIBER: // execution state stays with its VM: a thread sees nil
        return NULL;
    }
    insert(cx, o, d);
    later(cx, o, d);
    return d;
}

static void fill(CopyCtx *cx, Obj *o, Obj *d)
{
    VM *vm = cx->dst;
    switch (o->type) {
    case OBJ_ARRAY: {
        ObjArray *s = (ObjArray *)o, *n = (ObjArray *)d;
        array_reserve(vm, n, s->count);
        for (size_t i = 0; i < s->count; i++)
            n->items[i] = ref(cx, s->items[i]);
        n->count = s->count;
        break;
    }
    case OBJ_MAP:
        copy_table(cx, &((ObjMap *)o)->table, &((ObjMap *)d)->table);
        break;
    case OBJ_PROTO: {
        ObjProto *s = (ObjProto *)o, *n = (ObjProto *)d;
        n->nparams = s->nparams;
        n->nslots = s->nslots;
        n->maxstack = s->maxstack;
        n->nupvalues = s->nupvalues;
        n->is_method = s->is_method;
        n->stores_params_only = s->stores_params_only;
        n->file = s->file;
        n->line = s->line;
        n->name = ref_str(cx, s->name);
        n->code = GROW_ARRAY(vm, uint32_t, NULL, 0, s->code_len);
        if (s->code_len)
            memcpy(n->code, s->code, sizeof(uint32_t) * s->code_len);
        n->code_len = s->code_len;
        n->lines = GROW_ARRAY(vm, LineInfo, NULL, 0, s->nlines);
        if (s->nlines)
            memcpy(n->lines, s->lines, sizeof(LineInfo) * s->nlines);
        n->nlines = s->nlines;
        n->call_globals = GROW_ARRAY(vm, uint32_t, NULL, 0, s->ncall_globals * 2);
        if (s->ncall_globals)
            memcpy(n->call_globals, s->call_globals, sizeof(uint32_t) * 2 * s->ncall_globals);
        n->ncall_globals = s->ncall_globals;
        n->upvals = GROW_ARRAY(vm, UpvalDesc, NULL, 0, (size_t)s->nupvalues);
        if (s->nupvalues)
            memcpy(n->upvals, s->upvals, sizeof(UpvalDesc) * (size_t)s->nupvalues);
        n->consts = GROW_ARRAY(vm, Value, NULL, 0, s->nconsts);
        for (size_t i = 0; i < s->nconsts; i++)
            n->consts[i] = ref(cx, s->consts[i]);
        n->nconsts = s->nconsts;
        break;
    }
    case OBJ_CLOSURE: {
        ObjClosure *s = (ObjClosure *)o, *n = (ObjClosure *)d;
        n->owner = s->owner ? (ObjClass *)shallow(cx, (Obj *)s->owner) : NULL;
        for (int i = 0; i < s->nupvalues; i++)
            n->upvalues[i] = s->upvalues[i] ? (ObjUpvalue *)shallow(cx, (Obj *)s->upvalues[i]) : NULL;
        break;
    }
    case OBJ_UPVALUE: {
        ObjUpvalue *s = (ObjUpvalue *)o, *n = (ObjUpvalue *)d;
        n->closed = ref(cx, *s->location); // open or closed: the current value
        n->location = &n->closed;
        break;
    }
    case OBJ_CLASS: {
        ObjClass *s = (ObjClass *)o, *n = (ObjClass *)d;
        n->name = ref_str(cx, s->name);
        n->parent = s->parent ? (ObjClass *)shallow(cx, (Obj *)s->parent) : NULL;
        n->init = s->init ? (ObjClosure *)shallow(cx, (Obj *)s->init) : NULL;
        n->params = GROW_ARRAY(vm, ClassParam, NULL, 0, (size_t)s->nparams);
        for (int i = 0; i < s->nparams; i++) {
            n->params[i].name = ref_str(cx, s->params[i].name);
            n->params[i].type = s->params[i].type;
        }
        n->nparams = s->nparams;
        copy_table(cx, &s->methods, &n->methods);
        break;
    }
    case OBJ_INSTANCE: {
        ObjInstance *s = (ObjInstance *)o, *n = (ObjInstance *)d;
        n->klass = (ObjClass *)shallow(cx, (Obj *)s->klass);
        copy_table(cx, &s->fields, &n->fields);
        break;
    }
    case OBJ_BOUND: {
        ObjBound *s = (ObjBound *)o, *n = (ObjBound *)d;
        n->receiver = ref(cx, s->receiver);
        n->method = ref(cx, s->method);
        break;
    }
    default:
        break;
    }
}

static void drain(CopyCtx *cx)
{
    while (cx->ntodo > 0) {
        cx->ntodo--;
        fill(cx, cx->todo_src[cx->ntodo], cx->todo[cx->ntodo]);
    }
}

Value copy_value(CopyCtx *cx, Value v)
{
    Value r = ref(cx, v);
    drain(cx);
    return r;
}

void copy_globals(CopyCtx *cx)
{
    VM *dst = cx->dst, *src = cx->src;
    for (size_t i = 0; i < src->nfiles; i++)
        vm_add_file(dst, src->files[i].path, src->files[i].display);
    for (size_t i = 0; i < src->nglobals; i++) {
        ObjString *name = src->global_names[i];
        size_t idx = vm_global_index(dst, vm_intern(dst, name->chars, name->len));
        dst->globals[idx] = ref(cx, src->globals[i]);
        drain(cx);
    }
    Session *from = src->session;
    if (from && from->ginfo_cap) {
        Session *to = session_of(dst);
        free(to->ginfo);
        to->ginfo = fun_malloc(sizeof(GlobalInfo) * from->ginfo_cap);
        memcpy(to->ginfo, from->ginfo, sizeof(GlobalInfo) * from->ginfo_cap);
        to->ginfo_cap = from->ginfo_cap;
    }
}
