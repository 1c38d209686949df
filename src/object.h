// SPDX-License-Identifier: MIT
// Heap objects: strings, arrays, maps, functions, closures, classes, instances, natives...
#ifndef FUN_OBJECT_H
#define FUN_OBJECT_H

#include "table.h"
#include "value.h"

typedef enum {
    OBJ_STRING,
    OBJ_ARRAY,
    OBJ_MAP,
    OBJ_PROTO,
    OBJ_CLOSURE,
    OBJ_UPVALUE,
    OBJ_NATIVE,
    OBJ_CLASS,
    OBJ_INSTANCE,
    OBJ_BOUND, // method bound to a receiver (obj.method read without a call)
    OBJ_HANDLE,
    OBJ_FIBER, // struct ObjFiber, defined in vm.h
} ObjType;

struct Obj {
    ObjType type;
    bool marked;
    struct Obj *next;
};

// Immutable byte string with a length; chars[len] is always '\0' for C
// convenience but the bytes may contain NUL themselves.
struct ObjString {
    Obj obj;
    uint32_t hash; // 0 = not computed yet
    // in vm->strings (vm_intern): no other interned string has the same bytes,
    // so two different interned strings are unequal without reading them
    bool interned;
    bool method_name; // interned and the name of some class's method (make_class)
    size_t len;
    char chars[];
};

typedef struct {
    Obj obj;
    Value *items;
    size_t count;
    size_t cap;
} ObjArray;

typedef struct {
    Obj obj;
    Table table;
} ObjMap;

// Line information: instruction index where a (file, line) run starts.
typedef struct {
    uint32_t pc;
    uint32_t line;
    uint16_t file;
} LineInfo;

typedef struct {
    uint32_t index;
    bool is_local; // captures a local of the enclosing function (else its upvalue)
} UpvalDesc;

typedef struct ObjProto {
    Obj obj;
    int nparams;
    int nslots;   // locals including parameters (slot 0 is the callee / receiver)
    int maxstack; // locals + deepest temporaries
    int nupvalues;
    bool is_method;    // parameter 1 is 'this'
    // a class's <init> that only stores its header parameters as fields (no
    // field initializers): construction can do it without running the code
    bool stores_params_only;
    uint32_t *code;
    size_t code_len;
    Value *consts;
    size_t nconsts;
    LineInfo *lines;
    size_t nlines;
    UpvalDesc *upvals;
    // CALL sites whose callee is a global, as (pc, global index) pairs by pc:
    // only read to name the variable when the callee is not callable.
    uint32_t *call_globals;
    size_t ncall_globals; // pairs
    ObjString *name;
    uint16_t file; // file where the function is defined
    uint32_t line;
} ObjProto;

typedef struct ObjUpvalue {
    Obj obj;
    Value *location; // points into a fiber stack while open, at 'closed' after
    Value closed;
    struct ObjUpvalue *next; // open upvalues list, sorted by stack address
} ObjUpvalue;

typedef struct ObjClass ObjClass;

typedef struct {
    Obj obj;
    ObjProto *proto;
    ObjClass *owner; // class whose method this is (for super), or NULL
    int nupvalues;
    ObjUpvalue *upvalues[];
} ObjClosure;

// Builtin function. Reports an error by returning false (see vm_error).
typedef bool (*NativeFn)(VM *vm, int argc, Value *args, Value *out);

typedef struct {
    Obj obj;
    const char *name;
    NativeFn fn;
    int min_args;
    int max_args; // -1: any number
} ObjNative;

// Header parameter kinds for class constructors (typed like declarations).
typedef struct {
    ObjString *name;
    uint8_t type; // a DeclType (decltype.h); 0 = untyped
} ClassParam;

typedef struct {
    ObjString *name;
    int arg; // index of the constructor argument stored
} ClassField;

struct ObjClass {
    Obj obj;
    ObjString *name;
    ObjClass *parent;
    Table methods;       // name -> closure (own and inherited, copied at creation)
    ObjClosure *init;    // field initializers: called as init(this, params...)
    ClassParam *params;  // header parameters
    int nparams;
    int ctor_start; // D19: first class (root = 0) whose _construct runs by itself; -1 unknown
    // construction plan (vm.c next_construct_step), built on the first `K(...)`:
    // the field initializers from the root down, then the _construct steps
    ObjClosure **plan;
    int nplan;           // -1 until built
    uint32_t field_hint; // fields of the last instance built: its table starts that large
    // every plan step stores header parameters only (no field initializer
    // code, no _construct): `K(...)` fills the fields without a frame
    bool plain_ctor;
    bool typed_params; // some header parameter has a declared type to check
    // a plain class's fields in the order its plan stores them, each name
    // once, with the argument it ends up holding (the last store wins)
    ClassField *plain_fields;
    uint32_t nplain_fields;
};

typedef struct {
    Obj obj;
    ObjClass *klass;
    Table fields;
    // the first fields live in the same block (fields.entries_inline), sized
    // by the class's field_hint: building an instance is one allocation
    uint32_t inline_cap;
    TableEntry inline_fields[];
} ObjInstance;

typedef struct {
    Obj obj;
    Value receiver;
    Value method;
} ObjBound;

// An OS resource with a finalizer: files, sockets, threads, channels, databases.
typedef struct ObjHandle {
    Obj obj;
    const char *kind;
    void *data;
    void (*finalize)(struct ObjHandle *h);
    void (*mark)(VM *vm, struct ObjHandle *h); // marks the values it holds, or NULL
} ObjHandle;

#define OBJ_TYPE(v) (AS_OBJ(v)->type)
static inline bool is_obj_type(Value v, ObjType t) { return IS_OBJ(v) && AS_OBJ(v)->type == t; }
#define IS_STRING(v) is_obj_type(v, OBJ_STRING)
#define IS_ARRAY(v) is_obj_type(v, OBJ_ARRAY)
#define IS_MAP(v) is_obj_type(v, OBJ_MAP)
#define IS_CLOSURE(v) is_obj_type(v, OBJ_CLOSURE)
#define IS_NATIVE(v) is_obj_type(v, OBJ_NATIVE)
#define IS_CLASS(v) is_obj_type(v, OBJ_CLASS)
#define IS_INSTANCE(v) is_obj_type(v, OBJ_INSTANCE)
#define IS_BOUND(v) is_obj_type(v, OBJ_BOUND)

#define AS_STRING(v) ((ObjString *)AS_OBJ(v))
#define AS_CSTRING(v) (((ObjString *)AS_OBJ(v))->chars)
#define AS_ARRAY(v) ((ObjArray *)AS_OBJ(v))
#define AS_MAP(v) ((ObjMap *)AS_OBJ(v))
#define AS_PROTO(v) ((ObjProto *)AS_OBJ(v))
#define AS_CLOSURE(v) ((ObjClosure *)AS_OBJ(v))
#define AS_NATIVE(v) ((ObjNative *)AS_OBJ(v))
#define AS_CLASS(v) ((ObjClass *)AS_OBJ(v))
#define AS_INSTANCE(v) ((ObjInstance *)AS_OBJ(v))
#define AS_BOUND(v) ((ObjBound *)AS_OBJ(v))

// Callable: closure, native, class or bound method.
bool val_is_callable(Value v);

// ---- strings ----
uint32_t str_hash_bytes(const char *s, size_t len);
static inline uint32_t str_hash(ObjString *s)
{
    if (s->hash == 0) {
        uint32_t h = str_hash_bytes(s->chars, s->len);
        s->hash = h ? h : 1;
    }
    return s->hash;
}
// Allocates a string holding a copy of len bytes.
ObjString *str_new(VM *vm, const char *chars, size_t len);
ObjString *str_from_cstr(VM *vm, const char *s);
// Allocates an uninitialised string of len bytes to be filled by the caller.
ObjString *str_alloc(VM *vm, size_t len);
ObjString *str_concat(VM *vm, ObjString *a, ObjString *b);
// Takes the bytes of a StrBuf into a new string and frees the buffer.
ObjString *str_from_buf(VM *vm, StrBuf *sb);
// A buffer that becomes a String without a copy (for large results built
// piece by piece: copying a 20 MB result cost a tenth of json_stringify).
// str_buf_init leaves room for the String's header: append after it as to
// any StrBuf; the text is sb->data + STR_BUF_HEADER, of sb->len -
// STR_BUF_HEADER bytes. str_buf_finish turns it into a String (the buffer
// is consumed); sb_free discards it.
#define STR_BUF_HEADER offsetof(ObjString, chars)
void str_buf_init(StrBuf *sb);
ObjString *str_buf_finish(VM *vm, StrBuf *sb);
ObjString *str_printf(VM *vm, const char *fmt, ...) FUN_PRINTF(2, 3);
// Same bytes. No hash is computed for this (hashing both strings reads each
// once more than the compare would): the cached hashes, when both are set,
// only reject most unequal strings of one length without reading them.
static inline bool str_eq(const ObjString *a, const ObjString *b)
{
    if (a == b)
        return true;
    if (a->len != b->len || (a->hash && b->hash && a->hash != b->hash))
        return false;
    return memcmp(a->chars, b->chars, a->len) == 0;
}

// ---- arrays ----
ObjArray *array_new(VM *vm, size_t cap);
void array_push(VM *vm, ObjArray *a, Value v);
void array_reserve(VM *vm, ObjArray *a, size_t cap);
// The push builtin (src/lib/array.c): push(a, v...) appends, returns the new length.
bool native_push(VM *vm, int argc, Value *args, Value *out);

// ---- maps ----
ObjMap *map_new(VM *vm);
// Convenience: m[key] = v with a C string key.
void map_set_cstr(VM *vm, ObjMap *m, const char *key, Value v);
// map_set_cstr for a key in static storage (a literal): its interned String
// comes from vm_intern_static, with no allocation or hashing per call.
void map_set_static(VM *vm, ObjMap *m, const char *key, Value v);
// A new map of the n literal keys keys[0..n) (static storage, distinct), in
// that order, every value nil, with room for `room` more keys: a copy of a
// template kept per VM, so a builtin returning maps of one fixed shape (HTTP
// requests) hashes and indexes no key per map. It fills the values by
// position: m->table.entries[i].value for keys[i].
ObjMap *map_of_shape(VM *vm, const char *const *keys, uint32_t n, uint32_t room);

// ---- functions and classes ----
ObjProto *proto_new(VM *vm);
ObjClosure *closure_new(VM *vm, ObjProto *p);
ObjUpvalue *upvalue_new(VM *vm, Value *slot);
ObjNative *native_new(VM *vm, const char *name, NativeFn fn, int min_args, int max_args);
ObjClass *class_new(VM *vm, ObjString *name);
ObjInstance *instance_new(VM *vm, ObjClass *klass);
ObjBound *bound_new(VM *vm, Value receiver, Value method);
ObjHandle *handle_new(VM *vm, const char *kind, void *data, void (*finalize)(ObjHandle *));

// A fiber with no stack yet (vm_fiber_new in vm.c sets it up).
struct ObjFiber *fiber_obj_new(VM *vm);

// Frees one object (called by the collector and at VM teardown).
void obj_free(VM *vm, Obj *o);

#endif
