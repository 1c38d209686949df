// SPDX-License-Identifier: MIT
// The allocation funnel: counts bytes and triggers the collector.
#include "memory.h"

#include "gc.h"

// Small blocks (<= 256 bytes: most objects, small arrays and tables) come from
// per-VM free lists by 16-byte size class, carved from 64 KiB chunks: no
// malloc lock or consolidation on the hot path. Sanitizer builds use plain
// malloc so every block stays individually checked.
#if defined(__SANITIZE_ADDRESS__) || defined(FUN_STRESS_GC)
#define POOL_MAX 0
#else
#define POOL_MAX 256
#endif
#define CHUNK_SIZE (64 * 1024)

static inline size_t size_class(size_t n) { return (n + 15) >> 4; }

static void *pool_alloc(VM *vm, size_t cls)
{
    void *p = vm->pool_free[cls];
    if (p) {
        vm->pool_free[cls] = *(void **)p;
        return p;
    }
    char *chunk = malloc(CHUNK_SIZE);
    if (!chunk)
        fun_oom();
    *(void **)chunk = vm->pool_blocks; // first 16 bytes link the chunks
    vm->pool_blocks = chunk;
    size_t sz = cls << 4;
    char *end = chunk + CHUNK_SIZE;
    for (char *b = chunk + 16 + sz; b + sz <= end; b += sz) {
        *(void **)b = vm->pool_free[cls];
        vm->pool_free[cls] = b;
    }
    return chunk + 16;
}

static inline void pool_release(VM *vm, void *p, size_t cls)
{
    *(void **)p = vm->pool_free[cls];
    vm->pool_free[cls] = p;
}

void mem_free_pools(VM *vm)
{
    void *c = vm->pool_blocks;
    while (c) {
        void *next = *(void **)c;
        free(c);
        c = next;
    }
    vm->pool_blocks = NULL;
    memset(vm->pool_free, 0, sizeof vm->pool_free);
}

void *mem_realloc(VM *vm, void *ptr, size_t old_size, size_t new_size)
{
    vm->bytes_allocated += new_size;
    vm->bytes_allocated -= old_size;
    if (new_size > old_size && !vm->gc_running) {
        if (vm->gc_stress) {
            if (--vm->gc_countdown <= 0) {
                vm->gc_countdown = vm->gc_stress;
                gc_collect(vm);
            }
        } else if (vm->bytes_allocated > vm->next_gc) {
            gc_collect(vm);
        }
    }
    bool old_small = ptr && old_size > 0 && old_size <= POOL_MAX;
    bool new_small = new_size > 0 && new_size <= POOL_MAX;
    if (!old_small && !new_small) {
        if (new_size == 0) {
            free(ptr);
            return NULL;
        }
        void *p = realloc(ptr, new_size);
        if (!p)
            fun_oom();
        return p;
    }
    if (old_small && new_small && size_class(old_size) == size_class(new_size))
        return ptr;
    void *p = NULL;
    if (new_small) {
        p = pool_alloc(vm, size_class(new_size));
    } else if (new_size > 0) {
        p = malloc(new_size);
        if (!p)
            fun_oom();
    }
    if (ptr && p)
        memcpy(p, ptr, old_size < new_size ? old_size : new_size);
    if (ptr) {
        if (old_small)
            pool_release(vm, ptr, size_class(old_size));
        else
            free(ptr);
    }
    return p;
}
