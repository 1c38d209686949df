// SPDX-License-Identifier: MIT
// The `fun` command line: run a script, exit codes.
#include <limits.h>
#include <signal.h>
#include <unistd.h>

#include "compiler.h"
#include "lib/lib.h"
#include "parser.h"
#include "repl.h"
#include "vm.h"

static void usage(FILE *f)
{
    fputs("usage: fun [--trace|-t] [--repl-on-error] [script.fun [args...]]\n"
          "       fun --help | --version\n",
          f);
}

static void set_argv_env(int argc, char **argv)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%d", argc);
    setenv("FUN_ARGC", buf, 1);
    StrBuf all;
    sb_init(&all);
    for (int i = 0; i < argc; i++) {
        char name[32];
        snprintf(name, sizeof name, "FUN_ARGV_%d", i);
        setenv(name, argv[i], 1);
        if (i)
            sb_putc(&all, ' ');
        sb_puts(&all, argv[i]);
    }
    setenv("FUN_ARGS", all.data ? all.data : "", 1);
    sb_free(&all);
}

static void on_sigint(int sig)
{
    (void)sig;
    vm_interrupt_requested = 1;
}

int main(int argc, char **argv)
{
    signal(SIGPIPE, SIG_IGN);
    bool trace = false, repl_on_error = false;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--trace") == 0 || strcmp(a, "-t") == 0)
            trace = true;
        else if (strcmp(a, "--repl-on-error") == 0)
            repl_on_error = true;
        else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
            printf("Fun %s\nextensions: %s\n", FUN_VERSION, lib_extensions_built());
            return 0;
        } else if (strcmp(a, "--") == 0) {
            i++;
            break;
        } else
            break;
    }
    VM *vm = vm_new();
    vm->trace = trace;
    vm->watches_interrupt = true; // Ctrl-C raises "Runtime error: interrupted" here
    static char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        vm->exe_path = exe;
    } else {
        vm->exe_path = argv[0];
    }
    setenv("FUN_EXECUTABLE", argv[0], 1);
    if (i >= argc) {
        // no script: interactive session
        vm->argc = 0;
        vm->argv = argv + argc;
        set_argv_env(0, argv + argc);
        int code = repl_run(vm);
        vm_free(vm);
        return code;
    }
    const char *path = argv[i];
    vm->argc = argc - i;
    vm->argv = argv + i;
    set_argv_env(argc - i - 1, argv + i + 1);

    size_t len;
    char *src = fun_read_file(path, &len);
    if (!src) {
        fprintf(stderr, "Error: cannot read file: %s\nFailed to compile script: %s\n", path, path);
        vm_free(vm);
        return 1;
    }
    Arena *arena = arena_new();
    ParseResult pr = parse_program(vm, arena, path, src, len);
    if (pr.status != PARSE_OK) {
        fprintf(stderr, "%s\nFailed to compile script: %s\n", pr.error, path);
        parse_result_free(&pr);
        arena_free(arena);
        free(src);
        vm_free(vm);
        return 1;
    }
    char *err = NULL;
    ObjClosure *main_fn = compile_program(vm, &pr.program, "<main>", NULL, &err);
    arena_free(arena);
    free(src);
    if (!main_fn) {
        fprintf(stderr, "%s\nFailed to compile script: %s\n", err, path);
        free(err);
        vm_free(vm);
        return 1;
    }
    // Ctrl-C interrupts the script with a catchable error (its finally blocks
    // run); uncaught, the process exits with 130 as a shell expects
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    bool ok = vm_run_main(vm, main_fn);
    int code = 0;
    if (vm->exiting)
        code = vm->exit_code;
    else if (!ok) {
        bool interrupted = IS_STRING(vm->error) &&
                           strcmp(AS_CSTRING(vm->error), "Runtime error: interrupted") == 0;
        vm_report_error(vm);
        code = interrupted ? 130 : 1;
        if (repl_on_error) {
            // keep the program's globals and inspect them interactively; the
            // status stays 1 unless the session ends with `exit n`
            int rc = repl_run(vm);
            code = vm->exiting ? rc : 1;
        }
    }
    fflush(stdout);
    vm_free(vm);
    return code;
}
