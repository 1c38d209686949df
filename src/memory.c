// SPDX-License-Identifier: MIT
// The allocation funnel: counts bytes and triggers the collector.
#include "memory.h"

#include "gc.h"

// Small blocks (<= 256 bytes: most objects, small arrays and tables) come from
// per-VM free lists by 16-byte size class, carved from 64 KiB chunks: no
// malloc lock or consolidation on the hot path. AddressSanitizer builds run
// the same pool: every byte of a chunk that is not part of a live block
// (free blocks, the tail of a block beyond its requested size, the chunk
// header) is poisoned, so a use after free or an overflow within a chunk is
// reported like one on a malloc block.
#define POOL_MAX 256
#define CHUNK_SIZE (64 * 1024)
#define CHUNK_HEADER 16 // the link to the previous chunk, keeping blocks 16-aligned

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FUN_POOL_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) && !defined(FUN_POOL_ASAN)
#define FUN_POOL_ASAN 1
#endif

#ifdef FUN_POOL_ASAN
#include <sanitizer/asan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

static inline size_t size_class(size_t n) { return (n + 15) >> 4; }

// The free-list link lives in the first word of a free (poisoned) block.
static inline void *read_link(void *p)
{
    UNPOISON(p, sizeof(void *));
    void *next = *(void **)p;
    POISON(p, sizeof(void *));
    return next;
}

static inline void write_link(void *p, void *next)
{
    UNPOISON(p, sizeof(void *));
    *(void **)p = next;
    POISON(p, sizeof(void *));
}

// Makes exactly the first n bytes of a block of class cls addressable.
static inline void expose(void *p, size_t cls, size_t n)
{
    POISON(p, cls << 4);
    UNPOISON(p, n);
}

// A chunk is carved lazily: the last block of a class's free list may be
// the start of the chunk's uncarved rest, its link then the chunk's end with
// the low bit set. Threading all of a new chunk at once wrote to each of its
// 16 pages: at start-up, with a chunk for each of a dozen size classes, that
// was half of the process's page faults for blocks never used.
static void *pool_alloc(VM *vm, size_t cls, size_t n)
{
    FUN_ASSERT(cls >= 1 && cls <= POOL_MAX >> 4 && n > 0 && n <= cls << 4);
    size_t sz = cls << 4;
    char *p = vm->pool_free[cls];
    if (p) {
        uintptr_t link = (uintptr_t)read_link(p);
        if (link & 1) { // the uncarved rest: its next block (if any) takes the mark
            char *end = (char *)(link - 1);
            char *next = p + sz;
            if (next + sz <= end) {
                write_link(next, (void *)link);
                vm->pool_free[cls] = next;
            } else {
                vm->pool_free[cls] = NULL;
            }
        } else {
            vm->pool_free[cls] = (void *)link;
        }
        FUN_ASSERT(((uintptr_t)p & 15) == 0);
        expose(p, cls, n);
        return p;
    }
    char *chunk = fun_malloc(CHUNK_SIZE);
    POISON(chunk, CHUNK_SIZE);
    write_link(chunk, vm->pool_blocks);
    vm->pool_blocks = chunk;
    char *end = chunk + CHUNK_SIZE;
    char *first = chunk + CHUNK_HEADER;
    if (first + 2 * sz <= end) {
        write_link(first + sz, (void *)((uintptr_t)end | 1));
        vm->pool_free[cls] = first + sz;
    }
    expose(first, cls, n);
    return first;
}

static inline void pool_release(VM *vm, void *p, size_t cls)
{
    FUN_ASSERT(((uintptr_t)p & 15) == 0 && p != vm->pool_free[cls]);
    POISON(p, cls << 4);
    write_link(p, vm->pool_free[cls]);
    vm->pool_free[cls] = p;
}

void mem_free_pools(VM *vm)
{
    // called last at teardown: every counted byte came back. The chunks go
    // back whole, so this is the leak check for pool blocks (LeakSanitizer
    // sees only the chunks).
    FUN_ASSERT(vm->bytes_allocated == 0);
    void *c = vm->pool_blocks;
    while (c) {
        void *next = read_link(c);
        UNPOISON(c, CHUNK_SIZE);
        free(c);
        c = next;
    }
    vm->pool_blocks = NULL;
    memset(vm->pool_free, 0, sizeof vm->pool_free);
}

const size_t mem_adopt_min = POOL_MAX + 1;

// Runs the collector when the heap has grown past its threshold (or, under
// FUN_GC_STRESS, every gc_stress growths).
static void maybe_collect(VM *vm)
{
    if (vm->gc_running)
        return;
    if (vm->gc_stress) {
        if (--vm->gc_countdown <= 0) {
            vm->gc_countdown = vm->gc_stress;
            gc_collect(vm);
        }
    } else if (vm->bytes_allocated > vm->next_gc) {
        gc_collect(vm);
    }
}

void mem_adopt(VM *vm, size_t size)
{
    FUN_ASSERT(size > POOL_MAX);
    vm->bytes_allocated += size;
    maybe_collect(vm);
}

static FUN_NOINLINE void *realloc_general(VM *vm, void *ptr, size_t old_size, size_t new_size);

// The two common cases stay out of the general path's register saves: a new
// small block (every object) and the release of one (the sweep).
void *mem_realloc(VM *vm, void *ptr, size_t old_size, size_t new_size)
{
    if (!ptr && new_size - 1 < POOL_MAX) {
        vm->bytes_allocated += new_size;
        if (FUN_UNLIKELY(vm->bytes_allocated > vm->next_gc || vm->gc_stress))
            maybe_collect(vm);
        return pool_alloc(vm, size_class(new_size), new_size);
    }
    if (new_size == 0 && ptr && old_size - 1 < POOL_MAX) {
        FUN_ASSERT(vm->bytes_allocated >= old_size);
        vm->bytes_allocated -= old_size;
        pool_release(vm, ptr, size_class(old_size));
        return NULL;
    }
    return realloc_general(vm, ptr, old_size, new_size);
}

static void *realloc_general(VM *vm, void *ptr, size_t old_size, size_t new_size)
{
    FUN_ASSERT(vm->bytes_allocated + new_size >= old_size);
    vm->bytes_allocated += new_size;
    vm->bytes_allocated -= old_size;
    if (new_size > old_size)
        maybe_collect(vm);
    bool old_small = ptr && old_size > 0 && old_size <= POOL_MAX;
    bool new_small = new_size > 0 && new_size <= POOL_MAX;
    if (!old_small && !new_small) {
        if (new_size == 0) {
            free(ptr);
            return NULL;
        }
        return fun_realloc(ptr, new_size);
    }
    if (old_small && new_small && size_class(old_size) == size_class(new_size)) {
        expose(ptr, size_class(new_size), new_size);
        return ptr;
    }
    void *p = NULL;
    if (new_small) {
        p = pool_alloc(vm, size_class(new_size), new_size);
    } else if (new_size > 0) {
        p = fun_malloc(new_size);
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
