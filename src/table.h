// SPDX-License-Identifier: MIT
// Insertion-ordered hash table keyed by strings: maps, instance fields, class methods.
// Layout: a dense entry array in insertion order plus an open-addressing index.
#ifndef FUN_TABLE_H
#define FUN_TABLE_H

#include "value.h"

typedef struct ObjString ObjString;

typedef struct {
    ObjString *key; // NULL for a deleted entry (a hole in the order)
    Value value;
} TableEntry;

// A slot of the index: the entry's position (-1 empty, -2 tombstone) and its
// key's hash, so that a probe meeting another key moves on without reading
// the entry or the key (two cache misses each in a large table).
typedef struct {
    int32_t pos;
    uint32_t hash;
} TableSlot;

typedef struct {
    TableEntry *entries; // insertion order, may contain holes
    TableSlot *index;    // open addressing over the entries, NULL for a small table
    uint32_t count;      // used entry slots, holes included
    uint32_t live;       // keys present
    uint32_t cap;        // capacity of entries
    uint32_t index_mask; // index size - 1 (index size is a power of two), 0 when no index
    // every key ever added was interned: an interned key is then found (or
    // not) by comparing pointers alone, as with instance fields and methods
    bool keys_interned;
    // some key ever added names a method (ObjString.method_name): only then
    // can an instance's field hide a method of its class (see INVOKE)
    bool method_keys;
    // entries lie inside the owning object (an instance's first fields): they
    // are not freed here, and growing moves them to an array of their own
    bool entries_inline;
} Table;

void tbl_init(Table *t);
void tbl_free(VM *vm, Table *t);
// Pointer to the value stored under key, or NULL.
Value *tbl_get(const Table *t, ObjString *key);
// Entry position of key (t->entries[pos]), or -1: what inline caches remember.
int32_t tbl_find(const Table *t, ObjString *key);
// Lookup by raw bytes (no string object needed).
Value *tbl_get_cstr(const Table *t, const char *chars, size_t len, uint32_t hash);
// Inserts or replaces; returns true when the key was new. New keys go last.
bool tbl_set(VM *vm, Table *t, ObjString *key, Value v);
// Adds key, known to be absent, last; returns its entry position.
uint32_t tbl_append(VM *vm, Table *t, ObjString *key, Value v);
// Removes key; returns true and the old value when it was present.
bool tbl_delete(Table *t, ObjString *key, Value *old);
void tbl_clear(VM *vm, Table *t);
// Room for n entries, and past the small-table size an index for them: a
// map built from n known pairs (JSON objects, HTTP headers, request maps)
// grows once.
void tbl_reserve(VM *vm, Table *t, uint32_t n);
// Copies every entry of from into to (later keys win).
void tbl_add_all(VM *vm, const Table *from, Table *to);
// to (empty) becomes a copy of from, its capacity and index included: the
// entry and index arrays copied as they are, no key hashed or probed.
void tbl_copy(VM *vm, const Table *from, Table *to);

#define TBL_FOREACH(t, e)                                                                          \
    for (TableEntry *e = (t)->entries, *e##_end = e ? e + (t)->count : e; e < e##_end; e++)        \
        if (e->key != NULL)

#endif
