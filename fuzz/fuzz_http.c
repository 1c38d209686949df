// SPDX-License-Identifier: MIT
// libFuzzer target `http`: bytes as an HTTP request head through the
// http_head_fields builtin (src/lib/http.c), and the shape of its answer
// checked against what the builtin documents.
//
// The pattern for another parser builtin (JSON and the like): copy this file
// to fuzz/fuzz_NAME.c, call fuzz_call_native with the builtin's name, check
// what can be checked about the result, add NAME to FUZZ_TARGETS in
// fuzz/fuzz.mk and seed fuzz/corpus/NAME/ (docs/fuzzing.md).
#include <stdlib.h>

#include "fuzz_vm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool is_string(Value v) { return IS_OBJ(v) && IS_STRING(v); }

static bool has_byte(ObjString *s, const char *set)
{
    for (size_t i = 0; i < s->len; i++)
        if (strchr(set, s->chars[i]) && s->chars[i])
            return true;
    return false;
}

// [method, target, version, [name1, value1, ...]] or an error String.
static void check(Value r)
{
    if (is_string(r))
        return;
    if (!IS_ARRAY(r))
        abort();
    ObjArray *a = AS_ARRAY(r);
    if (a->count != 4 || !is_string(a->items[0]) || !is_string(a->items[1]) ||
        !is_string(a->items[2]) || !IS_ARRAY(a->items[3]))
        abort();
    if (has_byte(AS_STRING(a->items[0]), " \r\n") || has_byte(AS_STRING(a->items[1]), " \r"))
        abort();
    ObjArray *f = AS_ARRAY(a->items[3]);
    if (f->count % 2)
        abort();
    for (size_t i = 0; i < f->count; i++) {
        if (!is_string(f->items[i]))
            abort();
        ObjString *s = AS_STRING(f->items[i]);
        if (i % 2 == 0) { // a name: lower case, no separator, not empty
            if (s->len == 0 || has_byte(s, ": \t\r\nABCDEFGHIJKLMNOPQRSTUVWXYZ"))
                abort();
        } else if (s->len && (has_byte(s, "\r\n") || s->chars[0] == ' ' ||
                              s->chars[s->len - 1] == ' ')) { // a value: trimmed, one line
            abort();
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A fresh VM per input: the pool's chunks of a long-lived VM are linked
    // through poisoned memory, which LeakSanitizer's per-input check reports.
    fuzz_init();
    VM *vm = fuzz_vm_new(true);
    Value out;
    if (fuzz_call_native(vm, "http_head_fields", data, size, &out))
        check(out);
    vm_free(vm);
    return 0;
}
