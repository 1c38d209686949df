// SPDX-License-Identifier: MIT
// dlopen/dlsym behind the optional bindings (dynload.h). Failure is final:
// a library missing at the first call stays missing, so a program sees one
// consistent answer and no call retries a slow failed search.
#include "dynload.h"

#include <dlfcn.h>
#include <stdlib.h>

static void load_locked(DynLib *lib)
{
    char var[64];
    snprintf(var, sizeof var, "FUN_DLOPEN_%s", lib->env);
    const char *file = getenv(var);
    if (!file || !*file)
        file = lib->soname;
    // RTLD_LOCAL: the library's names stay out of the global scope, where
    // they could capture symbols of another library loaded later
    void *h = dlopen(file, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        const char *why = dlerror();
        snprintf(lib->error, sizeof lib->error, "%s", why ? why : file);
        atomic_store_explicit(&lib->state, -1, memory_order_release);
        return;
    }
    for (size_t i = 0; i < lib->nsyms; i++) {
        void *p = dlsym(h, lib->syms[i]);
        if (!p) {
            snprintf(lib->error, sizeof lib->error, "%s: no symbol %s", file, lib->syms[i]);
            dlclose(h);
            atomic_store_explicit(&lib->state, -1, memory_order_release);
            return;
        }
        // the table is a struct of pointers in the order of syms (every
        // object and function pointer has the size of void * under POSIX)
        memcpy((char *)lib->table + i * sizeof p, &p, sizeof p);
    }
    atomic_store_explicit(&lib->state, 1, memory_order_release);
}

bool dynlib_load(DynLib *lib)
{
    int st = atomic_load_explicit(&lib->state, memory_order_acquire);
    if (st == 0) {
        pthread_mutex_lock(&lib->lock);
        if (atomic_load_explicit(&lib->state, memory_order_acquire) == 0)
            load_locked(lib);
        pthread_mutex_unlock(&lib->lock);
        st = atomic_load_explicit(&lib->state, memory_order_acquire);
    }
    return st == 1;
}

bool dynlib_need(VM *vm, DynLib *lib, const char *name)
{
    if (dynlib_load(lib))
        return true;
    return vm_error(vm, "%s: cannot load %s (%s)", name, lib->label, lib->error);
}
