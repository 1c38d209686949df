// SPDX-License-Identifier: MIT
// Compiler: walks the AST in text order and emits bytecode per function.
#include "compiler.h"

#include <stdarg.h>

#include "gc.h"
#include "lexer.h"
#include "memory.h"
#include "opcodes.h"

typedef struct {
    const char *name;
    int slot;
    uint8_t type;
    bool is_fun;
} Local;

typedef struct {
    const char *name;
    uint32_t index;
    bool is_local;
    uint8_t type;
    bool is_fun;
} UpvalInfo;

typedef struct {
    int *items;
    int count, cap;
} IntList;

typedef struct {
    int start; // continue target when known (-1: forward, patch conts)
    IntList breaks;
    IntList conts;
    int ntries; // try regions active when the loop started
} LoopInfo;

typedef struct {
    NodeList *fin; // finally body or NULL
    bool handler;  // a TRY handler is installed for this region
} TryInfo;

typedef struct FuncState {
    struct FuncState *enclosing;
    bool is_top;
    bool is_method;
    const char *name;
    uint32_t *code;
    size_t ncode, code_cap;
    Value *consts;
    size_t nconsts, consts_cap;
    Table str_consts; // string constant -> index
    LineInfo *lines;
    size_t nlines, lines_cap;
    uint32_t *call_globals; // (pc, global) pairs: see ObjProto
    size_t ncall_globals, call_globals_cap; // in words
    Local *locals;
    int nlocals, locals_cap;
    UpvalInfo *upvals;
    int nupvals, upvals_cap;
    const char **forced;
    int nforced, forced_cap;
    int nslots;
    int depth, maxdepth;
    LoopInfo *loops;
    int nloops, loops_cap;
    TryInfo *tries;
    int ntries, tries_cap;
    int nparams;
    int line;
    uint16_t file;
    uint16_t def_file;
    int def_line;
    // peephole fusion (fused_local): where the last instruction starts, and the
    // last position a jump was patched to land on (+1; 0 = none)
    size_t last_ins;
    size_t prev_ins; // where the instruction before it starts (SIZE_MAX: unknown)
    size_t last_target;
} FuncState;

typedef struct {
    VM *vm;
    FuncState *fs;
    const char *ns;
    char *error;
    const CompileOptions *opts;
    int depth; // expression recursion (the AST can be deep: a+b+c+... chains)
    // D17a: which files assigned each global at top level in this compilation
    // (indexed by global), and which files each file included (indexed by file).
    IntList *gfiles;
    size_t ngfiles;
    IntList *children;
    size_t nchildren;
    uint16_t root_file;
} Compiler;

#define PUSH(arr, count, cap, v)                                                                   \
    do {                                                                                           \
        if ((count) == (cap)) {                                                                    \
            (cap) = (cap) ? (cap) * 2 : 8;                                                         \
            (arr) = fun_realloc((arr), sizeof(*(arr)) * (size_t)(cap));                            \
        }                                                                                          \
        (arr)[(count)++] = (v);                                                                    \
    } while (0)

static void error_at(Compiler *c, Node *n, const char *fmt, ...) FUN_PRINTF(3, 4);
static void error_at(Compiler *c, Node *n, const char *fmt, ...)
{
    if (c->error)
        return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    const char *file = n && n->file < c->vm->nfiles ? c->vm->files[n->file].display : "?";
    size_t len = strlen(file) + strlen(msg) + 64;
    c->error = fun_malloc(len);
    snprintf(c->error, len, "Parse error %s:%d:%d: %s", file, n ? n->line : 0, n ? n->col : 0, msg);
}

// ---------------------------------------------------------------- globals info

static GlobalInfo *ginfo(VM *vm, size_t index) { return session_global(vm, index); }

static ObjString *intern(Compiler *c, const char *s) { return vm_intern(c->vm, s, strlen(s)); }

static size_t global_in(Compiler *c, const char *ns, const char *name)
{
    if (!ns || !*ns)
        return vm_global_index(c->vm, intern(c, name));
    size_t n = strlen(ns) + strlen(name) + 1;
    char *key = fun_malloc(n);
    snprintf(key, n, "%s%s", ns, name);
    size_t idx = vm_global_index(c->vm, intern(c, key));
    free(key);
    return idx;
}

static size_t global_index(Compiler *c, const char *name) { return global_in(c, c->ns, name); }

static int builtin_index(Compiler *c, const char *name)
{
    Value *v = tbl_get_cstr(&c->vm->builtins, name, strlen(name), str_hash_bytes(name, strlen(name)));
    return v ? (int)AS_INT(*v) : -1;
}

// ---------------------------------------------------------------- emitting

static int stack_effect(OpCode op, uint32_t a, uint32_t b)
{
    switch (op) {
    case OP_CONST: case OP_INT: case OP_NIL: case OP_TRUE: case OP_FALSE: case OP_DUP:
    case OP_GET_LOCAL: case OP_GET_UPVAL: case OP_GET_GLOBAL: case OP_GET_BUILTIN:
    case OP_CLOSURE: case OP_ADD_LI: case OP_SUB_LI: case OP_LT_LI: case OP_LE_LI:
    case OP_GT_LI: case OP_GE_LI:
        return 1;
    case OP_DUP2:
        return 2;
    case OP_POP: case OP_SET_LOCAL: case OP_SET_UPVAL: case OP_SET_GLOBAL: case OP_ADD:
    case OP_SUB: case OP_MUL: case OP_DIV: case OP_MOD: case OP_EQ: case OP_ADD_INPLACE: case OP_NE: case OP_LT:
    case OP_LE: case OP_GT: case OP_GE: case OP_JUMP_IF_FALSE: case OP_JUMP_IF_TRUE:
    case OP_RETURN: case OP_ARRAY_PUSH: case OP_INDEX: case OP_THROW: case OP_FOR_PREP:
    case OP_EXIT: case OP_SET_FIELD_L:
        return -1;
    case OP_SET_INDEX:
        return -3;
    case OP_SLICE: case OP_MAP_SET: case OP_RANGE_TEST: case OP_SET_FIELD: case OP_SET_INDEX_K:
        return -2;
    case OP_CALL:
        return -(int)a;
    case OP_CALL_BUILTIN:
        return 1 - (int)b;
    case OP_INVOKE: case OP_SUPER_INVOKE:
        return -(int)b - 1;
    case OP_CLASS:
        return -1; // plus one per method, adjusted by the caller
    case OP_ARRAY: case OP_CONCAT:
        return 1 - (int)a;
    case OP_MAP:
        return 1 - 2 * (int)a;
    case OP_FOR_NEXT:
        return (int)b;
    default:
        return 0;
    }
}

static void add_line(FuncState *fs)
{
    if (fs->nlines > 0) {
        LineInfo *l = &fs->lines[fs->nlines - 1];
        if ((int)l->line == fs->line && l->file == fs->file)
            return;
        if (l->pc == fs->ncode) {
            l->line = (uint32_t)fs->line;
            l->file = fs->file;
            return;
        }
    }
    LineInfo li = {(uint32_t)fs->ncode, (uint32_t)fs->line, fs->file};
    PUSH(fs->lines, fs->nlines, fs->lines_cap, li);
}

static int emit_word(Compiler *c, uint32_t w)
{
    FuncState *fs = c->fs;
    add_line(fs);
    if (fs->ncode == fs->code_cap) {
        fs->code_cap = fs->code_cap ? fs->code_cap * 2 : 64;
        fs->code = fun_realloc(fs->code, sizeof(uint32_t) * fs->code_cap);
    }
    fs->code[fs->ncode] = w;
    return (int)fs->ncode++;
}

static void adjust(Compiler *c, int delta)
{
    FuncState *fs = c->fs;
    fs->depth += delta;
    if (fs->depth > fs->maxdepth)
        fs->maxdepth = fs->depth;
}

static int emit(Compiler *c, OpCode op, uint32_t a)
{
    adjust(c, stack_effect(op, a, 0));
    c->fs->prev_ins = c->fs->last_ins;
    c->fs->last_ins = c->fs->ncode;
    return emit_word(c, INS(op, a & 0xffffff));
}

static int emit_ab(Compiler *c, OpCode op, uint32_t a, uint32_t b)
{
    adjust(c, stack_effect(op, a, b));
    c->fs->prev_ins = c->fs->last_ins;
    c->fs->last_ins = c->fs->ncode;
    return emit_word(c, INS_AB(op, a & 0xffff, b & 0xff));
}

// The slot of the GET_LOCAL just emitted when the next instruction may be
// fused with it, else -1. Fusing replaces that GET_LOCAL word, so no jump may
// land between it and the next instruction, and it must be an instruction of
// its own (not the operand word of a two-word instruction).
static int fused_local(Compiler *c, uint32_t max_slot)
{
    FuncState *fs = c->fs;
    if (fs->ncode == 0 || fs->last_ins != fs->ncode - 1 || fs->last_target == fs->ncode + 1)
        return -1;
    uint32_t w = fs->code[fs->ncode - 1];
    if (GET_OP(w) != OP_GET_LOCAL || GET_A(w) > max_slot)
        return -1;
    return (int)GET_A(w);
}

// Rewrites the GET_LOCAL before it into one instruction (see fused_local).
static void emit_fused(Compiler *c, uint32_t w, int effect)
{
    FuncState *fs = c->fs;
    adjust(c, effect);
    fs->code[fs->ncode - 1] = w;
}

// Whether evaluating n can run no Fun code (no call, no method): literals,
// names, operators, fields and indexing, at most a few levels deep. An
// assignment to a local's field evaluates such a value before it reads the
// local (SET_FIELD_L) with no difference anyone could see.
static bool runs_no_code(const Node *n, int depth)
{
    if (depth > 8)
        return false;
    switch (n->kind) {
    case N_INT: case N_FLOAT: case N_STRING: case N_TRUE: case N_FALSE: case N_NIL: case N_NAME:
        return true;
    case N_UNARY: case N_FIELD:
        return runs_no_code(n->a, depth + 1);
    case N_BINARY: case N_AND: case N_OR: case N_INDEX:
        return runs_no_code(n->a, depth + 1) && runs_no_code(n->b, depth + 1);
    case N_TERNARY:
        return runs_no_code(n->a, depth + 1) && runs_no_code(n->b, depth + 1) &&
               runs_no_code(n->c, depth + 1);
    default:
        return false;
    }
}

// The inline cache word after GET_FIELD, SET_FIELD, SET_FIELD_L, INDEX_K,
// SET_INDEX_K and INVOKE (vm.c ic_get):
// a NOP to anything that reads code word by word.
static void emit_cache(Compiler *c) { emit_word(c, INS(OP_NOP, 0)); }

// obj.name with obj on the stack, or read from a local in the same instruction.
static void emit_get_field(Compiler *c, uint32_t k)
{
    int slot = k <= 0xff ? fused_local(c, 0xffff) : -1;
    if (slot >= 0)
        emit_fused(c, INS_AB(OP_GET_FIELD_L, (uint32_t)slot, k), 0);
    else
        emit(c, OP_GET_FIELD, k);
    emit_cache(c);
}

// x op y with both operands locals (ADD_LL...: no push of either), when the
// instruction before the X_L just made is the GET_LOCAL of x, a single word
// no jump lands after. The two words become one.
static void fuse_both_locals(Compiler *c, OpCode op, int right)
{
    OpCode fused;
    switch (op) {
    case OP_ADD: fused = OP_ADD_LL; break;
    case OP_SUB: fused = OP_SUB_LL; break;
    case OP_MUL: fused = OP_MUL_LL; break;
    case OP_INDEX: fused = OP_INDEX_LL; break;
    default: return;
    }
    FuncState *fs = c->fs;
    size_t at = fs->ncode - 2; // where GET_LOCAL x would be
    if (fs->ncode < 2 || right > 0xff || fs->prev_ins != at || fs->last_target == fs->ncode)
        return;
    uint32_t w = fs->code[at];
    if (GET_OP(w) != OP_GET_LOCAL || GET_A(w) > 0xffff)
        return;
    fs->code[at] = INS_AB(fused, GET_A(w), (uint32_t)right);
    fs->ncode--;
    if (fs->nlines > 0 && fs->lines[fs->nlines - 1].pc == fs->ncode)
        fs->nlines--; // the line entry of the word that went: x's line covers it
    fs->last_ins = at;
    fs->prev_ins = SIZE_MAX;
}

// A binary operator whose right operand is on the stack, or read from a local
// in the same instruction (ADD_L...: one dispatch and no push for `x + y`).
static void emit_binop(Compiler *c, OpCode op)
{
    OpCode fused;
    switch (op) {
    case OP_ADD: fused = OP_ADD_L; break;
    case OP_SUB: fused = OP_SUB_L; break;
    case OP_MUL: fused = OP_MUL_L; break;
    case OP_DIV: fused = OP_DIV_L; break;
    case OP_LT: fused = OP_LT_L; break;
    case OP_LE: fused = OP_LE_L; break;
    case OP_GT: fused = OP_GT_L; break;
    case OP_GE: fused = OP_GE_L; break;
    case OP_EQ: fused = OP_EQ_L; break;
    case OP_NE: fused = OP_NE_L; break;
    case OP_INDEX: fused = OP_INDEX_L; break;
    default: emit(c, op, 0); return;
    }
    int slot = fused_local(c, 0xffffff);
    if (slot < 0) {
        emit(c, op, 0);
        return;
    }
    emit_fused(c, INS(fused, (uint32_t)slot), -1);
    fuse_both_locals(c, op, slot);
}

static int emit_jump(Compiler *c, OpCode op)
{
    return emit(c, op, 0);
}

static void patch_to(Compiler *c, int at, int target, Node *where)
{
    if (target == (int)c->fs->ncode)
        c->fs->last_target = c->fs->ncode + 1;
    uint32_t *w = &c->fs->code[at];
    int off = target - at - 1;
    if (off > SA_MAX || off < SA_MIN) {
        error_at(c, where, "function too large");
        return;
    }
    if (GET_OP(*w) == OP_LOOP_LT_LOCALS || GET_OP(*w) == OP_FOR_NEXT || GET_OP(*w) == OP_JLT_LL ||
        GET_OP(*w) == OP_JLT_LK) {
        // the offset lives in the following word, relative to it
        c->fs->code[at + 1] = (uint32_t)(target - at - 2);
        return;
    }
    *w = GET_OP(*w) | ((uint32_t)off << 8);
}

static void patch_here(Compiler *c, int at) { patch_to(c, at, (int)c->fs->ncode, NULL); }

static void emit_loop(Compiler *c, int target)
{
    int at = emit(c, OP_JUMP, 0);
    patch_to(c, at, target, NULL);
}

static uint32_t add_const(Compiler *c, Value v)
{
    FuncState *fs = c->fs;
    if (IS_STRING(v)) {
        Value *idx = tbl_get(&fs->str_consts, AS_STRING(v));
        if (idx)
            return (uint32_t)AS_INT(*idx);
    } else if (!IS_OBJ(v)) {
        size_t lim = fs->nconsts < 256 ? fs->nconsts : 256;
        for (size_t i = 0; i < lim; i++) {
            Value k = fs->consts[i];
            if (k.type == v.type && memcmp(&k.as, &v.as, sizeof k.as) == 0)
                return (uint32_t)i;
        }
    }
    PUSH(fs->consts, fs->nconsts, fs->consts_cap, v);
    uint32_t idx = (uint32_t)(fs->nconsts - 1);
    if (IS_STRING(v))
        tbl_set(c->vm, &fs->str_consts, AS_STRING(v), INT_VAL(idx));
    return idx;
}

static uint32_t str_const(Compiler *c, const char *s, size_t n)
{
    return add_const(c, OBJ_VAL(vm_intern(c->vm, s, n)));
}

static uint32_t name_const(Compiler *c, const char *s) { return str_const(c, s, strlen(s)); }

static void emit_const(Compiler *c, Value v)
{
    if (IS_INT(v) && AS_INT(v) >= SA_MIN && AS_INT(v) <= SA_MAX) {
        emit(c, OP_INT, (uint32_t)AS_INT(v));
        return;
    }
    uint32_t k = add_const(c, v);
    if (k > 0xffffff)
        error_at(c, NULL, "too many constants in one function");
    emit(c, OP_CONST, k);
}

static void set_pos(Compiler *c, Node *n)
{
    c->fs->line = n->line;
    c->fs->file = n->file;
}

// ---------------------------------------------------------------- scopes

static int new_slot(FuncState *fs) { return fs->nslots++; }

static Local *find_local(FuncState *fs, const char *name)
{
    for (int i = fs->nlocals - 1; i >= 0; i--)
        if (strcmp(fs->locals[i].name, name) == 0)
            return &fs->locals[i];
    return NULL;
}

static Local *add_local(Compiler *c, const char *name)
{
    FuncState *fs = c->fs;
    Local l = {name, new_slot(fs), DT_NONE, false};
    PUSH(fs->locals, fs->nlocals, fs->locals_cap, l);
    return &fs->locals[fs->nlocals - 1];
}

static int add_upval(FuncState *fs, const char *name, uint32_t index, bool is_local, uint8_t type,
                     bool is_fun)
{
    for (int i = 0; i < fs->nupvals; i++)
        if (fs->upvals[i].index == index && fs->upvals[i].is_local == is_local)
            return i;
    UpvalInfo u = {name, index, is_local, type, is_fun};
    PUSH(fs->upvals, fs->nupvals, fs->upvals_cap, u);
    return fs->nupvals - 1;
}

// Finds name as a captured variable of fs (a local of an enclosing function).
static int find_upval(FuncState *fs, const char *name)
{
    for (int i = 0; i < fs->nupvals; i++)
        if (strcmp(fs->upvals[i].name, name) == 0)
            return i;
    FuncState *enc = fs->enclosing;
    if (!enc || enc->is_top)
        return -1;
    Local *l = find_local(enc, name);
    if (l)
        return add_upval(fs, name, (uint32_t)l->slot, true, l->type, l->is_fun);
    int up = find_upval(enc, name);
    if (up < 0)
        return -1;
    UpvalInfo *u = &enc->upvals[up];
    return add_upval(fs, name, (uint32_t)up, false, u->type, u->is_fun);
}

static bool is_forced_global(FuncState *fs, const char *name)
{
    for (int i = 0; i < fs->nforced; i++)
        if (strcmp(fs->forced[i], name) == 0)
            return true;
    return false;
}

typedef NsAlias Alias;

static const Alias *find_alias(Compiler *c, const char *name)
{
    Session *s = session_of(c->vm);
    for (size_t i = s->naliases; i-- > 0;)
        if (strcmp(s->aliases[i].alias, name) == 0 && strcmp(s->aliases[i].scope, c->ns) == 0)
            return &s->aliases[i];
    return NULL;
}

static IntList *grow_lists(IntList **arr, size_t *n, size_t index)
{
    if (index >= *n) {
        size_t cap = *n ? *n : 16;
        while (cap <= index)
            cap *= 2;
        *arr = fun_realloc(*arr, sizeof(IntList) * cap);
        memset(*arr + *n, 0, sizeof(IntList) * (cap - *n));
        *n = cap;
    }
    return *arr + index;
}

static void add_unique(IntList *l, int v)
{
    for (int i = 0; i < l->count; i++)
        if (l->items[i] == v)
            return;
    PUSH(l->items, l->count, l->cap, v);
}

// A top-level assignment of global g in the current file (D17, D17a).
static void note_assigned(Compiler *c, size_t g)
{
    ginfo(c->vm, g)->assigned = true;
    add_unique(grow_lists(&c->gfiles, &c->ngfiles, g), c->fs->file);
}

// D17a: is file f `from` itself or a file that `from` included (transitively)?
static bool file_within(Compiler *c, int from, int f, int depth)
{
    if (from == f)
        return true;
    if (depth > 256 || (size_t)from >= c->nchildren)
        return false;
    IntList *ch = &c->children[from];
    for (int i = 0; i < ch->count; i++)
        if (file_within(c, ch->items[i], f, depth + 1))
            return true;
    return false;
}

// D17 "a global that the text has already assigned above", seen from the
// function being compiled: the main file sees every assignment above it; a
// function of an included file only those of its own file and of the files
// it included, never the includer's globals (D17a).
static bool assigned_above(Compiler *c, size_t g)
{
    GlobalInfo *gi = ginfo(c->vm, g);
    if (!gi->assigned)
        return false;
    int from = c->fs->def_file;
    if (from == c->root_file)
        return true;
    if (g >= c->ngfiles)
        return false; // assigned by an earlier REPL input only
    IntList *l = &c->gfiles[g];
    for (int i = 0; i < l->count; i++)
        if (file_within(c, from, l->items[i], 0))
            return true;
    return false;
}

typedef enum { VAR_LOCAL, VAR_UPVAL, VAR_GLOBAL, VAR_BUILTIN } VarKind;

typedef struct {
    VarKind kind;
    int index;
    uint8_t type;
    bool is_fun;
} Var;

// The one lookup both directions share: a local or upvalue of the function
// being compiled, by name; false when the name is neither.
static bool resolve_scoped(FuncState *fs, const char *name, Var *v)
{
    Local *l = find_local(fs, name);
    if (l) {
        *v = (Var){VAR_LOCAL, l->slot, l->type, l->is_fun};
        return true;
    }
    int up = find_upval(fs, name);
    if (up >= 0) {
        *v = (Var){VAR_UPVAL, up, fs->upvals[up].type, fs->upvals[up].is_fun};
        return true;
    }
    return false;
}

static Var global_var(Compiler *c, size_t g)
{
    GlobalInfo *gi = ginfo(c->vm, g);
    return (Var){VAR_GLOBAL, (int)g, gi->type, gi->is_fun};
}

// Resolution for reading a name: scope, then a builtin unless the program
// assigns or declares a global of that name, then the global.
static Var resolve_read(Compiler *c, const char *name)
{
    Var v;
    FuncState *fs = c->fs;
    if (!fs->is_top && !is_forced_global(fs, name) && resolve_scoped(fs, name, &v))
        return v;
    int b = builtin_index(c, name);
    size_t g = global_index(c, name);
    GlobalInfo *gi = ginfo(c->vm, g);
    if (b >= 0 && !gi->assigned && !gi->is_fun)
        return (Var){VAR_BUILTIN, b, DT_NONE, false};
    return global_var(c, g);
}

// Resolution for assigning a name (rulings D17): in a function, a name that
// is not in scope and not a global assigned above becomes a new local.
static Var resolve_write(Compiler *c, const char *name, bool *created)
{
    Var v;
    FuncState *fs = c->fs;
    *created = false;
    if (fs->is_top || is_forced_global(fs, name))
        return global_var(c, global_index(c, name));
    if (resolve_scoped(fs, name, &v))
        return v;
    size_t g = global_index(c, name);
    if (assigned_above(c, g))
        return global_var(c, g);
    Local *l = add_local(c, name);
    *created = true;
    return (Var){VAR_LOCAL, l->slot, DT_NONE, false};
}

// The namespace alias that `name` in `name.f` stands for: none when a local
// or an upvalue of that name shadows the alias.
static const Alias *alias_named(Compiler *c, const char *name)
{
    Var v = resolve_read(c, name);
    return v.kind == VAR_LOCAL || v.kind == VAR_UPVAL ? NULL : find_alias(c, name);
}

static void emit_get(Compiler *c, Var v)
{
    switch (v.kind) {
    case VAR_LOCAL: emit(c, OP_GET_LOCAL, (uint32_t)v.index); break;
    case VAR_UPVAL: emit(c, OP_GET_UPVAL, (uint32_t)v.index); break;
    case VAR_GLOBAL: emit(c, OP_GET_GLOBAL, (uint32_t)v.index); break;
    case VAR_BUILTIN: emit(c, OP_GET_BUILTIN, (uint32_t)v.index); break;
    }
}

// x = a op b for a plain local x, op the last instruction (no jump lands
// after it): the SET_LOCAL folds into it (ADD_SET...), one dispatch and the
// push of the result fewer.
static bool fuse_arith_set(Compiler *c, int slot)
{
    FuncState *fs = c->fs;
    if (slot < 0 || slot > 0xffffff || fs->ncode == 0 || fs->last_ins != fs->ncode - 1 ||
        fs->last_target == fs->ncode + 1)
        return false;
    OpCode fused;
    switch (GET_OP(fs->code[fs->ncode - 1])) {
    case OP_ADD: fused = OP_ADD_SET; break;
    case OP_SUB: fused = OP_SUB_SET; break;
    case OP_MUL: fused = OP_MUL_SET; break;
    case OP_DIV: fused = OP_DIV_SET; break;
    default: return false;
    }
    emit_fused(c, INS(fused, (uint32_t)slot), -1);
    fs->prev_ins = SIZE_MAX; // nothing fuses across it
    return true;
}

static void emit_set(Compiler *c, Var v)
{
    // boolean (D14: any number stores its truthiness) and map are checked by
    // hidden builtins; the other types by the VM's CHECK_TYPE
    if (v.type == DT_BOOLEAN || v.type == DT_MAP)
        emit_ab(c, OP_CALL_BUILTIN,
                (uint32_t)builtin_index(c, v.type == DT_MAP ? "__typed_map" : "__typed_boolean"), 1);
    else if (v.type != DT_NONE)
        emit(c, OP_CHECK_TYPE, v.type);
    switch (v.kind) {
    case VAR_LOCAL:
        if (v.type != DT_NONE || !fuse_arith_set(c, v.index))
            emit(c, OP_SET_LOCAL, (uint32_t)v.index);
        break;
    case VAR_UPVAL: emit(c, OP_SET_UPVAL, (uint32_t)v.index); break;
    case VAR_GLOBAL:
        ginfo(c->vm, (size_t)v.index)->stored = true;
        emit(c, OP_SET_GLOBAL, (uint32_t)v.index);
        if (c->fs->is_top)
            note_assigned(c, (size_t)v.index);
        break;
    case VAR_BUILTIN: break;
    }
}

// Declares name as a fresh binding of this scope: a global at top level,
// a local in a function (loop variables, catch variables, declarations).
static Var declare_var(Compiler *c, const char *name, uint8_t type, bool is_fun)
{
    Var v = {VAR_GLOBAL, 0, type, is_fun};
    FuncState *fs = c->fs;
    if (fs->is_top || is_forced_global(fs, name)) {
        size_t g = global_index(c, name);
        GlobalInfo *gi = ginfo(c->vm, g);
        if (type != DT_NONE)
            gi->type = type;
        if (is_fun)
            gi->is_fun = true;
        v.index = (int)g;
        v.type = gi->type;
        return v;
    }
    Local *l = find_local(fs, name);
    if (!l)
        l = add_local(c, name);
    if (type != DT_NONE)
        l->type = type;
    if (is_fun)
        l->is_fun = true;
    v.kind = VAR_LOCAL;
    v.index = l->slot;
    v.type = l->type;
    return v;
}

// ---------------------------------------------------------------- functions

static void fs_init(Compiler *c, FuncState *fs, const char *name, bool is_top)
{
    memset(fs, 0, sizeof *fs);
    fs->enclosing = c->fs;
    fs->is_top = is_top;
    fs->name = name;
    tbl_init(&fs->str_consts);
    fs->nslots = 1; // slot 0: callee
    fs->line = 1;
    fs->prev_ins = SIZE_MAX;
    c->fs = fs;
}

static void fs_free(Compiler *c, FuncState *fs)
{
    free(fs->code);
    free(fs->consts);
    free(fs->lines);
    free(fs->call_globals);
    free(fs->locals);
    free(fs->upvals);
    free(fs->forced);
    for (int i = 0; i < fs->nloops; i++) {
        free(fs->loops[i].breaks.items);
        free(fs->loops[i].conts.items);
    }
    free(fs->loops);
    free(fs->tries);
    tbl_free(c->vm, &fs->str_consts);
}

static void mark_compiler(VM *vm, void *ctx)
{
    Compiler *c = ctx;
    for (FuncState *fs = c->fs; fs; fs = fs->enclosing) {
        for (size_t i = 0; i < fs->nconsts; i++)
            gc_mark_value(vm, fs->consts[i]);
        gc_mark_table(vm, &fs->str_consts);
    }
}

static ObjProto *fs_finish(Compiler *c)
{
    FuncState *fs = c->fs;
    VM *vm = c->vm;
    ObjProto *p = proto_new(vm);
    vm_push_root(vm, OBJ_VAL(p));
    p->name = vm_intern(vm, fs->name, strlen(fs->name));
    p->nparams = fs->nparams;
    p->nslots = fs->nslots;
    p->maxstack = fs->nslots + fs->maxdepth + 8;
    p->is_method = fs->is_method;
    p->file = fs->def_file;
    p->line = (uint32_t)fs->def_line;
    p->code = GROW_ARRAY(vm, uint32_t, NULL, 0, fs->ncode);
    memcpy(p->code, fs->code, sizeof(uint32_t) * fs->ncode);
    p->code_len = fs->ncode;
    p->consts = GROW_ARRAY(vm, Value, NULL, 0, fs->nconsts);
    if (fs->nconsts)
        memcpy(p->consts, fs->consts, sizeof(Value) * fs->nconsts);
    p->nconsts = fs->nconsts;
    p->lines = GROW_ARRAY(vm, LineInfo, NULL, 0, fs->nlines);
    if (fs->nlines)
        memcpy(p->lines, fs->lines, sizeof(LineInfo) * fs->nlines);
    p->nlines = fs->nlines;
    p->call_globals = GROW_ARRAY(vm, uint32_t, NULL, 0, fs->ncall_globals);
    if (fs->ncall_globals)
        memcpy(p->call_globals, fs->call_globals, sizeof(uint32_t) * fs->ncall_globals);
    p->ncall_globals = fs->ncall_globals / 2;
    p->upvals = GROW_ARRAY(vm, UpvalDesc, NULL, 0, (size_t)fs->nupvals);
    for (int i = 0; i < fs->nupvals; i++) {
        p->upvals[i].index = fs->upvals[i].index;
        p->upvals[i].is_local = fs->upvals[i].is_local;
    }
    p->nupvalues = fs->nupvals;
    vm_pop_root(vm);
    return p;
}

static void statements(Compiler *c, NodeList *list);
static void expression(Compiler *c, Node *n);

// Remembers that the CALL at pc calls global g, so that calling it while it
// is nil can say "'name' is not defined" (see vm.c, not_callable).
static void note_call_global(Compiler *c, int pc, size_t g)
{
    FuncState *fs = c->fs;
    PUSH(fs->call_globals, fs->ncall_globals, fs->call_globals_cap, (uint32_t)pc);
    PUSH(fs->call_globals, fs->ncall_globals, fs->call_globals_cap, (uint32_t)g);
}

// Compiles a function body; leaves a closure on the stack of the enclosing function.
static void function(Compiler *c, FuncDecl *f, const char *display_name, bool is_method)
{
    FuncState fs;
    FuncState *enclosing = c->fs;
    fs_init(c, &fs, display_name, false);
    fs.def_file = f->file;
    fs.def_line = f->line;
    fs.file = f->file;
    fs.line = f->line;
    fs.is_method = is_method;
    int start = 0;
    if (is_method) {
        add_local(c, "this");
        if (f->nparams > 0 && strcmp(f->params[0], "this") == 0)
            start = 1;
        fs.nparams = 1;
    }
    for (int i = start; i < f->nparams; i++) {
        add_local(c, f->params[i]);
        fs.nparams++;
    }
    statements(c, &f->body);
    emit(c, OP_RETURN_NIL, 0);
    ObjProto *p = fs_finish(c);
    c->fs = enclosing;
    uint32_t k = add_const(c, OBJ_VAL(p));
    fs_free(c, &fs);
    emit(c, OP_CLOSURE, k);
}

// ---------------------------------------------------------------- expressions

static bool is_small_int(Node *n, int64_t *out)
{
    if (n->kind == N_INT && n->ival >= SA_MIN && n->ival <= SA_MAX) {
        *out = n->ival;
        return true;
    }
    return false;
}

// The value of a literal (number, string, true, false, nil), for the
// instructions that take their right operand from the constants (EQ_K).
static bool literal_value(Compiler *c, Node *n, Value *out)
{
    switch (n->kind) {
    case N_INT: *out = INT_VAL(n->ival); return true;
    case N_FLOAT: *out = FLOAT_VAL(n->fval); return true;
    case N_STRING: *out = OBJ_VAL(vm_intern(c->vm, n->str, n->str_len)); return true;
    case N_TRUE: *out = BOOL_VAL(true); return true;
    case N_FALSE: *out = BOOL_VAL(false); return true;
    case N_NIL: *out = NIL_VAL; return true;
    default: return false;
    }
}

static OpCode binop(int tok)
{
    switch (tok) {
    case TOK_PLUS: return OP_ADD;
    case TOK_PLUS_ASSIGN: return OP_ADD_INPLACE;
    case TOK_MINUS: case TOK_MINUS_ASSIGN: return OP_SUB;
    case TOK_STAR: case TOK_STAR_ASSIGN: return OP_MUL;
    case TOK_SLASH: case TOK_SLASH_ASSIGN: return OP_DIV;
    case TOK_PERCENT: case TOK_PERCENT_ASSIGN: return OP_MOD;
    case TOK_EQ: return OP_EQ;
    case TOK_NE: return OP_NE;
    case TOK_LT: return OP_LT;
    case TOK_LE: return OP_LE;
    case TOK_GT: return OP_GT;
    case TOK_GE: return OP_GE;
    default: return OP_NOP;
    }
}

static bool plain_local(Compiler *c, Node *n, int *slot);
static void jump_when_inner(Compiler *c, Node *e, bool sense, IntList *out);
static void jump_when(Compiler *c, Node *e, bool sense, IntList *out);

// local < local or local < constant: one compare-and-branch instruction.
static bool jump_if_less(Compiler *c, Node *e, IntList *out)
{
    int sa, sb;
    if (e->kind != N_BINARY || e->op != TOK_LT || !plain_local(c, e->a, &sa) || sa > 0xffff)
        return false;
    if (plain_local(c, e->b, &sb) && sb <= 0xff) {
        set_pos(c, e);
        int j = emit_ab(c, OP_JLT_LL, (uint32_t)sa, (uint32_t)sb);
        emit_word(c, 0);
        PUSH(out->items, out->count, out->cap, j);
        return true;
    }
    if (e->b->kind == N_INT || e->b->kind == N_FLOAT) {
        Value kv = e->b->kind == N_INT ? INT_VAL(e->b->ival) : FLOAT_VAL(e->b->fval);
        uint32_t k = add_const(c, kv);
        if (k > 0xff)
            return false;
        set_pos(c, e);
        int j = emit_ab(c, OP_JLT_LK, (uint32_t)sa, k);
        emit_word(c, 0);
        PUSH(out->items, out->count, out->cap, j);
        return true;
    }
    return false;
}


static bool plain_local(Compiler *c, Node *n, int *slot)
{
    if (n->kind != N_NAME || c->fs->is_top || is_forced_global(c->fs, n->str))
        return false;
    Local *l = find_local(c->fs, n->str);
    if (!l)
        return false;
    *slot = l->slot;
    return true;
}

// Emits code that jumps (the jumps are added to out) when e is truthy
// (sense true) or falsy (sense false), and falls through otherwise. && and
// || become control flow; `local < local` and `local < constant` become one
// compare-and-branch instruction.
static void jump_when(Compiler *c, Node *e, bool sense, IntList *out)
{
    if (c->error)
        return;
    if (++c->depth > 3000) {
        error_at(c, e, "expression too complex (nested more than 3000 levels)");
        c->depth--;
        return;
    }
    jump_when_inner(c, e, sense, out);
    c->depth--;
}

static void jump_when_inner(Compiler *c, Node *e, bool sense, IntList *out)
{
    if (e->kind == N_AND || e->kind == N_OR) {
        // `a && b` jumps on falsy like its parts; on truthy only if both are
        // (symmetrically for ||): the short-circuit exit skips the second part
        bool direct = (e->kind == N_AND) != sense;
        if (direct) {
            jump_when(c, e->a, sense, out);
            jump_when(c, e->b, sense, out);
            return;
        }
        IntList skip = {0};
        jump_when(c, e->a, !sense, &skip);
        jump_when(c, e->b, sense, out);
        for (int i = 0; i < skip.count; i++)
            patch_here(c, skip.items[i]);
        free(skip.items);
        return;
    }
    if (e->kind == N_UNARY && e->op == TOK_BANG) {
        jump_when(c, e->a, !sense, out);
        return;
    }
    if (!sense && e->kind == N_TRUE)
        return;
    int sa, sb;
    if (sense && jump_if_less(c, e, out))
        return;
    if (!sense && e->kind == N_BINARY && e->op == TOK_LT && plain_local(c, e->a, &sa) &&
        plain_local(c, e->b, &sb) && sa <= 0xffff && sb <= 0xff) {
        set_pos(c, e);
        int j = emit_ab(c, OP_LOOP_LT_LOCALS, (uint32_t)sa, (uint32_t)sb);
        emit_word(c, 0);
        PUSH(out->items, out->count, out->cap, j);
        return;
    }
    expression(c, e);
    int j = emit_jump(c, sense ? OP_JUMP_IF_TRUE : OP_JUMP_IF_FALSE);
    PUSH(out->items, out->count, out->cap, j);
}

static void call_args(Compiler *c, NodeList *args)
{
    for (int i = 0; i < args->count; i++)
        expression(c, args->items[i]);
}

static void check_argc(Compiler *c, Node *n, int argc, int max)
{
    if (argc > max)
        error_at(c, n, "too many arguments in one call (max %d)", max);
}

// Builtins the reference does not have, named like common variables: a
// variable of that name in scope (assigned above, a local, a capture) is
// called instead, so `get = make_getter()` then `get()` keeps working.
static bool yields_to_variables(const char *name) { return strcmp(name, "get") == 0; }

static void call(Compiler *c, Node *n)
{
    Node *callee = n->a;
    int argc = n->list.count;
    if (callee->kind == N_NAME) {
        const char *name = callee->str;
        Var v = resolve_read(c, name);
        int b = builtin_index(c, name);
        bool use_builtin = false;
        if (b >= 0) {
            if (v.kind == VAR_BUILTIN)
                use_builtin = true;
            else if (!v.is_fun && !yields_to_variables(name))
                use_builtin = true; // plain variables never shadow a builtin call
        }
        if (use_builtin) {
            // typeof(x) of a variable declared with an integer type: its subtype
            if (strcmp(name, "typeof") == 0 && argc == 1 && n->list.items[0]->kind == N_NAME) {
                Var tv = resolve_read(c, n->list.items[0]->str);
                const char *t = decl_type_typeof((DeclType)tv.type);
                if (t && tv.kind != VAR_BUILTIN) {
                    uint32_t k = name_const(c, t);
                    emit(c, OP_CONST, k);
                    return;
                }
            }
            if (argc <= 255 && b <= 0xffff) {
                call_args(c, &n->list);
                set_pos(c, n);
                emit_ab(c, OP_CALL_BUILTIN, (uint32_t)b, (uint32_t)argc);
                return;
            }
            emit(c, OP_GET_BUILTIN, (uint32_t)b);
        } else {
            emit_get(c, v);
        }
        check_argc(c, n, argc, 0xffffff);
        call_args(c, &n->list);
        set_pos(c, n);
        int pc = emit(c, OP_CALL, (uint32_t)argc);
        if (v.kind == VAR_GLOBAL)
            note_call_global(c, pc, (size_t)v.index);
        return;
    }
    if (callee->kind == N_FIELD) {
        Node *obj = callee->a;
        if (obj->kind == N_NAME) {
            const Alias *al = alias_named(c, obj->str);
            if (al) {
                size_t g = global_in(c, al->prefix, callee->str);
                emit(c, OP_GET_GLOBAL, (uint32_t)g);
                call_args(c, &n->list);
                set_pos(c, n);
                emit(c, OP_CALL, (uint32_t)argc);
                return;
            }
        }
        emit(c, OP_NIL, 0);
        expression(c, obj);
        call_args(c, &n->list);
        set_pos(c, n);
        uint32_t nk = name_const(c, callee->str);
        if (argc <= 255 && nk <= 0xffff) {
            emit_ab(c, OP_INVOKE, nk, (uint32_t)argc);
            emit_cache(c);
        } else {
            emit(c, OP_INVOKE_W, nk);
            adjust(c, -argc - 1);
            emit_word(c, (uint32_t)argc);
        }
        return;
    }
    if (callee->kind == N_SUPER) {
        if (!c->fs->is_method) {
            error_at(c, callee, "'super' used outside of a method");
            return;
        }
        emit(c, OP_NIL, 0);
        emit(c, OP_GET_LOCAL, 1);
        check_argc(c, n, argc, 255);
        call_args(c, &n->list);
        set_pos(c, n);
        emit_ab(c, OP_SUPER_INVOKE, name_const(c, callee->str), (uint32_t)argc);
        return;
    }
    expression(c, callee);
    call_args(c, &n->list);
    set_pos(c, n);
    emit(c, OP_CALL, (uint32_t)argc);
}

static void bool_result(Compiler *c, Node *e)
{
    IntList f = {0};
    jump_when(c, e, false, &f);
    emit(c, OP_TRUE, 0);
    int end = emit_jump(c, OP_JUMP);
    c->fs->depth--; // only one of the two pushes happens
    for (int i = 0; i < f.count; i++)
        patch_here(c, f.items[i]);
    free(f.items);
    emit(c, OP_FALSE, 0);
    patch_here(c, end);
}

static void expression_inner(Compiler *c, Node *n);

static void expression(Compiler *c, Node *n)
{
    if (c->error)
        return;
    if (++c->depth > 3000) {
        error_at(c, n, "expression too complex (nested more than 3000 levels)");
        c->depth--;
        return;
    }
    expression_inner(c, n);
    c->depth--;
}

// `local op k` for a local just read and a small Int k (-128..127) as one
// instruction, the form of `n - 1` and `i < 10`: returns whether it fused.
static bool emit_local_imm(Compiler *c, OpCode op, int64_t k)
{
    OpCode fused;
    switch (op) {
    case OP_ADD: fused = OP_ADD_LI; break;
    case OP_SUB: fused = OP_SUB_LI; break;
    case OP_LT: fused = OP_LT_LI; break;
    case OP_LE: fused = OP_LE_LI; break;
    case OP_GT: fused = OP_GT_LI; break;
    case OP_GE: fused = OP_GE_LI; break;
    default: return false;
    }
    if (k < -128 || k > 127)
        return false;
    int slot = fused_local(c, 0xffff);
    if (slot < 0)
        return false;
    emit_fused(c, INS_AB(fused, (uint32_t)slot, (uint32_t)k & 0xff), 0);
    return true;
}

// Second operand and operator of a binary node whose left operand is on the stack.
static void binary_rhs(Compiler *c, Node *n)
{
    int64_t k;
    OpCode op = binop(n->op);
    if (is_small_int(n->b, &k)) {
        set_pos(c, n);
        if (emit_local_imm(c, op, k))
            return;
    }
    if ((op == OP_ADD || op == OP_SUB) && is_small_int(n->b, &k)) {
        set_pos(c, n);
        emit(c, op == OP_SUB ? OP_SUBI : OP_ADDI, (uint32_t)k);
        return;
    }
    if (op == OP_LT && is_small_int(n->b, &k)) {
        set_pos(c, n);
        emit(c, OP_LTI, (uint32_t)k);
        return;
    }
    if (op == OP_MUL && is_small_int(n->b, &k)) {
        set_pos(c, n);
        emit(c, OP_MULI, (uint32_t)k);
        return;
    }
    if (op == OP_MOD && is_small_int(n->b, &k) && k > 0) {
        set_pos(c, n);
        emit(c, OP_MODI, (uint32_t)k);
        return;
    }
    if (op == OP_DIV && is_small_int(n->b, &k) && k > 0) {
        set_pos(c, n);
        emit(c, OP_DIVI, (uint32_t)k);
        return;
    }
    Value kv;
    if ((op == OP_EQ || op == OP_NE) && literal_value(c, n->b, &kv)) {
        uint32_t ki = add_const(c, kv);
        if (ki <= 0xffffff) {
            set_pos(c, n);
            emit(c, op == OP_EQ ? OP_EQ_K : OP_NE_K, ki);
            return;
        }
    }
    expression(c, n->b);
    set_pos(c, n);
    emit_binop(c, op);
}

static void expression_inner(Compiler *c, Node *n)
{
    set_pos(c, n);
    switch (n->kind) {
    case N_INT:
        emit_const(c, INT_VAL(n->ival));
        return;
    case N_FLOAT:
        emit_const(c, FLOAT_VAL(n->fval));
        return;
    case N_STRING:
        emit(c, OP_CONST, str_const(c, n->str, n->str_len));
        return;
    case N_TRUE: emit(c, OP_TRUE, 0); return;
    case N_FALSE: emit(c, OP_FALSE, 0); return;
    case N_NIL: emit(c, OP_NIL, 0); return;
    case N_NAME: {
        const Alias *al = find_alias(c, n->str);
        Var v = resolve_read(c, n->str);
        if (al && v.kind != VAR_LOCAL && v.kind != VAR_UPVAL) {
            error_at(c, n, "namespace '%s' can only be used as %s.name", n->str, n->str);
            return;
        }
        emit_get(c, v);
        return;
    }
    case N_ARRAY: {
        int cnt = n->list.count;
        if (cnt <= 64) {
            call_args(c, &n->list);
            set_pos(c, n);
            emit(c, OP_ARRAY, (uint32_t)cnt);
        } else {
            emit(c, OP_ARRAY, 0);
            for (int i = 0; i < cnt; i++) {
                expression(c, n->list.items[i]);
                emit(c, OP_ARRAY_PUSH, 0);
            }
        }
        return;
    }
    case N_MAP: {
        int cnt = n->list.count;
        if (cnt <= 32) {
            for (int i = 0; i < cnt; i++) {
                expression(c, n->list.items[i]);
                expression(c, n->list2.items[i]);
            }
            set_pos(c, n);
            emit(c, OP_MAP, (uint32_t)cnt);
        } else {
            emit(c, OP_MAP, 0);
            for (int i = 0; i < cnt; i++) {
                expression(c, n->list.items[i]);
                expression(c, n->list2.items[i]);
                emit(c, OP_MAP_SET, 0);
            }
        }
        return;
    }
    case N_UNARY:
        expression(c, n->a);
        set_pos(c, n);
        emit(c, n->op == TOK_BANG ? OP_NOT : OP_NEG, 0);
        return;
    case N_BINARY: {
        // a left-deep chain (a + b + c + ...) is compiled without recursion
        if (n->a->kind == N_BINARY) {
            Node **spine = NULL;
            int cnt = 0, cap = 0;
            Node *x = n;
            while (x->kind == N_BINARY) {
                PUSH(spine, cnt, cap, x);
                x = x->a;
            }
            // s + "x" + t + ... with a string literal in it: one concatenation
            bool concat = cnt + 1 >= 3 && cnt + 1 <= 255;
            bool has_str = x->kind == N_STRING;
            for (int i = 0; i < cnt && concat; i++) {
                concat = spine[i]->op == TOK_PLUS;
                has_str = has_str || spine[i]->b->kind == N_STRING;
            }
            expression(c, x);
            if (concat && has_str) {
                for (int i = cnt - 1; i >= 0 && !c->error; i--)
                    expression(c, spine[i]->b);
                set_pos(c, n);
                emit(c, OP_CONCAT, (uint32_t)(cnt + 1));
            } else {
                for (int i = cnt - 1; i >= 0 && !c->error; i--)
                    binary_rhs(c, spine[i]);
            }
            free(spine);
            return;
        }
        expression(c, n->a);
        binary_rhs(c, n);
        return;
    }
    case N_AND:
    case N_OR:
        bool_result(c, n);
        return;
    case N_TERNARY: {
        IntList f = {0};
        jump_when(c, n->a, false, &f);
        expression(c, n->b);
        int end = emit_jump(c, OP_JUMP);
        c->fs->depth--;
        for (int i = 0; i < f.count; i++)
            patch_here(c, f.items[i]);
        free(f.items);
        expression(c, n->c);
        patch_here(c, end);
        return;
    }
    case N_CALL:
        call(c, n);
        return;
    case N_INDEX:
        expression(c, n->a);
        if (n->b->kind == N_STRING) {
            set_pos(c, n);
            emit(c, OP_INDEX_K, str_const(c, n->b->str, n->b->str_len));
            emit_cache(c);
            return;
        }
        expression(c, n->b);
        set_pos(c, n);
        emit_binop(c, OP_INDEX);
        return;
    case N_SLICE:
        expression(c, n->a);
        if (n->b)
            expression(c, n->b);
        else
            emit(c, OP_NIL, 0);
        if (n->c)
            expression(c, n->c);
        else
            emit(c, OP_NIL, 0);
        set_pos(c, n);
        emit(c, OP_SLICE, 0);
        return;
    case N_FIELD: {
        if (n->a->kind == N_NAME) {
            const Alias *al = alias_named(c, n->a->str);
            if (al) {
                emit(c, OP_GET_GLOBAL, (uint32_t)global_in(c, al->prefix, n->str));
                return;
            }
        }
        expression(c, n->a);
        set_pos(c, n);
        emit_get_field(c, name_const(c, n->str));
        return;
    }
    case N_FN:
        function(c, n->fn, "<fn>", false);
        return;
    case N_SUPER:
        error_at(c, n, "super.%s must be called", n->str);
        return;
    default:
        error_at(c, n, "not an expression");
        return;
    }
}

// ---------------------------------------------------------------- statements

static void statement(Compiler *c, Node *n);

static void statements(Compiler *c, NodeList *list)
{
    for (int i = 0; i < list->count && !c->error; i++)
        statement(c, list->items[i]);
}

// A variable assigned a fn literal may shadow a builtin of the same name in
// call position (`set = fn(v) ...` then `set(1)`), like a `fun` declaration.
static void mark_fun_binding(Compiler *c, Var v)
{
    if (v.kind == VAR_LOCAL) {
        for (int i = c->fs->nlocals - 1; i >= 0; i--)
            if (c->fs->locals[i].slot == v.index)
                c->fs->locals[i].is_fun = true;
    } else if (v.kind == VAR_UPVAL) {
        c->fs->upvals[v.index].is_fun = true;
    } else if (v.kind == VAR_GLOBAL) {
        ginfo(c->vm, (size_t)v.index)->is_fun = true;
    }
}

static void assign_name(Compiler *c, Node *target, Node *value, int op)
{
    const char *name = target->str;
    if (find_alias(c, name) && c->fs->is_top) {
        error_at(c, target, "cannot assign to namespace '%s'", name);
        return;
    }
    if (op == TOK_ASSIGN) {
        // i = i + k on a plain local: one instruction
        int64_t k;
        int slot;
        if (value->kind == N_BINARY && (value->op == TOK_PLUS || value->op == TOK_MINUS) &&
            value->a->kind == N_NAME && strcmp(value->a->str, name) == 0 &&
            is_small_int(value->b, &k) && k > -128 && k < 128 && plain_local(c, target, &slot) &&
            slot <= 0xffff && find_local(c->fs, name)->type == DT_NONE) {
            set_pos(c, value);
            emit_ab(c, OP_INC_LOCAL, (uint32_t)slot, (uint32_t)(value->op == TOK_MINUS ? -k : k));
            return;
        }
        bool created;
        Var v;
        if (value->kind == N_FN) {
            // bind first so the function body can refer to itself (recursion)
            v = resolve_write(c, name, &created);
            mark_fun_binding(c, v);
            expression(c, value);
        } else {
            expression(c, value);
            v = resolve_write(c, name, &created);
        }
        set_pos(c, target);
        emit_set(c, v);
        return;
    }
    bool created;
    Var v = resolve_write(c, name, &created);
    if (created) {
        // x += 1 with no x yet: read the global (nil), as reading would
        c->fs->nlocals--;
        c->fs->nslots--;
        v = resolve_read(c, name);
        emit_get(c, v);
        v = resolve_write(c, name, &created);
    } else {
        emit_get(c, v);
    }
    expression(c, value);
    set_pos(c, target);
    emit(c, binop(op), 0);
    emit_set(c, v);
}

// The value an assignment n stores, pushed: n->b, or for op= the target's
// current value (the caller has pushed it) op n->b.
static void assigned_value(Compiler *c, Node *n)
{
    expression(c, n->b);
    if (n->op != TOK_ASSIGN) {
        set_pos(c, n);
        emit(c, binop(n->op), 0);
    }
}

static void assignment(Compiler *c, Node *n)
{
    Node *t = n->a;
    switch (t->kind) {
    case N_NAME:
        assign_name(c, t, n->b, n->op);
        return;
    case N_INDEX:
        expression(c, t->a);
        if (t->b->kind == N_STRING && n->op == TOK_ASSIGN) {
            expression(c, n->b);
            set_pos(c, t);
            emit(c, OP_SET_INDEX_K, str_const(c, t->b->str, t->b->str_len));
            emit_cache(c);
            return;
        }
        expression(c, t->b);
        if (n->op != TOK_ASSIGN) {
            emit(c, OP_DUP2, 0);
            set_pos(c, t);
            emit(c, OP_INDEX, 0);
        }
        assigned_value(c, n);
        set_pos(c, t);
        emit(c, OP_SET_INDEX, 0);
        return;
    case N_FIELD: {
        if (t->a->kind == N_NAME) {
            const Alias *al = alias_named(c, t->a->str);
            if (al) {
                size_t g = global_in(c, al->prefix, t->str);
                if (n->op != TOK_ASSIGN) {
                    emit(c, OP_GET_GLOBAL, (uint32_t)g);
                    expression(c, n->b);
                    emit(c, binop(n->op), 0);
                } else {
                    expression(c, n->b);
                }
                ginfo(c->vm, g)->stored = true;
                emit(c, OP_SET_GLOBAL, (uint32_t)g);
                return;
            }
        }
        uint32_t k = name_const(c, t->str);
        if (t->a->kind == N_NAME && k <= 0xff && runs_no_code(n->b, 0)) {
            // local.name = v (or op=) where v can run no Fun code, so
            // cannot reassign the local through a closure: the local is
            // read when v is stored, with no push of it
            Var obj = resolve_read(c, t->a->str);
            if (obj.kind == VAR_LOCAL && obj.index <= 0xffff) {
                if (n->op != TOK_ASSIGN) {
                    set_pos(c, t);
                    emit(c, OP_GET_LOCAL, (uint32_t)obj.index);
                    emit_get_field(c, k);
                }
                assigned_value(c, n);
                set_pos(c, t);
                emit_ab(c, OP_SET_FIELD_L, (uint32_t)obj.index, k);
                emit_cache(c);
                return;
            }
        }
        expression(c, t->a);
        if (n->op != TOK_ASSIGN) {
            emit(c, OP_DUP, 0);
            set_pos(c, t);
            emit(c, OP_GET_FIELD, k);
            emit_cache(c);
        }
        assigned_value(c, n);
        set_pos(c, t);
        emit(c, OP_SET_FIELD, k);
        emit_cache(c);
        return;
    }
    default:
        error_at(c, n, "invalid assignment target");
    }
}

static LoopInfo *push_loop(Compiler *c, int start)
{
    FuncState *fs = c->fs;
    LoopInfo li;
    memset(&li, 0, sizeof li);
    li.start = start;
    li.ntries = fs->ntries;
    PUSH(fs->loops, fs->nloops, fs->loops_cap, li);
    return &fs->loops[fs->nloops - 1];
}

static void pop_loop(Compiler *c, int break_target, int cont_target)
{
    FuncState *fs = c->fs;
    LoopInfo *li = &fs->loops[fs->nloops - 1];
    for (int i = 0; i < li->breaks.count; i++)
        patch_to(c, li->breaks.items[i], break_target, NULL);
    for (int i = 0; i < li->conts.count; i++)
        patch_to(c, li->conts.items[i], cont_target, NULL);
    free(li->breaks.items);
    free(li->conts.items);
    fs->nloops--;
}

// Leaves try regions down to `keep` (exclusive): removes handlers and runs
// finally blocks inline, innermost first (break / continue / return paths).
static void unwind_tries(Compiler *c, int keep)
{
    FuncState *fs = c->fs;
    int saved = fs->ntries;
    TryInfo *copy = fun_malloc(sizeof(TryInfo) * (size_t)(saved ? saved : 1));
    if (saved)
        memcpy(copy, fs->tries, sizeof(TryInfo) * (size_t)saved);
    for (int i = saved - 1; i >= keep; i--) {
        if (copy[i].handler)
            emit(c, OP_END_TRY, 0);
        fs->ntries = i; // the finally body runs outside its own region
        if (copy[i].fin)
            statements(c, copy[i].fin);
    }
    fs->ntries = saved;
    if (saved)
        memcpy(fs->tries, copy, sizeof(TryInfo) * (size_t)saved);
    free(copy);
}

// Rotated loop: the test sits at the bottom, one branch per iteration.
static void while_statement(Compiler *c, Node *n)
{
    set_pos(c, n);
    int to_test = emit_jump(c, OP_JUMP);
    int body = (int)c->fs->ncode;
    push_loop(c, -1);
    statements(c, &n->body);
    int test = (int)c->fs->ncode;
    patch_to(c, to_test, test, n);
    IntList again = {0};
    set_pos(c, n);
    jump_when(c, n->a, true, &again);
    for (int i = 0; i < again.count; i++)
        patch_to(c, again.items[i], body, n);
    free(again.items);
    int end = (int)c->fs->ncode;
    pop_loop(c, end, test);
}

static void for_range(Compiler *c, Node *n)
{
    Var iv = declare_var(c, n->str, DT_NONE, false);
    int end_slot = new_slot(c->fs);
    int step_slot = -1;
    if (n->a)
        expression(c, n->a);
    else
        emit(c, OP_INT, 0);
    emit_set(c, iv);
    expression(c, n->b);
    emit(c, OP_SET_LOCAL, (uint32_t)end_slot);
    if (n->c) {
        step_slot = new_slot(c->fs);
        expression(c, n->c);
        emit(c, OP_SET_LOCAL, (uint32_t)step_slot);
    }
    // rotated: jump to the test at the bottom
    set_pos(c, n);
    int to_test = emit_jump(c, OP_JUMP);
    int body = (int)c->fs->ncode;
    push_loop(c, -1);
    statements(c, &n->body);
    int cont = (int)c->fs->ncode;
    set_pos(c, n);
    if (iv.kind == VAR_LOCAL && step_slot < 0 && iv.type == DT_NONE && iv.index <= 0xffff) {
        emit_ab(c, OP_INC_LOCAL, (uint32_t)iv.index, 1);
    } else {
        emit_get(c, iv);
        if (step_slot >= 0) {
            emit(c, OP_GET_LOCAL, (uint32_t)step_slot);
            emit(c, OP_ADD, 0);
        } else {
            emit(c, OP_ADDI, 1);
        }
        emit_set(c, iv);
    }
    patch_to(c, to_test, (int)c->fs->ncode, n);
    int again;
    if (iv.kind == VAR_LOCAL && step_slot < 0 && iv.index <= 0xffff && end_slot <= 0xff) {
        again = emit_ab(c, OP_JLT_LL, (uint32_t)iv.index, (uint32_t)end_slot);
        emit_word(c, 0);
    } else {
        emit_get(c, iv);
        emit(c, OP_GET_LOCAL, (uint32_t)end_slot);
        if (step_slot >= 0) {
            emit(c, OP_GET_LOCAL, (uint32_t)step_slot);
            emit(c, OP_RANGE_TEST, 0);
        } else {
            emit(c, OP_LT, 0);
        }
        again = emit_jump(c, OP_JUMP_IF_TRUE);
    }
    patch_to(c, again, body, n);
    int end = (int)c->fs->ncode;
    pop_loop(c, end, cont);
}

static void for_in(Compiler *c, Node *n)
{
    int base = new_slot(c->fs);
    new_slot(c->fs);
    new_slot(c->fs);
    new_slot(c->fs);
    if (base > 0xffff) {
        error_at(c, n, "too many local variables");
        return;
    }
    int mode = n->name2 ? 2 : 1;
    expression(c, n->a);
    set_pos(c, n);
    emit_ab(c, OP_FOR_PREP, (uint32_t)base, (uint32_t)mode);
    int top = (int)c->fs->ncode;
    int exit = emit_ab(c, OP_FOR_NEXT, (uint32_t)base, (uint32_t)mode);
    emit_word(c, 0);
    if (mode == 2) {
        Var v2 = declare_var(c, n->name2, DT_NONE, false);
        Var v1 = declare_var(c, n->str, DT_NONE, false);
        emit_set(c, v2);
        emit_set(c, v1);
    } else {
        Var v1 = declare_var(c, n->str, DT_NONE, false);
        emit_set(c, v1);
    }
    push_loop(c, top);
    statements(c, &n->body);
    emit_loop(c, top);
    int end = (int)c->fs->ncode;
    patch_to(c, exit, end, n);
    pop_loop(c, end, top);
}

static void push_try(Compiler *c, NodeList *fin, bool handler)
{
    TryInfo t = {fin, handler};
    PUSH(c->fs->tries, c->fs->ntries, c->fs->tries_cap, t);
}

static void try_statement(Compiler *c, Node *n)
{
    FuncState *fs = c->fs;
    bool has_catch = n->flag;
    NodeList *fin = n->b ? &n->fin_body : NULL;
    int try_at = emit_jump(c, OP_TRY);
    push_try(c, fin, true);
    statements(c, &n->body);
    fs->ntries--;
    emit(c, OP_END_TRY, 0);
    if (fin)
        statements(c, fin);
    int to_end = emit_jump(c, OP_JUMP);
    patch_here(c, try_at);
    adjust(c, 1); // the error value
    int err_slot = new_slot(fs);
    if (has_catch) {
        int inner = -1;
        if (fin) {
            emit(c, OP_SET_LOCAL, (uint32_t)err_slot);
            inner = emit_jump(c, OP_TRY);
            emit(c, OP_GET_LOCAL, (uint32_t)err_slot);
            push_try(c, fin, true);
        } else {
            push_try(c, NULL, false);
        }
        if (n->str) {
            Var v = declare_var(c, n->str, DT_NONE, false);
            emit_set(c, v);
        } else {
            emit(c, OP_POP, 0);
        }
        statements(c, &n->else_body);
        fs->ntries--;
        if (fin) {
            emit(c, OP_END_TRY, 0);
            statements(c, fin);
            int to_end2 = emit_jump(c, OP_JUMP);
            patch_here(c, inner);
            adjust(c, 1);
            emit(c, OP_SET_LOCAL, (uint32_t)err_slot);
            statements(c, fin);
            emit(c, OP_GET_LOCAL, (uint32_t)err_slot);
            emit(c, OP_THROW, 0);
            patch_here(c, to_end2);
        }
    } else {
        emit(c, OP_SET_LOCAL, (uint32_t)err_slot);
        statements(c, fin);
        emit(c, OP_GET_LOCAL, (uint32_t)err_slot);
        emit(c, OP_THROW, 0);
    }
    patch_here(c, to_end);
}

static void class_statement(Compiler *c, Node *n)
{
    ClassDecl *k = n->cls;
    VM *vm = c->vm;
    Var target = declare_var(c, k->name, DT_NONE, true);
    // parent
    if (k->parent)
        expression(c, k->parent);
    else
        emit(c, OP_NIL, 0);
    // init: field initializers, then header parameters stored as fields
    if (k->fields.count > 0 || k->nparams > 0) {
        FuncDecl *f = fun_calloc(1, sizeof(FuncDecl));
        f->file = k->file;
        f->line = k->line;
        f->nparams = k->nparams + 1;
        f->params = fun_calloc((size_t)f->nparams, sizeof(char *));
        f->params[0] = "this";
        for (int i = 0; i < k->nparams; i++)
            f->params[i + 1] = k->params[i].name;
        // body built by hand below
        FuncState fs;
        FuncState *enclosing = c->fs;
        size_t nlen = strlen(k->name) + 8;
        char *name = fun_malloc(nlen);
        snprintf(name, nlen, "%s.<init>", k->name);
        fs_init(c, &fs, name, false);
        fs.def_file = k->file;
        fs.def_line = k->line;
        fs.file = k->file;
        fs.line = k->line;
        fs.is_method = true;
        for (int i = 0; i < f->nparams; i++)
            add_local(c, f->params[i]);
        fs.nparams = f->nparams;
        for (int i = 0; i < k->fields.count; i++) {
            Node *fa = k->fields.items[i];
            set_pos(c, fa);
            emit(c, OP_GET_LOCAL, 1);
            expression(c, fa->b);
            set_pos(c, fa);
            emit(c, OP_SET_FIELD, name_const(c, fa->a->str));
            emit_cache(c);
        }
        for (int i = 0; i < k->nparams; i++) {
            emit(c, OP_GET_LOCAL, 1);
            emit(c, OP_GET_LOCAL, (uint32_t)(i + 2));
            emit(c, OP_SET_FIELD, name_const(c, k->params[i].name));
            emit_cache(c);
        }
        emit(c, OP_RETURN_NIL, 0);
        ObjProto *p = fs_finish(c);
        p->stores_params_only = k->fields.count == 0;
        c->fs = enclosing;
        uint32_t kc = add_const(c, OBJ_VAL(p));
        fs_free(c, &fs);
        free(name);
        free(f->params);
        free(f);
        emit(c, OP_CLOSURE, kc);
    } else {
        emit(c, OP_NIL, 0);
    }
    // methods
    for (int i = 0; i < k->methods.count; i++) {
        FuncDecl *m = k->methods.items[i]->fn;
        size_t nlen = strlen(k->name) + strlen(m->name) + 2;
        char *name = fun_malloc(nlen);
        snprintf(name, nlen, "%s.%s", k->name, m->name);
        function(c, m, name, true);
        free(name);
    }
    // descriptor: [name, param names, param types, has_header, method names]
    ObjArray *desc = array_new(vm, 5);
    vm_push_root(vm, OBJ_VAL(desc));
    array_push(vm, desc, OBJ_VAL(vm_intern(vm, k->name, strlen(k->name))));
    ObjArray *pn = array_new(vm, 0);
    array_push(vm, desc, OBJ_VAL(pn));
    ObjArray *pt = array_new(vm, 0);
    array_push(vm, desc, OBJ_VAL(pt));
    for (int i = 0; i < k->nparams; i++) {
        array_push(vm, pn, OBJ_VAL(vm_intern(vm, k->params[i].name, strlen(k->params[i].name))));
        array_push(vm, pt, INT_VAL(k->params[i].type));
    }
    array_push(vm, desc, BOOL_VAL(k->has_header));
    ObjArray *mn = array_new(vm, 0);
    array_push(vm, desc, OBJ_VAL(mn));
    for (int i = 0; i < k->methods.count; i++) {
        const char *mname = k->methods.items[i]->fn->name;
        array_push(vm, mn, OBJ_VAL(vm_intern(vm, mname, strlen(mname))));
    }
    uint32_t dk = add_const(c, OBJ_VAL(desc));
    vm_pop_root(vm);
    set_pos(c, n);
    if (dk > 0xffffff) {
        error_at(c, n, "too many constants in one function");
        return;
    }
    emit(c, OP_CLASS, dk); // the method count comes from the descriptor
    adjust(c, -k->methods.count);
    emit_set(c, target);
}

static void return_statement(Compiler *c, Node *n)
{
    FuncState *fs = c->fs;
    if (fs->ntries > 0) {
        if (n->a)
            expression(c, n->a);
        else
            emit(c, OP_NIL, 0);
        int tmp = new_slot(fs);
        emit(c, OP_SET_LOCAL, (uint32_t)tmp);
        unwind_tries(c, 0);
        emit(c, OP_GET_LOCAL, (uint32_t)tmp);
        set_pos(c, n);
        emit(c, OP_RETURN, 0);
        return;
    }
    if (!n->a) {
        emit(c, OP_RETURN_NIL, 0);
        return;
    }
    expression(c, n->a);
    set_pos(c, n);
    int slot = fused_local(c, 0xffffff);
    if (slot >= 0)
        emit_fused(c, INS(OP_RETURN_L, (uint32_t)slot), -1);
    else
        emit(c, OP_RETURN, 0);
}

static void statement(Compiler *c, Node *n)
{
    if (c->error)
        return;
    FuncState *fs = c->fs;
    set_pos(c, n);
    switch (n->kind) {
    case N_EXPR_STMT:
        expression(c, n->a);
        emit(c, OP_POP, 0);
        break;
    case N_PRINT: {
        int b = builtin_index(c, n->flag ? "print" : "echo");
        call_args(c, &n->list);
        set_pos(c, n);
        emit_ab(c, OP_CALL_BUILTIN, (uint32_t)b, (uint32_t)n->list.count);
        emit(c, OP_POP, 0);
        break;
    }
    case N_ASSIGN:
        assignment(c, n);
        break;
    case N_DECL: {
        // without a value: the type's zero value (docs/language.md)
        if (n->a)
            expression(c, n->a);
        else {
            switch (n->dtype) {
            case DT_STRING: emit(c, OP_CONST, str_const(c, "", 0)); break;
            case DT_BOOLEAN: emit(c, OP_FALSE, 0); break;
            case DT_FLOAT: emit_const(c, FLOAT_VAL(0.0)); break;
            case DT_ARRAY: emit(c, OP_ARRAY, 0); break;
            case DT_MAP: emit(c, OP_MAP, 0); break;
            case DT_NIL: case DT_OTHER: case DT_NONE: emit(c, OP_NIL, 0); break;
            default: emit(c, OP_INT, 0); break;
            }
        }
        Var v = declare_var(c, n->str, (uint8_t)n->dtype, false);
        set_pos(c, n);
        if (!n->a)
            v.type = DT_NONE; // the zero value needs no check
        emit_set(c, v);
        break;
    }
    case N_IF: {
        IntList f = {0};
        jump_when(c, n->a, false, &f);
        statements(c, &n->body);
        if (n->else_body.count > 0) {
            int end = emit_jump(c, OP_JUMP);
            for (int i = 0; i < f.count; i++)
                patch_here(c, f.items[i]);
            statements(c, &n->else_body);
            patch_here(c, end);
        } else {
            for (int i = 0; i < f.count; i++)
                patch_here(c, f.items[i]);
        }
        free(f.items);
        break;
    }
    case N_WHILE:
        while_statement(c, n);
        break;
    case N_FOR_RANGE:
        for_range(c, n);
        break;
    case N_FOR_IN:
        for_in(c, n);
        break;
    case N_BREAK:
    case N_CONTINUE: {
        if (fs->nloops == 0) {
            error_at(c, n, "%s used outside of loop", n->kind == N_BREAK ? "break" : "continue");
            break;
        }
        LoopInfo *li = &fs->loops[fs->nloops - 1];
        unwind_tries(c, li->ntries);
        li = &fs->loops[fs->nloops - 1];
        if (n->kind == N_CONTINUE && li->start >= 0) {
            emit_loop(c, li->start);
        } else {
            int j = emit_jump(c, OP_JUMP);
            li = &fs->loops[fs->nloops - 1];
            if (n->kind == N_BREAK)
                PUSH(li->breaks.items, li->breaks.count, li->breaks.cap, j);
            else
                PUSH(li->conts.items, li->conts.count, li->conts.cap, j);
        }
        break;
    }
    case N_RETURN:
        return_statement(c, n);
        break;
    case N_EXIT:
        if (n->a)
            expression(c, n->a);
        else
            emit(c, OP_INT, 0);
        set_pos(c, n);
        emit(c, OP_EXIT, 0);
        break;
    case N_TRY:
        try_statement(c, n);
        break;
    case N_THROW:
        expression(c, n->a);
        set_pos(c, n);
        emit(c, OP_THROW, 0);
        break;
    case N_GLOBAL:
        for (int i = 0; i < n->list.count; i++) {
            const char *name = n->list.items[i]->str;
            if (!fs->is_top)
                PUSH(fs->forced, fs->nforced, fs->forced_cap, name);
        }
        if (n->a) {
            expression(c, n->a);
            size_t g = global_index(c, n->list.items[0]->str);
            Var v = {VAR_GLOBAL, (int)g, ginfo(c->vm, g)->type, false};
            emit_set(c, v);
        }
        break;
    case N_FUN: {
        Var v = declare_var(c, n->fn->name, DT_NONE, true);
        if (v.kind == VAR_GLOBAL)
            note_assigned(c, (size_t)v.index); // visible to functions below (D17)
        function(c, n->fn, n->fn->name, false);
        set_pos(c, n);
        v.type = DT_NONE;
        emit_set(c, v);
        break;
    }
    case N_CLASS:
        class_statement(c, n);
        break;
    case N_BLOCK: {
        const char *saved = c->ns;
        if (n->flag && n->name2) {
            Session *s = session_of(c->vm);
            Alias a = {fun_strdup(saved), fun_strdup(n->name2), fun_strdup(n->ns)};
            PUSH(s->aliases, s->naliases, s->aliases_cap, a);
        }
        if (n->ival > 0) // the included file's id + 1 (D17a)
            add_unique(grow_lists(&c->children, &c->nchildren, n->file), (int)n->ival - 1);
        c->ns = n->ns ? n->ns : saved;
        statements(c, &n->body);
        c->ns = saved;
        break;
    }
    default:
        error_at(c, n, "unexpected statement");
    }
    fs->depth = 0;
}

// Marks every top-level function / class name of the program (D18: they shadow builtins).
static void prepass(Compiler *c, NodeList *list)
{
    for (int i = 0; i < list->count; i++) {
        Node *n = list->items[i];
        switch (n->kind) {
        case N_FUN:
        case N_CLASS:
            ginfo(c->vm, global_index(c, n->str))->is_fun = true;
            break;
        case N_ASSIGN:
            if (n->op == TOK_ASSIGN && n->a->kind == N_NAME && n->b->kind == N_FN)
                ginfo(c->vm, global_index(c, n->a->str))->is_fun = true;
            break;
        case N_IF:
            prepass(c, &n->body);
            prepass(c, &n->else_body);
            break;
        case N_WHILE: case N_FOR_RANGE: case N_FOR_IN:
            prepass(c, &n->body);
            break;
        case N_TRY:
            prepass(c, &n->body);
            prepass(c, &n->else_body);
            prepass(c, &n->fin_body);
            break;
        case N_BLOCK: {
            const char *saved = c->ns;
            c->ns = n->ns ? n->ns : saved;
            prepass(c, &n->body);
            c->ns = saved;
            break;
        }
        default:
            break;
        }
    }
}

ObjClosure *compile_program(VM *vm, NodeList *program, const char *main_name,
                            const CompileOptions *opts, char **error)
{
    Compiler c;
    memset(&c, 0, sizeof c);
    c.vm = vm;
    c.ns = "";
    c.opts = opts;
    void (*saved_mark)(VM *, void *) = vm->mark_extra;
    void *saved_ctx = vm->mark_extra_ctx;
    vm->mark_extra = mark_compiler;
    vm->mark_extra_ctx = &c;
    FuncState fs;
    fs_init(&c, &fs, main_name, true);
    fs.def_line = 1;
    if (program->count > 0) {
        fs.file = program->items[0]->file;
        fs.def_file = fs.file;
    }
    c.root_file = fs.def_file;
    prepass(&c, program);
    Node *last = program->count > 0 ? program->items[program->count - 1] : NULL;
    if (opts && opts->repl && last && last->kind == N_EXPR_STMT) {
        // REPL: the value of a final expression statement is the result
        program->count--;
        statements(&c, program);
        program->count++;
        expression(&c, last->a);
        emit(&c, OP_RETURN, 0);
    } else {
        statements(&c, program);
        emit(&c, OP_RETURN_NIL, 0);
    }
    ObjClosure *result = NULL;
    if (!c.error) {
        ObjProto *p = fs_finish(&c);
        vm_push_root(vm, OBJ_VAL(p));
        result = closure_new(vm, p);
        vm_pop_root(vm);
    }
    c.fs = NULL;
    fs_free(&c, &fs);
    for (size_t i = 0; i < c.ngfiles; i++)
        free(c.gfiles[i].items);
    free(c.gfiles);
    for (size_t i = 0; i < c.nchildren; i++)
        free(c.children[i].items);
    free(c.children);
    vm->mark_extra = saved_mark;
    vm->mark_extra_ctx = saved_ctx;
    *error = c.error;
    return result;
}
