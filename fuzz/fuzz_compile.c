// SPDX-License-Identifier: MIT
// libFuzzer target `compile`: source text through the lexer, the parser and
// the compiler, then the disassembler over the result. Nothing runs.
#include <stdio.h>

#include "../src/debug.h"
#include "fuzz_vm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *devnull;
    fuzz_init();
    if (!devnull && !(devnull = fopen("/dev/null", "w")))
        return 0;
    VM *vm = fuzz_vm_new(false);
    ObjClosure *fn = fuzz_compile(vm, data, size);
    if (fn)
        dbg_disassemble(vm, fn->proto, devnull);
    vm_free(vm);
    return 0;
}
