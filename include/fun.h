// SPDX-License-Identifier: MIT
// The Fun embedding API: the only public header of libfun.a.
//
// A host program creates a FunVM, registers its own C functions as builtins,
// runs Fun source (a file or a string) and calls Fun functions back. Values
// cross the boundary as FunValue handles. Nothing else of the interpreter is
// public: the internal headers are not installed and may change.
//
//     FunVM *vm = fun_vm_new();
//     fun_register(vm, "host_add", host_add, 2, 2, NULL);
//     if (!fun_run_string(vm, "setup", "fun twice(x)\n  return host_add(x, x)\n"))
//         fprintf(stderr, "%s\n", fun_error(vm)->text);
//     FunValue *f = fun_get_global(vm, "twice");
//     ...
//     fun_vm_free(vm);
//
// Link: cc host.c -I PREFIX/include PREFIX/lib/libfun.a $(pkg-config --libs --static fun)
// (the libraries Fun was built with: -lm -lpthread and the optional ones).
// docs/embedding.md walks through a complete host (examples/embed/host.c).
//
// Rules that hold everywhere below:
// - A FunVM is used by one thread at a time. Several FunVMs may live at once.
// - Every FunValue returned to the host is owned by it and stays valid (the
//   value it names is kept alive) until fun_release() or fun_vm_free().
//   Exception: the arguments a native receives belong to the call and are
//   released when the native returns.
// - Functions returning bool return false on a Fun error; fun_error() then
//   describes it until the next call that can fail.
#ifndef FUN_H
#define FUN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define FUN_API_VERSION 1

typedef struct FunVM FunVM;
typedef struct FunValue FunValue;

// ---- the VM ----

// A fresh VM with every standard builtin registered. Never NULL (running out
// of memory aborts, as everywhere in Fun).
FunVM *fun_vm_new(void);
// Frees the VM, every value still held and every task still pending.
void fun_vm_free(FunVM *vm);
// The script arguments that `args()` / FUN_ARGV_* report: argv[0] is shown as
// the script's name. The strings are not copied and must outlive the VM.
void fun_set_args(FunVM *vm, int argc, char **argv);

// ---- running code ----
// Both compile against the VM's globals: a function or variable defined by
// one run is visible to the next, as in the REPL. `#include` resolves
// relative to the file, then FUN_LIB_DIR, then the installed library.

// Runs the script at path. False on a read, compile or uncaught runtime error.
bool fun_run_file(FunVM *vm, const char *path);
// Runs source text; name is the file name that messages and traces show
// (e.g. "config"). len may be (size_t)-1 for a NUL-terminated string.
bool fun_run_string(FunVM *vm, const char *name, const char *src, size_t len);
// After a script ran `exit N`: true and N in *code. The VM then runs nothing
// more (every later run returns false with a "VM has exited" error).
bool fun_exited(const FunVM *vm, int *code);

// ---- errors ----

typedef struct {
    const char *message; // "Runtime error: division by zero", "Parse error: ..." (no location)
    const char *file;    // file the error points at, "" when unknown
    int line;            // its line (1-based), 0 when unknown
    const char *text;    // the full report as `fun` prints it: "FILE:LINE: MESSAGE" and
                         // one "  at FUNCTION (FILE:LINE)" line per frame
} FunError;

// The error of the last failed call on vm, or NULL when the last call that can
// fail succeeded. The strings belong to the VM until the next such call.
const FunError *fun_error(const FunVM *vm);

// ---- natives: C functions callable from Fun ----

// A builtin implemented by the host. args[0..argc-1] are the call's arguments
// (released when it returns); *result starts as nil and takes the value to
// return (a handle the host made: the call takes it over). data is the pointer
// given to fun_register. Return true, or raise with fun_raise() and return
// its false.
typedef bool (*FunNative)(FunVM *vm, int argc, FunValue **args, FunValue **result, void *data);

// Registers fn as builtin `name` for code compiled afterwards; a name that
// already exists (a standard builtin) is replaced. Calls with fewer than
// min_args or more than max_args arguments (-1: any number) raise a type
// error before fn runs. At most FUN_MAX_NATIVES distinct (fn, data) pairs per
// process; false (with an error) past that.
#define FUN_MAX_NATIVES 64
bool fun_register(FunVM *vm, const char *name, FunNative fn, int min_args, int max_args,
                  void *data);
// For natives: raises "Runtime error: <formatted message>", catchable by a
// Fun try/catch around the call. Always returns false.
bool fun_raise(FunVM *vm, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

// ---- calling Fun from C ----

// The global named name (a function, class or variable), or NULL when the
// program has not defined it.
FunValue *fun_get_global(FunVM *vm, const char *name);
// Sets (or creates) a global visible to code compiled afterwards.
void fun_set_global(FunVM *vm, const char *name, FunValue *value);
// Calls fn (a function, method value, class or native) with argc arguments.
// On success *result (when result is not NULL) is a new handle to its value.
bool fun_call(FunVM *vm, FunValue *fn, int argc, FunValue **args, FunValue **result);

// ---- values ----

typedef enum {
    FUN_NIL,
    FUN_BOOL,
    FUN_INT,
    FUN_FLOAT,
    FUN_STRING,
    FUN_ARRAY,
    FUN_MAP,
    FUN_FUNCTION, // closures, natives, bound methods and classes: callable
    FUN_OTHER,    // instances, handles, fibers
} FunType;

FunType fun_type(const FunValue *v);
// The name Fun's error messages use: "Int", "String", a class name...
const char *fun_type_name(const FunValue *v);

// Making values: each returns a new handle owned by the host.
FunValue *fun_nil(FunVM *vm);
FunValue *fun_bool(FunVM *vm, bool b);
FunValue *fun_int(FunVM *vm, int64_t i);
FunValue *fun_float(FunVM *vm, double d);
// Copies len bytes (any bytes, NUL included); (size_t)-1: strlen(s).
FunValue *fun_string(FunVM *vm, const char *s, size_t len);
FunValue *fun_array(FunVM *vm);
FunValue *fun_map(FunVM *vm);
// Another handle to the same value (released separately).
FunValue *fun_retain(FunVM *vm, const FunValue *v);
// Gives a handle back; NULL is accepted.
void fun_release(FunVM *vm, FunValue *v);

// Reading values. Each reads the type its name says and returns 0 / false /
// NULL for any other type (check fun_type first when it matters), except
// fun_to_float, which also takes an Int.
bool fun_truthy(const FunValue *v); // Fun's truthiness: false, nil, 0, "", [] and {} are false
bool fun_to_bool(const FunValue *v);
int64_t fun_to_int(const FunValue *v);
double fun_to_float(const FunValue *v);
// The bytes of a String (NUL-terminated; *len, when not NULL, counts them).
// Valid while the handle is held.
const char *fun_to_string(const FunValue *v, size_t *len);
// The display text of any value, as print shows it, malloc'd (free() it);
// NULL with an error when a toString() method failed.
char *fun_display(FunVM *vm, const FunValue *v);

// Arrays and maps.
size_t fun_length(const FunValue *v); // elements of an Array, entries of a Map, bytes of a String
// Element i of an Array (negative counts from the end): a new handle, or NULL
// when out of range or not an Array.
FunValue *fun_array_get(FunVM *vm, const FunValue *array, int64_t i);
bool fun_array_push(FunVM *vm, FunValue *array, FunValue *item);
// The value under key in a Map or instance: a new handle, or NULL when absent.
FunValue *fun_map_get(FunVM *vm, const FunValue *map, const char *key);
bool fun_map_set(FunVM *vm, FunValue *map, const char *key, FunValue *value);

#ifdef __cplusplus
}
#endif

#endif
