// SPDX-License-Identifier: MIT
// A C program that embeds Fun (docs/embedding.md): it registers one native,
// `host_scale`, runs a script that defines a callback, calls that callback
// from C with an Array it built, reads the Map it returns, and shows how an
// error in the script reaches the host with its file and line.
//
// Build (from the repository): make build/embed-host; `make test` runs it.
// Installed: cc host.c $(pkg-config --cflags --libs --static fun)
#include <stdio.h>
#include <stdlib.h>

#include "fun.h"

// host_scale(x): x times the factor the host passed as data. A String
// argument raises a Fun runtime error, which the script may catch.
static bool host_scale(FunVM *vm, int argc, FunValue **args, FunValue **result, void *data)
{
    (void)argc;
    int64_t factor = *(const int64_t *)data;
    if (fun_type(args[0]) != FUN_INT)
        return fun_raise(vm, "host_scale: expected an Int, got %s", fun_type_name(args[0]));
    *result = fun_int(vm, fun_to_int(args[0]) * factor);
    return true;
}

static const char SCRIPT[] =
    "fun on_batch(label, values)\n"
    "  total = 0\n"
    "  for v in values\n"
    "    total += host_scale(v)\n"
    "  print(\"script: \" + label + \" has \" + to_string(len(values)) + \" values\")\n"
    "  return {\"label\": label, \"total\": total}\n"
    "\n"
    "try\n"
    "  host_scale(\"x\")\n"
    "catch e\n"
    "  print(\"script caught: \" + e)\n";

static int fail(FunVM *vm, const char *what)
{
    const FunError *e = fun_error(vm);
    fprintf(stderr, "host: %s failed: %s\n", what, e ? e->text : "?");
    fun_vm_free(vm);
    return 1;
}

int main(void)
{
    static const int64_t factor = 10;
    FunVM *vm = fun_vm_new();
    if (!fun_register(vm, "host_scale", host_scale, 1, 1, (void *)&factor))
        return fail(vm, "fun_register");
    if (!fun_run_string(vm, "setup.fun", SCRIPT, (size_t)-1))
        return fail(vm, "setup.fun");

    // call the Fun callback with a String and an Array made in C
    FunValue *cb = fun_get_global(vm, "on_batch");
    if (!cb || fun_type(cb) != FUN_FUNCTION)
        return fail(vm, "fun_get_global(on_batch)");
    FunValue *values = fun_array(vm);
    for (int64_t i = 1; i <= 4; i++) {
        FunValue *v = fun_int(vm, i);
        fun_array_push(vm, values, v);
        fun_release(vm, v);
    }
    FunValue *args[2] = {fun_string(vm, "batch-1", (size_t)-1), values};
    FunValue *out = NULL;
    if (!fun_call(vm, cb, 2, args, &out))
        return fail(vm, "on_batch");
    FunValue *total = fun_map_get(vm, out, "total");
    FunValue *label = fun_map_get(vm, out, "label");
    printf("host: %s total = %lld\n", fun_to_string(label, NULL), (long long)fun_to_int(total));
    char *shown = fun_display(vm, out);
    printf("host: result %s\n", shown);
    free(shown);
    fun_release(vm, total);
    fun_release(vm, label);
    fun_release(vm, out);
    fun_release(vm, args[0]);

    // an uncaught error inside the callback comes back with its location
    FunValue *bad[2] = {fun_string(vm, "batch-2", (size_t)-1), fun_string(vm, "oops", (size_t)-1)};
    if (fun_call(vm, cb, 2, bad, NULL))
        return fail(vm, "the failing call (it succeeded)");
    const FunError *e = fun_error(vm);
    printf("host: error at %s:%d: %s\n", e->file, e->line, e->message);
    fun_release(vm, bad[0]);
    fun_release(vm, bad[1]);

    // a compile error names its file and line too; the VM stays usable
    if (fun_run_string(vm, "broken.fun", "x = 1\ny = = 2\n", (size_t)-1))
        return fail(vm, "broken.fun (it compiled)");
    e = fun_error(vm);
    printf("host: compile error at %s:%d: %s\n", e->file, e->line, e->message);
    if (!fun_run_string(vm, "after.fun", "print(\"script: still running, \" + to_string(host_scale(7)))\n",
                        (size_t)-1))
        return fail(vm, "after.fun");

    fun_release(vm, values);
    fun_release(vm, cb);
    fun_vm_free(vm);
    return 0;
}
