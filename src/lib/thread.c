// SPDX-License-Identifier: MIT
// Threads (rulings D28, DESIGN section 6): each thread runs in its own VM with
// deep copies of the globals, the function and its arguments; the result (or
// the error) is copied back at join. Nothing mutable is shared.
#include <pthread.h>

#include "../copy.h"
#include "lib.h"

typedef struct {
    int64_t id;
    pthread_t tid;
    VM *vm;       // the thread's own VM
    Value fn;     // in vm's heap
    Value args;   // Array in vm's heap
    Value result; // in vm's heap
    bool ok;
    bool joined;
} Thread;

static pthread_mutex_t registry_lock = PTHREAD_MUTEX_INITIALIZER;
static Thread **threads;
static size_t nthreads, threads_cap;
static int64_t next_id = 1;

static void *thread_main(void *arg)
{
    Thread *t = arg;
    VM *vm = t->vm;
    ObjArray *a = AS_ARRAY(t->args);
    vm_push_root(vm, t->fn);
    vm_push_root(vm, t->args);
    Value out = NIL_VAL;
    t->ok = vm_call(vm, t->fn, (int)a->count, a->items, &out);
    if (vm->exiting) {
        fflush(stdout);
        exit(vm->exit_code);
    }
    t->result = t->ok ? out : vm->error;
    vm_pop_roots(vm, 2);
    vm_push_root(vm, t->result);
    return NULL;
}

static bool th_spawn(VM *vm, int argc, Value *args, Value *out)
{
    if (!arg_callable(vm, "thread_spawn", args, 0))
        return false;
    Value list = NIL_VAL;
    if (argc > 1 && IS_ARRAY(args[1]))
        list = args[1];
    Thread *t = fun_calloc(1, sizeof(Thread));
    t->vm = vm_new();
    t->vm->exe_path = vm->exe_path;
    t->vm->argc = vm->argc;
    t->vm->argv = vm->argv;
    t->vm->max_frames = vm->max_frames;
    CopyCtx *cx = copy_begin(t->vm, vm);
    copy_globals(cx);
    t->fn = copy_value(cx, args[0]);
    ObjArray *a = array_new(t->vm, 0);
    t->args = OBJ_VAL(a);
    if (IS_ARRAY(list)) {
        ObjArray *src = AS_ARRAY(list);
        for (size_t i = 0; i < src->count; i++)
            array_push(t->vm, a, copy_value(cx, src->items[i]));
    } else if (argc > 1 && !IS_NIL(args[1])) {
        array_push(t->vm, a, copy_value(cx, args[1]));
    }
    copy_end(cx);
    pthread_mutex_lock(&registry_lock);
    t->id = next_id++;
    if (nthreads == threads_cap) {
        threads_cap = threads_cap ? threads_cap * 2 : 16;
        threads = fun_realloc(threads, sizeof(Thread *) * threads_cap);
    }
    threads[nthreads++] = t;
    pthread_mutex_unlock(&registry_lock);
    fflush(stdout);
    if (pthread_create(&t->tid, NULL, thread_main, t) != 0) {
        pthread_mutex_lock(&registry_lock);
        nthreads--;
        pthread_mutex_unlock(&registry_lock);
        vm_free(t->vm);
        free(t);
        return vm_error(vm, "thread_spawn: cannot create a thread");
    }
    *out = INT_VAL(t->id);
    return true;
}

static Thread *take(int64_t id)
{
    Thread *t = NULL;
    pthread_mutex_lock(&registry_lock);
    for (size_t i = 0; i < nthreads; i++) {
        if (threads[i]->id == id) {
            t = threads[i];
            threads[i] = threads[--nthreads];
            break;
        }
    }
    pthread_mutex_unlock(&registry_lock);
    return t;
}

static bool th_join(VM *vm, int argc, Value *args, Value *out)
{
    int64_t id;
    if (!arg_int(vm, "thread_join", args, 0, &id))
        return false;
    Thread *t = take(id);
    if (!t)
        return vm_error(vm, "thread_join: unknown thread id %lld", (long long)id);
    fflush(stdout);
    pthread_join(t->tid, NULL);
    CopyCtx *cx = copy_begin(vm, t->vm);
    Value r = copy_value(cx, t->result);
    copy_end(cx);
    bool ok = t->ok;
    vm_free(t->vm);
    free(t);
    if (!ok)
        return vm_throw(vm, r);
    *out = r;
    return true;
}

const NativeReg lib_thread_natives[] = {
    {"thread_spawn", th_spawn, 1, 2},
    {"thread_join", th_join, 1, 1},
    {NULL, NULL, 0, 0},
};
