// SPDX-License-Identifier: MIT
// Virtual machine: fibers (stack, frames, try handlers), globals, errors, calls.
#ifndef FUN_VM_H
#define FUN_VM_H

#include "object.h"

typedef struct {
    ObjClosure *closure;
    const uint32_t *ip;
    Value *base; // slot 0: callee or receiver; parameters start at base[1]
} CallFrame;

// A try handler: where to resume and what to cut back to.
typedef struct {
    size_t frame_count; // frames alive when the try started
    size_t stack_top;   // stack height (offset) to restore
    const uint32_t *catch_ip;
} Handler;

typedef enum {
    FIBER_SUSPENDED, // new, yielded, or parked by the scheduler
    FIBER_RUNNING,
    FIBER_NORMAL, // it resumed another fiber that is running
    FIBER_DONE,
    FIBER_FAILED,
} FiberStatus;

// Why a parked fiber waits (scheduler, src/lib/task.c).
typedef enum {
    WAIT_NONE,
    WAIT_READY, // in the ready queue
    WAIT_FD,    // fd readiness (wait_fd, wait_events), maybe with a deadline
    WAIT_SLEEP, // deadline only
    WAIT_TASK,  // another task's end (wait_obj = its Fiber), maybe with a deadline
    WAIT_CHAN_SEND,
    WAIT_CHAN_RECV,
    WAIT_ALL_DONE, // run_until_done: every task finished
} WaitKind;

// Execution state of one strand of Fun code (DESIGN section 3). The root
// fiber (vm->main_fiber) runs the main program; every other fiber lives in
// an ObjFiber (fiber_new, spawn).
typedef struct Fiber {
    Value *stack;
    size_t stack_cap;
    Value *top;
    CallFrame *frames;
    size_t frame_count;
    size_t frame_cap;
    Handler *handlers;
    size_t handler_count;
    size_t handler_cap;
    ObjUpvalue *open_upvalues;

    struct ObjFiber *obj;  // NULL for the root fiber
    struct Fiber *resumer; // coroutines: the fiber to return to on yield or end
    uint8_t status;        // FiberStatus
    bool started;
    bool takes_value; // fiber_new: the first resume value is the argument
    int start_argc;   // arguments on the stack for the entry call
    int c_depth;      // native callbacks (vm_call) running on this fiber

    // scheduler state (src/lib/task.c)
    Value task;       // the task Map when this fiber is a task, else nil
    bool step_task;   // runs the guide's step function (yield() is a no-op)
    bool cancelled;   // task_cancel: the next await raises
    uint8_t wait;     // WaitKind
    int wait_fd;
    int wait_events;
    int64_t wait_deadline; // monotonic us (loop_now_us), -1 none
    size_t heap_pos;       // index + 1 in the timer heap, 0 when absent
    void *wait_obj;        // WAIT_TASK: Fiber awaited; WAIT_CHAN_*: channel
    Value wait_value;      // WAIT_CHAN_SEND: the value to deliver; once woken: the wake value
    bool wake_raise;       // raise wait_value in the fiber instead of returning it
    bool was_cancelled;    // the cancel error was raised in this task
    struct Fiber *wait_next; // joiner / channel queue link
    struct Fiber *joiners;   // fibers waiting for this task to end
} Fiber;

typedef struct ObjFiber {
    Obj obj;
    Fiber fb;
    struct ObjFiber *next_fiber; // every live fiber (the GC closes dead ones' upvalues)
} ObjFiber;

#define IS_FIBER(v) is_obj_type(v, OBJ_FIBER)
#define AS_FIBER(v) ((ObjFiber *)AS_OBJ(v))

// What the dispatch loop does after a native returned (vm->pending).
typedef enum {
    PENDING_NONE,
    PENDING_SWITCH, // run vm->switch_to, delivering switch_value (raised when switch_raise)
    PENDING_APPLY,  // call apply_fn with the elements of apply_args
} PendingKind;

typedef struct {
    char *path;    // as given or as resolved
    char *display; // shown in messages
} SourceFile;

struct VM {
    Fiber *fiber; // the running fiber
    Fiber main_fiber;
    ObjFiber *fibers; // every ObjFiber alive, linked by next_fiber

    // set by natives that switch fibers or call Fun code (fiber_resume,
    // await_read, apply...); handled by the dispatch loop when the native returns
    uint8_t pending; // PendingKind
    bool direct;     // the running native was called by the dispatch loop itself
    Fiber *switch_to;
    Value switch_value;
    bool switch_raise;
    Value apply_fn;
    Value apply_args;
    struct Sched *sched; // task scheduler, created on first use (src/lib/task.c)

    // constructor driver: a frame of this closure runs field initializers and
    // _construct as ordinary frames (so they may suspend)
    ObjClosure *ctor_closure;
    ObjString *str_construct;

    // globals: one growable table, resolved to indices at compile time
    Value *globals;
    ObjString **global_names;
    size_t nglobals;
    size_t globals_cap;

    // heap
    Obj *objects;
    size_t bytes_allocated;
    size_t next_gc;
    int gc_stress; // collect every N allocations (0 = off)
    int gc_countdown;
    bool gc_running;
    void *pool_free[17]; // free lists of small blocks by 16-byte size class
    void *pool_blocks;   // chunks carved into small blocks (freed with the VM)
    Obj **gray;
    size_t gray_count;
    size_t gray_cap;
    Value *roots; // temporary roots pushed by C code
    size_t root_count;
    size_t root_cap;
    // extra GC root hook for the compiler (marks protos under construction)
    void (*mark_extra)(VM *vm, void *ctx);
    void *mark_extra_ctx;

    // builtins: name -> Int index into natives, plus the interned compile-time strings
    Table builtins;
    ObjNative **natives;
    size_t nnatives;
    size_t natives_cap;
    Table strings; // interned constants (strong)

    // error state: set by vm_error / throw, consumed by the unwinder
    bool has_error;
    Value error;
    char *error_trace; // stack trace text captured when the error had no handler

    // source files for line tables
    SourceFile *files;
    size_t nfiles;
    size_t files_cap;

    // parser, compiler and REPL state kept across compilations (session.h)
    struct Session *session;

    ObjString *char_strings[256]; // cached 1-byte strings (indexing, iteration)
    // vm_intern_static's cache: the interned String last made of the static
    // C string at this address (builtins' key and type names, made per call)
    struct CStrCached {
        const char *chars;
        ObjString *str;
    } cstr_cache[256];
    // map_of_shape's templates: for a static list of literal keys, a Table
    // of them (interned, so live as long as the VM) with nil values
    struct {
        const char *const *keys;
        Table table;
    } shapes[8];

    // call depth bound (stack overflow) and native re-entry depth
    size_t max_frames;
    int reentry;
    bool watches_interrupt; // the main program's VM: Ctrl-C (vm_interrupt_requested) stops it
    int64_t fuel; // FUN_FUZZ builds: back-edges and calls left before the program is stopped

    void *host; // the FunVM of the embedding API (src/embed.c) that owns this VM, or NULL

    // process / program info
    int argc;
    char **argv; // script arguments (argv[0] is the script path)
    const char *exe_path;
    bool trace;
    int exit_code;
    bool exiting;
};

// Set asynchronously by SIGINT (scripts and the REPL); the VM whose
// watches_interrupt is set checks it on loop back-edges and calls and raises a
// catchable "Runtime error: interrupted". Threads' VMs leave it alone.
#include <signal.h>
extern volatile sig_atomic_t vm_interrupt_requested;

// For natives that wait: true (and the flag cleared) when Ctrl-C arrived for
// this VM; the native then returns vm_error(vm, "interrupted").
bool vm_take_interrupt(VM *vm);

VM *vm_new(void);
void vm_free(VM *vm);

// ---- errors (natives return the result of these: false) ----
// "Runtime error: <msg>"
bool vm_error(VM *vm, const char *fmt, ...) FUN_PRINTF(2, 3);
// "Runtime type error: <msg>"
bool vm_type_error(VM *vm, const char *fmt, ...) FUN_PRINTF(2, 3);
// Raises an arbitrary value (throw).
bool vm_throw(VM *vm, Value v);

// ---- GC roots for C code holding fresh objects ----
// inline: builtins root every fresh value they hold across an allocation,
// a dozen times per HTTP request
void vm_grow_roots(VM *vm);
static inline void vm_push_root(VM *vm, Value v)
{
    if (vm->root_count == vm->root_cap)
        vm_grow_roots(vm);
    vm->roots[vm->root_count++] = v;
}
static inline void vm_pop_root(VM *vm) { vm->root_count--; }
static inline void vm_pop_roots(VM *vm, size_t n) { vm->root_count -= n; }

// ---- fibers ----
ObjFiber *vm_fiber_new(VM *vm, Value callee, int argc, Value *args, bool takes_value);
// Whether a native may switch fibers now: called by the dispatch loop itself,
// and (when park) no native callback anywhere below on the C stack.
bool vm_can_switch(VM *vm, bool park);
// Asks the dispatch loop to continue with fiber `to` once the native returns.
void vm_request_switch(VM *vm, Fiber *to, Value v, bool raise);
// Message + trace of the pending error, as an uncaught error prints it, then clears it.
void vm_report_error_of(VM *vm, Fiber *fb);

// ---- calling Fun from C (map, filter, sort, toString...) ----
// Calls callee with argc args; on success stores the result in *out.
bool vm_call(VM *vm, Value callee, int argc, Value *args, Value *out);

// ---- globals ----
// Index of the global named name (created, nil, if new).
size_t vm_global_index(VM *vm, ObjString *name);
// Interns a compile-time string (constants, names).
ObjString *vm_intern(VM *vm, const char *chars, size_t len);
// vm_intern of a NUL-terminated string in static, immutable storage (a
// literal, a static table's entry: never a buffer or a heap String's
// bytes): a builtin making the same keys on every call finds them by
// address, without hashing or a lookup in the table of interned strings.
// The cache is two-way set-associative, keyed by the address hashed
// (literals lie a few bytes apart: low bits alone would make neighbours
// collide); a hit in the most recent way is inline, the rest is
// vm_intern_static_slow.
ObjString *vm_intern_static_slow(VM *vm, const char *chars, struct CStrCached *way);
static inline ObjString *vm_intern_static(VM *vm, const char *chars)
{
    const size_t sets = sizeof vm->cstr_cache / sizeof vm->cstr_cache[0] / 2;
    size_t set = (size_t)(((uintptr_t)chars * UINT64_C(0x9E3779B97F4A7C15)) >> 40) & (sets - 1);
    struct CStrCached *way = &vm->cstr_cache[2 * set];
    return way[0].chars == chars ? way[0].str : vm_intern_static_slow(vm, chars, way);
}

uint16_t vm_add_file(VM *vm, const char *path, const char *display);

// Runs a compiled top-level closure to completion. Returns false on an uncaught
// error (already reported on stderr).
bool vm_run_main(VM *vm, ObjClosure *main);
// Reports the pending error (message + trace) on stderr and clears it.
void vm_report_error(VM *vm);

#endif
