// SPDX-License-Identifier: MIT
// Builtin registration and argument checking shared by every builtin area.
#ifndef FUN_LIB_H
#define FUN_LIB_H

#include "../gc.h"
#include "../object.h"
#include "../vm.h"

typedef struct {
    const char *name;
    NativeFn fn;
    int min_args;
    int max_args; // -1: variadic
} NativeReg;

// One table per area, terminated by {NULL, NULL, 0, 0}.
extern const NativeReg lib_core_natives[];
extern const NativeReg lib_string_natives[];
extern const NativeReg lib_convert_natives[];
extern const NativeReg lib_array_natives[];
extern const NativeReg lib_map_natives[];
extern const NativeReg lib_math_natives[];
extern const NativeReg lib_os_natives[];
extern const NativeReg lib_time_natives[];
extern const NativeReg lib_io_natives[];
extern const NativeReg lib_net_natives[];
extern const NativeReg lib_thread_natives[];
extern const NativeReg lib_async_natives[];
extern const NativeReg lib_serial_natives[];
extern const NativeReg lib_http_natives[];
extern const NativeReg lib_fiber_natives[];
extern const NativeReg lib_task_natives[];
extern const NativeReg lib_json_natives[];
extern const NativeReg lib_sqlite_natives[];
extern const NativeReg lib_pcre2_natives[];
extern const NativeReg lib_ini_natives[];
extern const NativeReg lib_xml_natives[];
extern const NativeReg lib_websocket_natives[];
extern const NativeReg lib_zlib_natives[];
extern const NativeReg lib_redis_natives[];  // redis.c (always built)
extern const NativeReg lib_tls_natives[];    // tls.c (OpenSSL)
extern const NativeReg lib_digest_natives[]; // digest.c (OpenSSL)

// Space-separated names of the optional extensions built in (`fun --version`).
const char *lib_extensions_built(void);

// Closes the poll sets that vm made (called when a VM is freed).
void lib_async_vm_closing(VM *vm);

// Registers every area's builtins in vm->builtins.
void lib_open_all(VM *vm);
// Registers one builtin; an existing name is replaced (for code compiled later).
// r->name must outlive the VM (the native keeps the pointer).
void lib_add_native(VM *vm, const NativeReg *r);

// Argument helpers: on a type mismatch they raise
// "Runtime type error: NAME: argument N must be a TYPE, got ACTUAL" and return false.
bool arg_int(VM *vm, const char *fn, Value *args, int i, int64_t *out);
bool arg_number(VM *vm, const char *fn, Value *args, int i, double *out);
bool arg_string(VM *vm, const char *fn, Value *args, int i, ObjString **out);
bool arg_array(VM *vm, const char *fn, Value *args, int i, ObjArray **out);
bool arg_map(VM *vm, const char *fn, Value *args, int i, ObjMap **out);
bool arg_callable(VM *vm, const char *fn, Value *args, int i);
// A String handed to the OS as a C string (a path, a command): a NUL inside
// raises "Runtime error: NAME: WHAT contains a NUL byte".
bool arg_cstring(VM *vm, const char *fn, Value *args, int i, const char *what, ObjString **out);
// A timeout in milliseconds: Int or Float (truncated, at most 9e15); negative
// or NaN means no limit (-1).
bool arg_timeout_ms(VM *vm, const char *fn, Value *args, int i, int64_t *out);
// Waits until fd is ready for `want` (POLLIN or POLLOUT) or ms pass (< 0: no
// limit), EINTR-safe: 1 ready (hang-up and errors count as ready), 0 timeout,
// -1 invalid fd or poll failure; -2 when `interruptible` is a VM that Ctrl-C
// was meant for (the caller raises "interrupted"). Defined in io.c.
int lib_poll_fd(VM *interruptible, int64_t fd, short want, int64_t ms);
// Generic form: raises the message with an explicit expected-type text.
bool arg_error(VM *vm, const char *fn, Value *args, int i, const char *expected);

// Writes the display text of args joined by spaces (and a newline) to f:
// print, echo and eprint.
bool lib_write_values(VM *vm, FILE *f, int argc, Value *args, bool newline);

// Result helpers.
static inline Value str_val(VM *vm, const char *s, size_t n) { return OBJ_VAL(str_new(vm, s, n)); }

#endif
