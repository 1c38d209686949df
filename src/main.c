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

static const char USAGE[] =
    "usage: fun [options] [script.fun | -e CODE | -] [args...]\n";

static void usage(FILE *f)
{
    fputs(USAGE, f);
    fputs("Runs a Fun script, or the interactive REPL when none is given.\n"
          "  -e CODE            run CODE (the rest of the command line are its arguments)\n"
          "  -                  read the script from standard input\n"
          "  --                 end of options: the next word is the script\n"
          "  -t, --trace        print every executed instruction\n"
          "  --repl-on-error    after an uncaught error, open the REPL on the program's globals\n"
          "  -h, --help         this text\n"
          "  -V, --version      the version\n"
          "Environment: FUN_LIB_DIR (colon-separated) is searched first for #include <...>.\n",
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
    const char *inline_code = NULL; // -e CODE
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
        } else if (strcmp(a, "-e") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "fun: option -e needs an argument\n%s", USAGE);
                return 2;
            }
            inline_code = argv[++i];
            i++;
            break;
        } else if (strcmp(a, "--") == 0) {
            i++;
            break;
        } else if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "fun: unknown option '%s'\n%s", a, USAGE);
            return 2;
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
    if (i >= argc && !inline_code) {
        // no script: interactive session
        vm->argc = 0;
        vm->argv = argv + argc;
        set_argv_env(0, argv + argc);
        int code = repl_run(vm);
        vm_free(vm);
        return code;
    }
    // the script's name is argv[0] of the program (`-e` and `-` show as
    // <string> and <stdin> in messages); the words after it are its arguments
    const char *path;
    int first_arg;
    size_t len;
    char *src;
    if (inline_code) {
        path = "<string>";
        first_arg = i;
        len = strlen(inline_code);
        src = fun_malloc(len + 1);
        if (!src)
            fun_oom();
        memcpy(src, inline_code, len + 1);
    } else if (strcmp(argv[i], "-") == 0) {
        path = "<stdin>";
        first_arg = i + 1;
        src = fun_read_stream(stdin, &len);
    } else {
        path = argv[i];
        first_arg = i + 1;
        src = fun_read_file(path, &len);
    }
    vm->argc = argc - first_arg + 1;
    vm->argv = argv + first_arg - 1;
    set_argv_env(argc - first_arg, argv + first_arg);
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
