// SPDX-License-Identifier: MIT
// libFuzzer target `json`: bytes through the json_parse builtin
// (src/lib/json.c); a parsed value goes back through json_stringify, plain
// and pretty, so the encoder sees every shape the decoder can build.
#include "fuzz_vm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void stringify(VM *vm, Value v, bool pretty)
{
    ObjNative *n = NULL;
    Value *idx = tbl_get(&vm->builtins, vm_intern(vm, "json_stringify", 14));
    if (idx)
        n = vm->natives[AS_INT(*idx)];
    if (!n)
        abort();
    Value args[2] = {v, BOOL_VAL(pretty)}, out;
    if (!n->fn(vm, 2, args, &out)) {
        vm->has_error = false;
        vm->error = NIL_VAL;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A fresh VM per input: the pool's chunks of a long-lived VM are linked
    // through poisoned memory, which LeakSanitizer's per-input check reports.
    fuzz_init();
    VM *vm = fuzz_vm_new(true);
    Value out;
    if (fuzz_call_native(vm, "json_parse", data, size, &out)) {
        vm_push_root(vm, out);
        stringify(vm, out, false);
        stringify(vm, out, true);
        vm_pop_root(vm);
    }
    vm_free(vm);
    return 0;
}
