// SPDX-License-Identifier: MIT
// Insertion-ordered hash table (compact dict): dense entries + open-addressing index.
#include "table.h"

#include "memory.h"
#include "object.h"

#define EMPTY (-1)
#define TOMB (-2)

void tbl_init(Table *t)
{
    t->entries = NULL;
    t->count = t->live = t->cap = 0;
    t->index = NULL;
    t->index_mask = 0;
    t->keys_interned = true;
    t->method_keys = false;
    t->entries_inline = false;
}

void tbl_free(VM *vm, Table *t)
{
    if (!t->entries_inline)
        FREE_ARRAY(vm, TableEntry, t->entries, t->cap);
    if (t->index)
        FREE_ARRAY(vm, TableSlot, t->index, t->index_mask + 1);
    tbl_init(t);
}

// Small tables (<= 8 entries) are scanned linearly and have no index.
#define SMALL 8

static inline bool key_matches(ObjString *k, const char *chars, size_t len, uint32_t hash)
{
    return k->len == len && str_hash(k) == hash && memcmp(k->chars, chars, len) == 0;
}

static int32_t find_pos(const Table *t, const char *chars, size_t len, uint32_t hash,
                        ObjString *ptr)
{
    if (!t->index) {
        // (an interned key in a table of interned keys: tbl_find's scan)
        // one pass: the pointer compare catches interned keys, the hash most misses
        for (uint32_t i = 0; i < t->count; i++) {
            ObjString *k = t->entries[i].key;
            if (k && (k == ptr || (str_hash(k) == hash && k->len == len &&
                                   memcmp(k->chars, chars, len) == 0)))
                return (int32_t)i;
        }
        return -1;
    }
    bool by_pointer = ptr && ptr->interned && t->keys_interned;
    uint32_t mask = t->index_mask;
    for (uint32_t i = hash & mask;; i = (i + 1) & mask) {
        TableSlot s = t->index[i];
        if (s.pos == EMPTY)
            return -1;
        if (s.pos >= 0 && s.hash == hash) {
            ObjString *k = t->entries[s.pos].key;
            if (k == ptr || (!by_pointer && k->len == len && memcmp(k->chars, chars, len) == 0))
                return s.pos;
        }
    }
}

Value *tbl_get_cstr(const Table *t, const char *chars, size_t len, uint32_t hash)
{
    if (t->live == 0)
        return NULL;
    int32_t pos = find_pos(t, chars, len, hash, NULL);
    return pos < 0 ? NULL : &t->entries[pos].value;
}

int32_t tbl_find(const Table *t, ObjString *key)
{
    if (t->live == 0)
        return -1;
    // the most common case on its own, without find_pos's frame: a small
    // table of interned keys (fields, request and response maps) asked for
    // an interned key, present or not, is a scan comparing pointers
    if (!t->index && key->interned && t->keys_interned) {
        for (uint32_t i = 0; i < t->count; i++)
            if (t->entries[i].key == key)
                return (int32_t)i;
        return -1;
    }
    return find_pos(t, key->chars, key->len, str_hash(key), key);
}

Value *tbl_get(const Table *t, ObjString *key)
{
    int32_t pos = tbl_find(t, key);
    return pos < 0 ? NULL : &t->entries[pos].value;
}

static void rebuild_index(VM *vm, Table *t, uint32_t size)
{
    // a power of two with room to spare: a probe always ends on an EMPTY slot
    FUN_ASSERT(size && (size & (size - 1)) == 0 && t->count < size);
    if (t->index)
        FREE_ARRAY(vm, TableSlot, t->index, t->index_mask + 1);
    t->index = ALLOCATE(vm, TableSlot, size);
    for (uint32_t i = 0; i < size; i++)
        t->index[i].pos = EMPTY;
    t->index_mask = size - 1;
    for (uint32_t e = 0; e < t->count; e++) {
        ObjString *k = t->entries[e].key;
        if (!k)
            continue;
        uint32_t h = str_hash(k);
        uint32_t i = h & t->index_mask;
        while (t->index[i].pos != EMPTY)
            i = (i + 1) & t->index_mask;
        t->index[i] = (TableSlot){(int32_t)e, h};
    }
}

// Drops holes from the entry array (keeps order).
static void compact(Table *t)
{
    uint32_t j = 0;
    for (uint32_t i = 0; i < t->count; i++)
        if (t->entries[i].key)
            t->entries[j++] = t->entries[i];
    t->count = j;
}

// Entry array of ncap (>= count) slots; inline entries move out to the heap.
static void resize_entries(VM *vm, Table *t, uint32_t ncap)
{
    if (t->entries_inline) {
        TableEntry *e = ALLOCATE(vm, TableEntry, ncap); // may collect: t is intact meanwhile
        memcpy(e, t->entries, sizeof(TableEntry) * t->count);
        t->entries = e;
        t->entries_inline = false;
    } else {
        t->entries = GROW_ARRAY(vm, TableEntry, t->entries, t->cap, ncap);
    }
    t->cap = ncap;
}

bool tbl_set(VM *vm, Table *t, ObjString *key, Value v)
{
    Value *slot = tbl_get(t, key);
    if (slot) {
        *slot = v;
        return false;
    }
    tbl_append(vm, t, key, v);
    return true;
}

uint32_t tbl_append(VM *vm, Table *t, ObjString *key, Value v)
{
    FUN_ASSERT(t->live <= t->count && t->count <= t->cap);
    if (t->count == t->cap) {
        if (t->live < t->count / 2 + 1 && t->count > SMALL) {
            compact(t);
            if (t->index)
                rebuild_index(vm, t, t->index_mask + 1);
        }
        if (t->count == t->cap)
            resize_entries(vm, t, t->cap < 4 ? 4 : t->cap * 2);
    }
    uint32_t e = t->count++;
    t->keys_interned &= key->interned;
    t->method_keys |= key->method_name;
    t->entries[e].key = key;
    t->entries[e].value = v;
    t->live++;
    if (t->index) {
        if ((t->count + 1) * 4 > (t->index_mask + 1) * 3) {
            rebuild_index(vm, t, (t->index_mask + 1) * 2);
        } else {
            uint32_t h = str_hash(key);
            uint32_t i = h & t->index_mask;
            while (t->index[i].pos >= 0)
                i = (i + 1) & t->index_mask;
            t->index[i] = (TableSlot){(int32_t)e, h};
        }
    } else if (t->count > SMALL) {
        rebuild_index(vm, t, 32);
    }
    // every entry slot (holes included) may hold an index slot: the index
    // keeps at least one EMPTY slot so find_pos terminates
    FUN_ASSERT(!t->index || t->count < t->index_mask + 1);
    return e;
}

bool tbl_delete(Table *t, ObjString *key, Value *old)
{
    if (t->live == 0)
        return false;
    uint32_t hash = str_hash(key);
    if (!t->index) {
        int32_t pos = find_pos(t, key->chars, key->len, hash, key);
        if (pos < 0)
            return false;
        FUN_ASSERT((uint32_t)pos < t->count);
        if (old)
            *old = t->entries[pos].value;
        // small table: shift to keep it dense
        memmove(&t->entries[pos], &t->entries[pos + 1],
                sizeof(TableEntry) * (t->count - (uint32_t)pos - 1));
        t->count--;
        t->live--;
        return true;
    }
    uint32_t mask = t->index_mask;
    for (uint32_t i = hash & mask;; i = (i + 1) & mask) {
        int32_t e = t->index[i].pos;
        if (e == EMPTY)
            return false;
        ObjString *k = e >= 0 && t->index[i].hash == hash ? t->entries[e].key : NULL;
        if (k && (k == key || key_matches(k, key->chars, key->len, hash))) {
            if (old)
                *old = t->entries[e].value;
            t->entries[e].key = NULL;
            t->entries[e].value = NIL_VAL;
            t->index[i].pos = TOMB;
            t->live--;
            return true;
        }
    }
}

void tbl_clear(VM *vm, Table *t) { tbl_free(vm, t); }

void tbl_reserve(VM *vm, Table *t, uint32_t n)
{
    if (t->cap < n)
        resize_entries(vm, t, n);
    if (n > SMALL && !t->index) {
        // the index n entries need, built now (over what entries there are):
        // tbl_append's load rule, so that filling to n never rebuilds it
        uint32_t size = 32;
        while ((n + 1) * 4 > size * 3)
            size *= 2;
        rebuild_index(vm, t, size);
    }
}

void tbl_add_all(VM *vm, const Table *from, Table *to)
{
    for (uint32_t i = 0; i < from->count; i++)
        if (from->entries[i].key)
            tbl_set(vm, to, from->entries[i].key, from->entries[i].value);
}

void tbl_copy(VM *vm, const Table *from, Table *to)
{
    FUN_ASSERT(to->cap == 0 && !to->index);
    if (from->cap == 0)
        return;
    // to stays a valid empty table while the arrays are allocated (an
    // allocation may collect, and the collector walks to's entries)
    to->entries = ALLOCATE(vm, TableEntry, from->cap);
    to->cap = from->cap;
    if (from->index) {
        to->index = ALLOCATE(vm, TableSlot, from->index_mask + 1);
        to->index_mask = from->index_mask;
        memcpy(to->index, from->index, sizeof(TableSlot) * (from->index_mask + 1));
    }
    memcpy(to->entries, from->entries, sizeof(TableEntry) * from->count);
    to->count = from->count;
    to->live = from->live;
    to->keys_interned = from->keys_interned;
    to->method_keys = from->method_keys;
}
