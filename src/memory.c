// SPDX-License-Identifier: MIT
// The allocation funnel: counts bytes and triggers the collector.
#include "memory.h"

#include "gc.h"

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
    if (new_size == 0) {
        free(ptr);
        return NULL;
    }
    void *p = realloc(ptr, new_size);
    if (!p)
        fun_oom();
    return p;
}
