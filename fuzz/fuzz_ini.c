// SPDX-License-Identifier: MIT
// libFuzzer target `ini`: bytes as an INI file through the in-tree parser
// (src/lib/ini.c): ini_load, lookups of each kind, a set, a save of the
// changed document and a reload of what was saved, then ini_free. The input
// goes through one private temporary file (ini_load takes a path).
#include "fuzz_vm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static ObjNative *native(VM *vm, const char *name)
{
    Value *idx = tbl_get(&vm->builtins, vm_intern(vm, name, strlen(name)));
    if (!idx)
        abort();
    return vm->natives[AS_INT(*idx)];
}

static Value call(VM *vm, const char *name, int argc, Value *args)
{
    Value out = NIL_VAL;
    if (!native(vm, name)->fn(vm, argc, args, &out)) {
        vm->has_error = false;
        vm->error = NIL_VAL;
        out = NIL_VAL;
    }
    return out;
}

static Value str(VM *vm, const char *s)
{
    Value v = OBJ_VAL(str_new(vm, s, strlen(s)));
    vm_push_root(vm, v);
    return v;
}

static char in_path[64], out_path[64];

static void write_file(const char *path, const uint8_t *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    if (!f || (size && fwrite(data, 1, size, f) != size) || fclose(f) != 0)
        abort();
}

static void exercise(VM *vm, Value path, bool save)
{
    Value h = call(vm, "ini_load", 1, &path);
    if (!IS_INT(h) || AS_INT(h) <= 0)
        return;
    Value sec = str(vm, "section"), key = str(vm, "key"), dflt = str(vm, "none");
    Value a[4] = {h, sec, key, dflt};
    call(vm, "ini_get_string", 4, a);
    a[3] = INT_VAL(7);
    call(vm, "ini_get_int", 4, a);
    a[3] = str(vm, "1.5");
    call(vm, "ini_get_double", 4, a);
    a[3] = BOOL_VAL(false);
    call(vm, "ini_get_bool", 4, a);
    Value val = str(vm, "v=1;x");
    Value s4[4] = {h, sec, key, val};
    call(vm, "ini_set", 4, s4);
    Value u3[3] = {h, str(vm, "a"), str(vm, "b")};
    call(vm, "ini_unset", 3, u3);
    if (save) {
        Value sv[2] = {h, str(vm, out_path)};
        call(vm, "ini_save", 2, sv);
        vm_pop_root(vm);
    }
    call(vm, "ini_free", 1, &h);
    vm_pop_roots(vm, 7);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_init();
    if (!in_path[0]) {
        snprintf(in_path, sizeof in_path, "/tmp/fun-fuzz-ini-%d.ini", (int)getpid());
        snprintf(out_path, sizeof out_path, "/tmp/fun-fuzz-ini-%d.out", (int)getpid());
    }
    write_file(in_path, data, size);
    VM *vm = fuzz_vm_new(false); // the real ini_* builtins, on our own two files only
    exercise(vm, str(vm, in_path), true);
    exercise(vm, str(vm, out_path), false); // what the writer produced parses again
    vm_pop_roots(vm, 2);
    vm_free(vm);
    unlink(out_path);
    return 0;
}
