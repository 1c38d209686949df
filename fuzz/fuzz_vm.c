// SPDX-License-Identifier: MIT
// Shared set-up for the libFuzzer targets: the builtin sandbox, the
// allocation watch and the compile step (docs/fuzzing.md).
#include "fuzz_vm.h"

#include <fcntl.h>
#include <sanitizer/allocator_interface.h>
#include <stdlib.h>
#include <unistd.h>

#include "../src/lib/lib.h"

#ifndef FUZZ_LIB_DIR
#error "build with -DFUZZ_LIB_DIR=\"<repository>/lib\" (fuzz/fuzz.mk does)"
#endif

// ---------------------------------------------------------------- sandbox
//
// Deny-list, by area: a fuzzed program must not touch the machine (write or
// delete files, start processes, open sockets or devices, change the
// environment or the working directory), must not block (sleep, stdin,
// poll), must not start threads (a thread's `exit` ends the process) and
// should not depend on the clock (an input must behave the same every time
// it is replayed). Whole areas go, so a builtin added to one of them later is
// denied without anyone remembering this file; the few harmless members are
// kept on the allow-list below. Areas not listed here (core, string,
// convert, array, map, math, http, ...) compute on values only and stay,
// except for the single names in deny_names.
static const NativeReg *const deny_areas[] = {
    lib_os_natives,     // env, files, directories, proc_run, system, chdir
    lib_io_natives,     // raw file descriptors, pipes, poll
    lib_net_natives,    // sockets
    lib_serial_natives, // serial devices
    lib_thread_natives, // threads
    lib_async_natives,  // pollsets, timers
    lib_time_natives,   // sleep, and clocks that differ on every replay
    lib_ini_natives,    // ini_load / ini_save read and write files
    lib_sqlite_natives, // database files
    lib_task_natives,   // the event loop waits on fds and timers
};

// Members of the areas above that only compute or only write to stderr.
static const char *const allow_names[] = {
    "eprint",      // stderr (closed by -close_fd_mask=2 in make fuzz)
    "fun_version", // a constant
    "date_format", // formats a given time (no clock read)
    "strerror",    // text of an errno number
    // tasks and channels that only schedule Fun code (no fd, no timer)
    "spawn", "__spawn_step", "yield", "__next_tick", "await_task", "task_cancel",
    "task_current", "task_count", "chan_new", "chan_send", "chan_recv", "chan_close",
    "chan_len", "chan_is_closed",
};

// Single builtins outside the denied areas: stdin (it would block or depend on
// what libFuzzer's stdin is) and files.
static const char *const deny_names[] = {"input", "input_hidden", "json_from_file", "json_to_file"};

static bool denied(VM *vm, int argc, Value *args, Value *out)
{
    return vm_error(vm, "builtin disabled in the fuzzing build");
}

static bool allowed(const char *name)
{
    for (size_t i = 0; i < sizeof allow_names / sizeof allow_names[0]; i++)
        if (strcmp(allow_names[i], name) == 0)
            return true;
    return false;
}

static ObjNative *find_native(VM *vm, const char *name)
{
    Value *idx = tbl_get(&vm->builtins, vm_intern(vm, name, strlen(name)));
    return idx ? vm->natives[AS_INT(*idx)] : NULL;
}

static void deny(VM *vm, const char *name)
{
    ObjNative *n = find_native(vm, name);
    if (n)
        n->fn = denied;
}

// ---------------------------------------------------------- allocation watch
//
// A loop that doubles a string or an array reaches gigabytes within a few
// dozen iterations, far below any instruction budget: that is the program's
// right, not a bug, but it would drown the campaign in out-of-memory reports.
// So once the watched VM holds more than HEAP_LIMIT bytes, its fuel is set to
// zero and the next back-edge or call stops the program (exit 124, like the
// budget). The hook only reads a counter the VM keeps anyway.
//
// A collection every few allocations (vm->gc_stress) costs time in proportion
// to the live heap and the stack, so a deep recursion or a large array under
// stress took minutes and was reported as a hang. The watch therefore ends
// the stress (back to ordinary collections) once the heap passes
// STRESS_HEAP_LIMIT or after STRESS_COLLECTIONS x period mallocs (small
// objects come from 64 KiB pool chunks, so this bounds growth, not a count).
#define HEAP_LIMIT ((size_t)64 << 20)
#define STRESS_HEAP_LIMIT ((size_t)1 << 20)
#define STRESS_COLLECTIONS 500

static VM *watched;
static size_t stress_allocs_left;

static void malloc_hook(const volatile void *ptr, size_t size)
{
    if (!watched)
        return;
    if (watched->bytes_allocated > HEAP_LIMIT)
        watched->fuel = 0;
    if (watched->gc_stress &&
        (watched->bytes_allocated > STRESS_HEAP_LIMIT || stress_allocs_left-- == 0))
        watched->gc_stress = 0;
}

static void free_hook(const volatile void *ptr) {}

void fuzz_watch(VM *vm)
{
    watched = vm;
    if (vm)
        stress_allocs_left = (size_t)STRESS_COLLECTIONS * (size_t)vm->gc_stress;
}

// ------------------------------------------------------------------ set-up

void fuzz_init(void)
{
    static bool done;
    if (done)
        return;
    done = true;
    // print/echo output would cost a write per line and fill the terminal;
    // libFuzzer and the sanitizers report on stderr only.
    const char *verbose = getenv("FUZZ_VERBOSE");
    if (!verbose || !*verbose || strcmp(verbose, "0") == 0) {
        int fd = open("/dev/null", O_WRONLY);
        if (fd >= 0) {
            dup2(fd, STDOUT_FILENO);
            close(fd);
        }
    }
    // `#include <x>` finds the repository's library whatever the cwd.
    setenv("FUN_LIB_DIR", FUZZ_LIB_DIR, 1);
    __sanitizer_install_malloc_and_free_hooks(malloc_hook, free_hook);
}

VM *fuzz_vm_new(bool sandbox)
{
    VM *vm = vm_new();
    if (!sandbox)
        return vm;
    for (size_t a = 0; a < sizeof deny_areas / sizeof deny_areas[0]; a++)
        for (const NativeReg *r = deny_areas[a]; r->name; r++)
            if (!allowed(r->name))
                deny(vm, r->name);
    for (size_t i = 0; i < sizeof deny_names / sizeof deny_names[0]; i++)
        deny(vm, deny_names[i]);
    // random_* without random_seed draws from the OS: seed it, so that a
    // saved input replays the same way.
    ObjNative *seed = find_native(vm, "random_seed");
    if (seed) {
        Value arg = INT_VAL(0), out;
        seed->fn(vm, 1, &arg, &out);
    }
    return vm;
}

ObjClosure *fuzz_compile(VM *vm, const uint8_t *data, size_t size)
{
    // the command line hands the parser NUL-terminated text (fun_read_file)
    char *src = fun_malloc(size + 1);
    if (!src)
        abort();
    memcpy(src, data, size);
    src[size] = '\0';
    Arena *arena = arena_new();
    ParseResult pr = parse_program(vm, arena, "fuzz.fun", src, size);
    ObjClosure *fn = NULL;
    if (pr.status == PARSE_OK) {
        char *err = NULL;
        fn = compile_program(vm, &pr.program, "<main>", NULL, &err);
        free(err);
    }
    parse_result_free(&pr);
    arena_free(arena);
    free(src);
    return fn;
}

bool fuzz_call_native(VM *vm, const char *name, const uint8_t *data, size_t size, Value *out)
{
    ObjNative *n = find_native(vm, name);
    if (!n)
        abort(); // the target names a builtin that does not exist
    Value arg = OBJ_VAL(str_new(vm, (const char *)data, size));
    vm_push_root(vm, arg); // the builtin may collect before it reads it
    *out = NIL_VAL;
    bool ok = n->fn(vm, 1, &arg, out);
    vm_pop_root(vm);
    if (!ok) {
        vm->has_error = false;
        vm->error = NIL_VAL;
        *out = NIL_VAL;
    }
    return ok;
}
