// SPDX-License-Identifier: MIT
// Checks the corners of include/fun.h that examples/embed/host.c does not
// reach: running a file, globals set from C, exit, handles kept across
// collections, calls of methods and classes, natives that call back into
// Fun, and errors outside any Fun frame. Prints one line per check;
// tests/embed/test_embed.py compares the output.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fun.h"

static void show(FunVM *vm, const char *label, FunValue *v)
{
    char *s = fun_display(vm, v);
    printf("%s: %s\n", label, s ? s : "(error)");
    free(s);
}

// host_apply(f, x): calls the Fun function f with x from inside a native.
static bool host_apply(FunVM *vm, int argc, FunValue **args, FunValue **result, void *data)
{
    (void)argc;
    (void)data;
    if (!fun_call(vm, args[0], 1, &args[1], result))
        return fun_raise(vm, "host_apply: %s", fun_error(vm)->message);
    return true;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: api_test SCRIPT\n");
        return 2;
    }
    FunVM *vm = fun_vm_new();
    fun_register(vm, "host_apply", host_apply, 2, 2, NULL);

    // a global from C shadows the builtin of the same name for later code
    FunValue *greeting = fun_string(vm, "from C", (size_t)-1);
    fun_set_global(vm, "len", greeting);
    fun_set_global(vm, "greeting", greeting);
    fun_release(vm, greeting);
    if (!fun_run_string(vm, "g.fun", "print(greeting, len)\n", (size_t)-1))
        printf("g.fun failed: %s\n", fun_error(vm)->text);

    // many handles survive a garbage-heavy script
    FunValue *kept[100];
    for (int i = 0; i < 100; i++) {
        char buf[32];
        snprintf(buf, sizeof buf, "value %d", i);
        kept[i] = fun_string(vm, buf, (size_t)-1);
    }
    if (!fun_run_file(vm, argv[1]))
        printf("run_file failed: %s\n", fun_error(vm)->text);
    printf("kept: %s / %s\n", fun_to_string(kept[0], NULL), fun_to_string(kept[99], NULL));
    for (int i = 0; i < 100; i++)
        fun_release(vm, kept[i]);

    // a class, a bound method and a native calling back into Fun
    FunValue *cls = fun_get_global(vm, "Counter");
    FunValue *start = fun_int(vm, 40);
    FunValue *obj = NULL;
    if (!fun_call(vm, cls, 1, &start, &obj))
        printf("construct failed: %s\n", fun_error(vm)->text);
    FunValue *bump = fun_map_get(vm, obj, "n");
    show(vm, "field", bump);
    fun_release(vm, bump);
    FunValue *use = fun_get_global(vm, "bump_twice");
    FunValue *r = NULL;
    if (!fun_call(vm, use, 1, &obj, &r))
        printf("bump_twice failed: %s\n", fun_error(vm)->text);
    show(vm, "through host_apply", r);
    fun_release(vm, r);

    // errors: not callable (no Fun frame), a missing file, an uncaught throw
    if (!fun_call(vm, start, 0, NULL, NULL))
        printf("call an Int: %s (line %d)\n", fun_error(vm)->message, fun_error(vm)->line);
    if (!fun_run_file(vm, "/nonexistent/x.fun"))
        printf("missing file: %s\n", fun_error(vm)->message);
    if (!fun_run_string(vm, "t.fun", "\n\nthrow {\"code\": 7}\n", (size_t)-1))
        printf("throw: %s at %s:%d\n", fun_error(vm)->message, fun_error(vm)->file, fun_error(vm)->line);
    printf("error cleared: %s\n", fun_run_string(vm, "ok.fun", "x = 1\n", (size_t)-1) && !fun_error(vm) ? "yes" : "no");

    // exit ends the VM's life
    int code = -1;
    fun_run_string(vm, "bye.fun", "exit 3\n", (size_t)-1);
    bool exited = fun_exited(vm, &code);
    printf("exited: %d %d\n", exited, code);
    printf("after exit: %s\n", fun_run_string(vm, "no.fun", "print(1)\n", (size_t)-1) ? "ran" : fun_error(vm)->message);

    fun_release(vm, start);
    fun_release(vm, obj);
    fun_release(vm, cls);
    fun_release(vm, use);
    fun_vm_free(vm);
    return 0;
}
