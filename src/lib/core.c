// SPDX-License-Identifier: MIT
// Core builtins: printing, len, typeof, to_string.
#include "lib.h"

bool lib_write_values(VM *vm, FILE *f, int argc, Value *args, bool newline)
{
    StrBuf sb;
    sb_init(&sb);
    for (int i = 0; i < argc; i++) {
        if (i)
            sb_putc(&sb, ' ');
        if (!val_display(vm, &sb, args[i])) {
            sb_free(&sb);
            return false;
        }
    }
    if (newline)
        sb_putc(&sb, '\n');
    if (sb.len)
        fwrite(sb.data, 1, sb.len, f);
    sb_free(&sb);
    return true;
}

static bool core_print(VM *vm, int argc, Value *args, Value *out)
{
    return lib_write_values(vm, stdout, argc, args, true);
}

static bool core_echo(VM *vm, int argc, Value *args, Value *out)
{
    return lib_write_values(vm, stdout, argc, args, false);
}

static bool core_len(VM *vm, int argc, Value *args, Value *out)
{
    Value v = args[0];
    if (IS_STRING(v))
        *out = INT_VAL((int64_t)AS_STRING(v)->len);
    else if (IS_ARRAY(v))
        *out = INT_VAL((int64_t)AS_ARRAY(v)->count);
    else if (IS_MAP(v))
        *out = INT_VAL((int64_t)AS_MAP(v)->table.live);
    else if (IS_INSTANCE(v))
        *out = INT_VAL((int64_t)AS_INSTANCE(v)->fields.live);
    else if (IS_NIL(v))
        *out = INT_VAL(0);
    else
        return arg_error(vm, "len", args, 0, "String, Array or Map");
    return true;
}

static bool core_typeof(VM *vm, int argc, Value *args, Value *out)
{
    // an instance's type is its class's name (a heap String, not static)
    if (IS_INSTANCE(args[0]) && AS_INSTANCE(args[0])->klass->name) {
        *out = OBJ_VAL(AS_INSTANCE(args[0])->klass->name);
        return true;
    }
    *out = OBJ_VAL(vm_intern_static(vm, val_typeof(args[0])));
    return true;
}

static bool core_to_string(VM *vm, int argc, Value *args, Value *out)
{
    if (IS_STRING(args[0])) {
        *out = args[0];
        return true;
    }
    if (IS_INT(args[0])) {
        char buf[24], *p = buf + sizeof buf;
        int64_t v = args[0].as.i;
        uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
        do {
            *--p = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        if (v < 0)
            *--p = '-';
        *out = OBJ_VAL(str_new(vm, p, (size_t)(buf + sizeof buf - p)));
        return true;
    }
    StrBuf sb;
    sb_init(&sb);
    if (!val_display(vm, &sb, args[0])) {
        sb_free(&sb);
        return false;
    }
    *out = OBJ_VAL(str_from_buf(vm, &sb));
    return true;
}

// Optional extensions of the reference (rulings D31) are not part of the
// core: calling one raises a clear, catchable error instead of doing nothing.
// An extension area that is built (src/lib/sqlite.c ...) comes later in the
// master list and replaces these entries; JSON and INI are always built (json.c,
// ini.c).
#define EXTENSIONS(X) \
    X(xml_parse) \
    X(xml_root) \
    X(xml_name) \
    X(xml_text) \
    X(xml_children) \
    X(xml_attr) \
    X(xml_attrs) \
    X(xml_error) \
    X(sqlite_open) \
    X(sqlite_close) \
    X(sqlite_exec) \
    X(sqlite_query) \
    X(sqlite_error) \
    X(sqlite_changes) \
    X(sqlite_last_id) \
    X(redis_connect) \
    X(redis_cmd) \
    X(redis_close) \
    X(openssl_md5) \
    X(openssl_sha256) \
    X(openssl_sha512) \
    X(openssl_ripemd160) \
    X(pcsc_establish) \
    X(pcsc_release) \
    X(pcsc_list_readers) \
    X(pcsc_connect) \
    X(pcsc_disconnect) \
    X(pcsc_transmit) \
    X(pcre2_test) \
    X(pcre2_match) \
    X(pcre2_findall) \
    X(kcgi_parse) \
    X(kcgi_reply_start) \
    X(kcgi_write) \
    X(kcgi_end) \
    X(rust_hello) \
    X(rust_hello_args) \
    X(rust_hello_args_return) \
    X(rust_get_sp) \
    X(rust_set_exit) \
    X(cpp_add)

#define X(name)                                                                                    \
    static bool ext_##name(VM *vm, int argc, Value *args, Value *out)                              \
    {                                                                                              \
        return vm_error(vm, #name ": optional extension not built into this interpreter");         \
    }
EXTENSIONS(X)
#undef X

// The curl builtins are written in Fun on top of the HTTP client
// (lib/net/http_client.fun defines curl_get, curl_post and curl_download,
// which replace these entries; the parser includes it in a program that
// names them). These stubs run only when that library cannot be found.
#define CURL_BUILTINS(X) \
    X(curl_get) \
    X(curl_post) \
    X(curl_download)

#define X(name)                                                                                    \
    static bool ext_##name(VM *vm, int argc, Value *args, Value *out)                              \
    {                                                                                              \
        return vm_error(vm, #name ": add #include <net/http_client.fun> (the curl builtins are "   \
                            "written in Fun there)");                                              \
    }
CURL_BUILTINS(X)
#undef X

// Stores into a `boolean` variable (D14): Booleans as they are, any number as
// its truthiness (`boolean f = 2` is true); the compiler calls this instead of
// the VM's type check.
static bool core_typed_boolean(VM *vm, int argc, Value *args, Value *out)
{
    Value v = args[0];
    if (IS_BOOL(v))
        *out = v;
    else if (IS_INT(v))
        *out = BOOL_VAL(AS_INT(v) != 0);
    else if (IS_FLOAT(v))
        *out = BOOL_VAL(AS_FLOAT(v) != 0.0);
    else
        return vm_throw(vm, OBJ_VAL(str_from_cstr(vm, "TypeError: expected Boolean")));
    return true;
}

// Stores into a `map` variable: Maps only.
static bool core_typed_map(VM *vm, int argc, Value *args, Value *out)
{
    if (!IS_MAP(args[0]))
        return vm_throw(vm, OBJ_VAL(str_from_cstr(vm, "TypeError: expected Map")));
    *out = args[0];
    return true;
}

const NativeReg lib_core_natives[] = {
    {"__typed_boolean", core_typed_boolean, 1, 1},
    {"__typed_map", core_typed_map, 1, 1},
    {"print", core_print, 0, -1},
    {"echo", core_echo, 0, -1},
    {"len", core_len, 1, 1},
    {"typeof", core_typeof, 1, 1},
    {"to_string", core_to_string, 1, 1},
#define X(name) {#name, ext_##name, 0, -1},
    EXTENSIONS(X)
    CURL_BUILTINS(X)
#undef X
    {NULL, NULL, 0, 0},
};
