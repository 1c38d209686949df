// SPDX-License-Identifier: MIT
// Map builtins: keys, values, has, entries, merge. keys/values/has/entries also
// read the fields of class instances.
#include "lib.h"

// The table behind a map or an instance (its fields), or an error.
static bool arg_table(VM *vm, const char *fn, Value *args, int i, Table **out)
{
    if (IS_MAP(args[i])) {
        *out = &AS_MAP(args[i])->table;
        return true;
    }
    if (IS_INSTANCE(args[i])) {
        *out = &AS_INSTANCE(args[i])->fields;
        return true;
    }
    return arg_error(vm, fn, args, i, "Map");
}

static bool map_keys(VM *vm, int argc, Value *args, Value *out)
{
    Table *t = NULL;
    if (!arg_table(vm, "keys", args, 0, &t))
        return false;
    ObjArray *res = array_new(vm, t->live);
    vm_push_root(vm, OBJ_VAL(res));
    TBL_FOREACH(t, e) array_push(vm, res, OBJ_VAL(e->key));
    vm_pop_root(vm);
    *out = OBJ_VAL(res);
    return true;
}

static bool map_values(VM *vm, int argc, Value *args, Value *out)
{
    Table *t = NULL;
    if (!arg_table(vm, "values", args, 0, &t))
        return false;
    ObjArray *res = array_new(vm, t->live);
    vm_push_root(vm, OBJ_VAL(res));
    TBL_FOREACH(t, e) array_push(vm, res, e->value);
    vm_pop_root(vm);
    *out = OBJ_VAL(res);
    return true;
}

static bool map_has(VM *vm, int argc, Value *args, Value *out)
{
    Table *t = NULL;
    ObjString *key;
    if (!arg_table(vm, "has", args, 0, &t) || !arg_string(vm, "has", args, 1, &key))
        return false;
    *out = BOOL_VAL(tbl_get(t, key) != NULL);
    return true;
}

static bool map_entries(VM *vm, int argc, Value *args, Value *out)
{
    Table *t = NULL;
    if (!arg_table(vm, "entries", args, 0, &t))
        return false;
    ObjArray *res = array_new(vm, t->live);
    vm_push_root(vm, OBJ_VAL(res));
    for (uint32_t i = 0; i < t->count; i++) {
        if (!t->entries[i].key)
            continue;
        ObjArray *pair = array_new(vm, 2);
        pair->items[0] = OBJ_VAL(t->entries[i].key);
        pair->items[1] = t->entries[i].value;
        pair->count = 2;
        array_push(vm, res, OBJ_VAL(pair));
    }
    vm_pop_root(vm);
    *out = OBJ_VAL(res);
    return true;
}

static bool map_merge(VM *vm, int argc, Value *args, Value *out)
{
    ObjMap *a, *b;
    if (!arg_map(vm, "merge", args, 0, &a) || !arg_map(vm, "merge", args, 1, &b))
        return false;
    ObjMap *res = map_new(vm);
    vm_push_root(vm, OBJ_VAL(res));
    tbl_add_all(vm, &a->table, &res->table);
    tbl_add_all(vm, &b->table, &res->table);
    vm_pop_root(vm);
    *out = OBJ_VAL(res);
    return true;
}

const NativeReg lib_map_natives[] = {
    {"keys", map_keys, 1, 1},
    {"values", map_values, 1, 1},
    {"has", map_has, 2, 2},
    {"entries", map_entries, 1, 1},
    {"merge", map_merge, 2, 2},
    {NULL, NULL, 0, 0},
};
