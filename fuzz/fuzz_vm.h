// SPDX-License-Identifier: MIT
// Shared set-up for the libFuzzer targets (docs/fuzzing.md): a VM whose
// builtins cannot reach the operating system, and the compile step.
#ifndef FUN_FUZZ_VM_H
#define FUN_FUZZ_VM_H

#include <stddef.h>
#include <stdint.h>

#include "../src/compiler.h"
#include "../src/parser.h"
#include "../src/vm.h"

// Once per process: stdout to /dev/null (FUZZ_VERBOSE=1 keeps it), the
// library search path pointed at the repository's lib/.
void fuzz_init(void);

// A fresh VM. With `sandbox`, every builtin on the deny-list in fuzz_vm.c is
// replaced by one that raises a runtime error, and the per-call size
// arguments of range/repeat are capped.
VM *fuzz_vm_new(bool sandbox);

// Parses and compiles `size` bytes of source as the file "fuzz.fun"; NULL on
// a parse or compile error (the message is dropped).
ObjClosure *fuzz_compile(VM *vm, const uint8_t *data, size_t size);

// Calls the builtin `name` with the bytes as its one String argument; the
// result (or NIL after a runtime error, which is cleared) goes to *out.
// Returns false when the builtin raised an error.
bool fuzz_call_native(VM *vm, const char *name, const uint8_t *data, size_t size, Value *out);

// Between runs of the `run` target: the VM that the allocation watch stops.
void fuzz_watch(VM *vm);

#endif
