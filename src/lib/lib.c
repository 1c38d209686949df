// SPDX-License-Identifier: MIT
// The master list of builtin areas and the shared argument-checking helpers.
#include "lib.h"

#include <math.h>

#include "../memory.h"

// Every area is declared in lib.h and defined in its own file: a missing one
// fails the link.
static const NativeReg *const areas[] = {
    lib_core_natives, lib_string_natives, lib_convert_natives, lib_array_natives,
    lib_map_natives,  lib_math_natives,   lib_os_natives,      lib_time_natives,
    lib_io_natives,   lib_net_natives,    lib_thread_natives,  lib_async_natives,
    lib_serial_natives, lib_http_natives, lib_fiber_natives, lib_task_natives,
    lib_json_natives,
    lib_sqlite_natives,
    lib_pcre2_natives,
    lib_ini_natives,
    lib_xml_natives,
    lib_websocket_natives,
    lib_zlib_natives,
    lib_tls_natives,
    lib_digest_natives,
    lib_redis_natives,
};

void lib_add_native(VM *vm, const NativeReg *r)
{
    ObjString *name = vm_intern(vm, r->name, strlen(r->name));
    Value *existing = tbl_get(&vm->builtins, name);
    vm_push_root(vm, OBJ_VAL(name));
    ObjNative *n = native_new(vm, r->name, r->fn, r->min_args, r->max_args);
    vm_pop_root(vm);
    if (existing) { // a later area overrides an earlier one
        vm->natives[AS_INT(*existing)] = n;
        return;
    }
    vm_push_root(vm, OBJ_VAL(n));
    if (vm->nnatives == vm->natives_cap) {
        vm->natives_cap = vm->natives_cap ? vm->natives_cap * 2 : 256;
        vm->natives = fun_realloc(vm->natives, sizeof(ObjNative *) * vm->natives_cap);
    }
    vm->natives[vm->nnatives] = n;
    vm->nnatives++;
    tbl_set(vm, &vm->builtins, name, INT_VAL((int64_t)vm->nnatives - 1));
    vm_pop_root(vm);
}

void lib_open_all(VM *vm)
{
    for (size_t a = 0; a < sizeof areas / sizeof areas[0]; a++) {
        for (const NativeReg *r = areas[a]; r->name; r++)
            lib_add_native(vm, r);
    }
}

static const char *article(const char *type)
{
    return strchr("AEIOU", type[0]) ? "an" : "a";
}

bool arg_error(VM *vm, const char *fn, Value *args, int i, const char *expected)
{
    return vm_type_error(vm, "%s: argument %d must be %s %s, got %s", fn, i + 1, article(expected),
                         expected, val_type_name(args[i]));
}

bool arg_int(VM *vm, const char *fn, Value *args, int i, int64_t *out)
{
    if (!IS_INT(args[i]))
        return arg_error(vm, fn, args, i, "Int");
    *out = AS_INT(args[i]);
    return true;
}

bool arg_number(VM *vm, const char *fn, Value *args, int i, double *out)
{
    if (!IS_NUMBER(args[i]))
        return arg_error(vm, fn, args, i, "Number");
    *out = AS_NUMBER(args[i]);
    return true;
}

bool arg_string(VM *vm, const char *fn, Value *args, int i, ObjString **out)
{
    if (!IS_STRING(args[i]))
        return arg_error(vm, fn, args, i, "String");
    *out = AS_STRING(args[i]);
    return true;
}

bool arg_array(VM *vm, const char *fn, Value *args, int i, ObjArray **out)
{
    if (!IS_ARRAY(args[i]))
        return arg_error(vm, fn, args, i, "Array");
    *out = AS_ARRAY(args[i]);
    return true;
}

bool arg_map(VM *vm, const char *fn, Value *args, int i, ObjMap **out)
{
    if (!IS_MAP(args[i]))
        return arg_error(vm, fn, args, i, "Map");
    *out = AS_MAP(args[i]);
    return true;
}

bool arg_cstring(VM *vm, const char *fn, Value *args, int i, const char *what, ObjString **out)
{
    if (!arg_string(vm, fn, args, i, out))
        return false;
    if (memchr((*out)->chars, '\0', (*out)->len))
        return vm_error(vm, "%s: %s contains a NUL byte", fn, what);
    return true;
}

bool arg_callable(VM *vm, const char *fn, Value *args, int i)
{
    if (!val_is_callable(args[i]))
        return arg_error(vm, fn, args, i, "Function");
    return true;
}

bool arg_timeout_ms(VM *vm, const char *fn, Value *args, int i, int64_t *out)
{
    if (IS_INT(args[i])) {
        *out = AS_INT(args[i]) < 0 ? -1 : AS_INT(args[i]);
        return true;
    }
    double d = 0;
    if (!arg_number(vm, fn, args, i, &d))
        return false;
    *out = isnan(d) || d < 0 ? -1 : d > 9e15 ? (int64_t)9e15 : (int64_t)d;
    return true;
}
