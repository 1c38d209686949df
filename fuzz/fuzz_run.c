// SPDX-License-Identifier: MIT
// libFuzzer target `run`: source text compiled and run in a VM whose builtins
// cannot reach the operating system (fuzz_vm.c), with an instruction budget
// (vm->fuel, FUN_FUZZ builds) so every input ends.
#include "fuzz_vm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// Loop back-edges and calls per input: enough for the test suite's programs
// to get well into their work, small enough for thousands of runs a second.
#define FUEL 20000

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_init();
    VM *vm = fuzz_vm_new(true);
    // An eighth of the inputs (picked by a hash of the bytes, so a replay does
    // the same) run with the collector every 1 to 32 allocations: objects that
    // a builtin or the VM forgot to root are then freed while still in use.
    // (Every input with it would spend most of its time marking the builtins.)
    // The others get their first collection after 256 KiB instead of 8 MiB.
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < size; i++)
        h = (h ^ data[i]) * 16777619u;
    if ((h & 7) == 0) {
        vm->gc_stress = 1 + (int)((h >> 3) % 32);
        vm->gc_countdown = vm->gc_stress;
    } else {
        vm->next_gc = 256u << 10;
    }
    ObjClosure *fn = fuzz_compile(vm, data, size);
    if (fn) {
        vm->fuel = FUEL;
        fuzz_watch(vm);
        if (!vm_run_main(vm, fn) && !vm->exiting)
            vm_report_error(vm); // exercises the trace text (stderr)
        fuzz_watch(NULL);
    }
    vm_free(vm);
    return 0;
}
