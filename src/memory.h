// SPDX-License-Identifier: MIT
// The one allocation funnel: every heap byte of the VM is counted here.
#ifndef FUN_MEMORY_H
#define FUN_MEMORY_H

#include "common.h"

typedef struct VM VM;

// Resizes ptr from old_size to new_size bytes (new_size 0 frees). Counts the
// bytes and may run the collector before growing.
void *mem_realloc(VM *vm, void *ptr, size_t old_size, size_t new_size);

// Takes over a block of size bytes from fun_malloc/fun_realloc as counted VM
// memory (freed later by mem_realloc like any block of that size): counts it
// and may run the collector first. size must exceed the small-block limit,
// mem_adopt_min; smaller blocks must be copied instead.
void mem_adopt(VM *vm, size_t size);
extern const size_t mem_adopt_min;
// Releases the small-block pools of a VM (at teardown).
void mem_free_pools(VM *vm);

#define ALLOCATE(vm, type, n) ((type *)mem_realloc(vm, NULL, 0, sizeof(type) * (n)))
#define FREE_ARRAY(vm, type, ptr, n) mem_realloc(vm, ptr, sizeof(type) * (n), 0)
#define GROW_ARRAY(vm, type, ptr, old_n, new_n)                                                    \
    ((type *)mem_realloc(vm, ptr, sizeof(type) * (old_n), sizeof(type) * (new_n)))
#define GROW_CAP(c) ((c) < 8 ? 8 : (c) * 2)

#endif
