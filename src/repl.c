// SPDX-License-Identifier: MIT
// The interactive loop: reads lines (libedit when available), asks the parser
// whether the input is complete, runs it in a persistent VM and prints values.
#include "repl.h"

#include <errno.h>
#include <unistd.h>

#include "ast.h"
#include "compiler.h"
#include "parser.h"

#ifdef FUN_HAVE_LIBEDIT
#include <editline/readline.h>

#include "lib/dynload.h"

// libedit is loaded when an interactive session starts (dynload.h), never
// for a script; without it the session reads plain lines.
#define LIBEDIT_SYMS(X) X(readline) X(using_history) X(add_history)
DYNLIB_DEFINE(edit, LIBEDIT_SYMS, "libedit", "LIBEDIT", FUN_LIBEDIT_SONAME);
#endif

#define PROMPT "fun> "
#define PROMPT_MORE "...> "
#define HISTORY_NAME ".fun_history"
#define HISTORY_KEEP 1000
#define REPL_PATH "<repl>"

typedef struct {
    VM *vm;
    bool tty;        // stdin is a terminal: banner, prompts, history
    bool editing;    // tty and libedit loaded: lines come from readline
    char *hist_path; // NULL: no history file
    char *last_hist; // last line added to the history (no repeats)
    bool quit;
    int exit_code;
    int lines_read; // lines read from stdin so far
    int input_line; // stream line where the current input started (piped input)
} Repl;

typedef enum { EV_OK, EV_ERROR, EV_EXIT } EvalStatus;

// A parse attempt; includes it marked are forgotten again unless it is run.
typedef struct {
    Arena *arena;
    ParseResult pr;
    size_t nincluded;
} Parsed;

static const char HELP_TEXT[] =
    "Enter Fun statements or expressions; the value of an expression is printed\n"
    "(nil is not). A line that opens a block (if, while, fun, class, ...) or leaves\n"
    "a bracket or string open continues on `...>` lines; an empty line ends it.\n"
    "Commands:\n"
    "  :help            this text\n"
    "  :quit, :q        leave (so does end of input, Ctrl-D)\n"
    "  :load FILE       run FILE in this session (its globals stay defined)\n"
    "  :type EXPR       show typeof(EXPR)\n"
    "  :trace on|off    instruction trace on stdout (like --trace)\n"
    "  :globals         list the globals defined so far with their values\n";

// ---------------------------------------------------------------- history

static void history_trim(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    char **lines = NULL;
    size_t n = 0, cap = 0;
    char *line = NULL;
    size_t lcap = 0;
    ssize_t len;
    while ((len = getline(&line, &lcap, f)) > 0) {
        if (n == cap) {
            cap = cap ? cap * 2 : 256;
            lines = fun_realloc(lines, cap * sizeof *lines);
        }
        lines[n++] = fun_strdup(line);
    }
    fclose(f);
    free(line);
    if (n > HISTORY_KEEP && (f = fopen(path, "w"))) {
        for (size_t i = n - HISTORY_KEEP; i < n; i++)
            fputs(lines[i], f);
        fclose(f);
    }
    for (size_t i = 0; i < n; i++)
        free(lines[i]);
    free(lines);
}

// Loads the history file into the line editor (one entry per line).
static void history_load(Repl *r)
{
    const char *home = getenv("HOME");
    if (!home || !*home)
        home = getenv("USERPROFILE");
    if (!home || !*home)
        return;
    size_t n = strlen(home) + sizeof HISTORY_NAME + 2;
    r->hist_path = fun_malloc(n);
    snprintf(r->hist_path, n, "%s/%s", home, HISTORY_NAME);
    history_trim(r->hist_path);
#ifdef FUN_HAVE_LIBEDIT
    if (!r->editing)
        return;
    edit.using_history();
    FILE *f = fopen(r->hist_path, "r");
    if (!f)
        return;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, f)) > 0) {
        if (line[len - 1] == '\n')
            line[len - 1] = '\0';
        if (line[0])
            edit.add_history(line);
    }
    free(line);
    fclose(f);
#endif
}

// Records an entered line: in the editor's memory and appended to the file,
// so a session that ends abruptly still keeps what was typed.
static void history_add(Repl *r, const char *line)
{
    if (!r->tty || !line[0] || strchr(line, '\n'))
        return;
    if (r->last_hist && strcmp(r->last_hist, line) == 0)
        return;
    free(r->last_hist);
    r->last_hist = fun_strdup(line);
#ifdef FUN_HAVE_LIBEDIT
    if (r->editing)
        edit.add_history(line);
#endif
    if (!r->hist_path)
        return;
    FILE *f = fopen(r->hist_path, "a");
    if (!f)
        return;
    fprintf(f, "%s\n", line);
    fclose(f);
}

// ---------------------------------------------------------------- input

// Reads one line without its newline (malloc'd), or NULL at end of input.
static char *read_line(Repl *r, const char *prompt)
{
    fflush(stdout);
#ifdef FUN_HAVE_LIBEDIT
    if (r->editing) {
        char *l = edit.readline(prompt);
        if (!l)
            putchar('\n');
        return l;
    }
#endif
    if (r->tty) {
        fputs(prompt, stdout);
        fflush(stdout);
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    do {
        errno = 0;
        len = getline(&line, &cap, stdin);
    } while (len < 0 && errno == EINTR && !feof(stdin));
    if (len < 0) {
        free(line);
        if (r->tty)
            putchar('\n');
        return NULL;
    }
    r->lines_read++;
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
        line[--len] = '\0';
    return line;
}

static bool is_blank(const char *s)
{
    for (; *s; s++)
        if (*s != ' ' && *s != '\t' && *s != '\r' && *s != '\f' && *s != '\v')
            return false;
    return true;
}

// True when the text ends inside a bracket, a string or a /* comment: such a
// continuation is submitted as soon as it parses, whereas an open indented
// block waits for an empty line.
static bool open_bracket(const char *s, size_t n)
{
    int depth = 0;
    char quote = 0;
    bool comment = false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (comment) {
            if (c == '*' && i + 1 < n && s[i + 1] == '/') {
                comment = false;
                i++;
            }
        } else if (quote) {
            if (c == '\\')
                i++;
            else if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '/' && i + 1 < n && s[i + 1] == '/') {
            while (i < n && s[i] != '\n')
                i++;
        } else if (c == '/' && i + 1 < n && s[i + 1] == '*') {
            comment = true;
            i++;
        } else if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
            depth--;
        }
    }
    return depth > 0 || quote || comment;
}

// An empty body at the end of the input is valid Fun (`if x` followed by
// nothing), so the parser reports such text as complete. At the prompt it
// means a block header was just typed: these helpers find whether the last
// statement ends in a header with an empty body.
static bool ends_open(const NodeList *list);

static bool expr_open(const Node *e)
{
    return e && e->kind == N_FN && e->fn && e->fn->body.count == 0;
}

static bool body_open(const NodeList *body)
{
    return body->count == 0 || ends_open(body);
}

static bool stmt_open(const Node *n)
{
    switch (n->kind) {
    case N_IF:
        return n->else_body.count > 0 ? ends_open(&n->else_body) : body_open(&n->body);
    case N_WHILE:
    case N_FOR_RANGE:
    case N_FOR_IN:
        return body_open(&n->body);
    case N_FUN:
        return n->fn && body_open(&n->fn->body);
    case N_CLASS:
        return n->cls && n->cls->fields.count == 0 && n->cls->methods.count == 0;
    case N_TRY:
        if (n->fin_body.count > 0)
            return ends_open(&n->fin_body);
        return n->else_body.count > 0 ? ends_open(&n->else_body) : false;
    case N_ASSIGN:
        return expr_open(n->b);
    case N_EXPR_STMT:
    case N_DECL:
    case N_RETURN:
        return expr_open(n->a);
    default:
        return false;
    }
}

static bool ends_open(const NodeList *list)
{
    return list->count > 0 && stmt_open(list->items[list->count - 1]);
}

// ---------------------------------------------------------------- evaluation

static ParseStatus parse_text(Repl *r, const char *path, const char *src, size_t len, Parsed *p)
{
    p->nincluded = session_of(r->vm)->nincluded;
    p->arena = arena_new();
    // piped input: messages name the line of the stream, not of the chunk
    int first = !r->tty && strcmp(path, REPL_PATH) == 0 && r->input_line > 0 ? r->input_line : 1;
    p->pr = parse_program_at(r->vm, p->arena, path, src, len, first);
    if (p->pr.status == PARSE_OK && p->pr.ends_open)
        return PARSE_INCOMPLETE; // `fun f(a)` with its body still to come
    return p->pr.status;
}

// Frees a parse; with `forget`, the files it included count as not included.
static void parsed_free(Repl *r, Parsed *p, bool forget)
{
    Session *s = session_of(r->vm);
    if (forget) {
        while (s->nincluded > p->nincluded)
            free(s->included[--s->nincluded]);
    }
    parse_result_free(&p->pr);
    arena_free(p->arena);
    p->arena = NULL;
}

static void print_value(Repl *r, Value v)
{
    VM *vm = r->vm;
    vm_push_root(vm, v);
    StrBuf sb;
    sb_init(&sb);
    if (val_display(vm, &sb, v)) {
        sb_putc(&sb, '\n');
        fwrite(sb.data, 1, sb.len, stdout);
        fflush(stdout);
    } else if (!vm->exiting) {
        vm_report_error(vm);
    }
    sb_free(&sb);
    vm_pop_root(vm);
}

static void on_sigint(int sig)
{
    (void)sig;
    vm_interrupt_requested = 1;
}

// Compiles and runs a parsed program; prints the value of a final expression
// statement when `show`.
static EvalStatus run_parsed(Repl *r, Parsed *p, bool show)
{
    VM *vm = r->vm;
    CompileOptions opts = {.repl = show};
    char *err = NULL;
    // a :load-ed file is a script: its top level shows as <main> in traces
    const char *name = show ? "<repl>" : "<main>";
    ObjClosure *cl = compile_program(vm, &p->pr.program, name, &opts, &err);
    parsed_free(r, p, cl == NULL);
    if (!cl) {
        fflush(stdout);
        fprintf(stderr, "%s\n", err ? err : "compile error");
        free(err);
        return EV_ERROR;
    }
    Value v = NIL_VAL;
    // Ctrl-C while code runs interrupts it (a catchable runtime error), not the REPL
    struct sigaction sa, old_sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    vm_interrupt_requested = 0;
    sigaction(SIGINT, &sa, &old_sa);
    bool ok = vm_call(vm, OBJ_VAL(cl), 0, NULL, &v);
    sigaction(SIGINT, &old_sa, NULL);
    vm_interrupt_requested = 0;
    if (vm->exiting) {
        r->quit = true;
        r->exit_code = vm->exit_code;
        return EV_EXIT;
    }
    if (!ok) {
        vm_report_error(vm);
        return EV_ERROR;
    }
    // Without an expression statement, the REPL closure's result slot still
    // holds the closure itself: that means "no value".
    if (IS_OBJ(v) && AS_OBJ(v) == (Obj *)cl)
        v = NIL_VAL;
    if (show && !IS_NIL(v))
        print_value(r, v);
    if (vm->exiting) {
        r->quit = true;
        r->exit_code = vm->exit_code;
        return EV_EXIT;
    }
    return EV_OK;
}

static void report_parse_error(Parsed *p)
{
    fflush(stdout);
    fprintf(stderr, "%s\n", p->pr.error ? p->pr.error : "Parse error");
    fflush(stderr);
}

// Parses and runs a complete chunk of REPL input.
static EvalStatus eval_text(Repl *r, const char *src, size_t len)
{
    Parsed p;
    if (parse_text(r, REPL_PATH, src, len, &p) != PARSE_OK) {
        report_parse_error(&p);
        parsed_free(r, &p, true);
        return EV_ERROR;
    }
    return run_parsed(r, &p, true);
}

// ---------------------------------------------------------------- commands

static void cmd_load(Repl *r, char *arg)
{
    size_t n = strlen(arg);
    if (n >= 2 && (arg[0] == '"' || arg[0] == '\'') && arg[n - 1] == arg[0]) {
        arg[n - 1] = '\0';
        arg++;
    }
    if (!*arg) {
        fprintf(stderr, "usage: :load FILE\n");
        return;
    }
    size_t len;
    char *src = fun_read_file(arg, &len);
    if (!src) {
        fprintf(stderr, "Error: cannot read file: %s\n", arg);
        return;
    }
    Parsed p;
    if (parse_text(r, arg, src, len, &p) != PARSE_OK) {
        report_parse_error(&p);
        parsed_free(r, &p, true);
    } else {
        run_parsed(r, &p, false);
    }
    free(src);
}

// :type EXPR runs typeof(EXPR), so a variable declared `uint8 x` shows Uint8.
static void cmd_type(Repl *r, const char *arg)
{
    if (is_blank(arg)) {
        fprintf(stderr, "usage: :type EXPR\n");
        return;
    }
    Parsed p;
    if (parse_text(r, REPL_PATH, arg, strlen(arg), &p) != PARSE_OK) {
        report_parse_error(&p);
        parsed_free(r, &p, true);
        return;
    }
    NodeList *prog = &p.pr.program;
    if (prog->count != 1 || prog->items[0]->kind != N_EXPR_STMT) {
        fprintf(stderr, ":type expects one expression\n");
        parsed_free(r, &p, true);
        return;
    }
    Node *stmt = prog->items[0];
    Node *expr = stmt->a;
    Node *call = node_new(p.arena, N_CALL, expr->line, expr->col, expr->file);
    Node *callee = node_new(p.arena, N_NAME, expr->line, expr->col, expr->file);
    callee->str = "typeof";
    callee->str_len = 6;
    call->a = callee;
    nodes_push(p.arena, &call->list, expr);
    stmt->a = call;
    run_parsed(r, &p, true);
}

static void cmd_trace(Repl *r, const char *arg)
{
    if (strcmp(arg, "on") == 0)
        r->vm->trace = true;
    else if (strcmp(arg, "off") == 0)
        r->vm->trace = false;
    else if (*arg)
        fprintf(stderr, "usage: :trace on|off\n");
    printf("trace is %s\n", r->vm->trace ? "on" : "off");
}

// Namespaced globals are stored as "realpath::name".
static bool has_colons(const ObjString *s)
{
    for (size_t i = 0; i + 1 < (size_t)s->len; i++)
        if (s->chars[i] == ':' && s->chars[i + 1] == ':')
            return true;
    return false;
}

static ObjString **sort_names;

static int cmp_index(const void *a, const void *b)
{
    const ObjString *x = sort_names[*(const size_t *)a];
    const ObjString *y = sort_names[*(const size_t *)b];
    return fun_bytes_cmp(x->chars, x->len, y->chars, y->len);
}

// Lists user globals sorted by name (builtins live elsewhere and are not
// shown); names of namespaced includes (`path::name`) and names that were
// only read, never assigned, are skipped.
static void cmd_globals(Repl *r)
{
    VM *vm = r->vm;
    Session *s = session_of(vm);
    GlobalInfo *info = s->ginfo;
    size_t *order = fun_malloc(sizeof(size_t) * (vm->nglobals + 1));
    size_t count = 0;
    for (size_t i = 0; i < vm->nglobals; i++) {
        ObjString *name = vm->global_names[i];
        if (!name || has_colons(name))
            continue;
        bool known = info && i < s->ginfo_cap && (info[i].assigned || info[i].is_fun);
        if (known || !IS_NIL(vm->globals[i]))
            order[count++] = i;
    }
    sort_names = vm->global_names;
    qsort(order, count, sizeof *order, cmp_index);
    for (size_t k = 0; k < count; k++) {
        size_t i = order[k];
        ObjString *name = vm->global_names[i];
        StrBuf sb;
        sb_init(&sb);
        sb_append(&sb, name->chars, (size_t)name->len);
        sb_puts(&sb, " = ");
        if (!val_display(vm, &sb, vm->globals[i])) {
            sb_free(&sb);
            vm_report_error(vm);
            continue;
        }
        sb_putc(&sb, '\n');
        fwrite(sb.data, 1, sb.len, stdout);
        sb_free(&sb);
    }
    if (!count)
        puts("(no globals)");
    free(order);
}

// Handles a `:command` line.
static void command(Repl *r, char *line)
{
    char *s = line + 1;
    char *end = s;
    while (*end && *end != ' ' && *end != '\t')
        end++;
    char *arg = end;
    while (*arg == ' ' || *arg == '\t')
        arg++;
    char *tail = arg + strlen(arg);
    while (tail > arg && (tail[-1] == ' ' || tail[-1] == '\t'))
        *--tail = '\0';
    size_t n = (size_t)(end - s);
#define IS(word) (n == sizeof(word) - 1 && memcmp(s, word, n) == 0)
    if (IS("help") || IS("h") || IS("?"))
        fputs(HELP_TEXT, stdout);
    else if (IS("quit") || IS("q") || IS("exit"))
        r->quit = true;
    else if (IS("load") || IS("l"))
        cmd_load(r, arg);
    else if (IS("type") || IS("t"))
        cmd_type(r, arg);
    else if (IS("trace"))
        cmd_trace(r, arg);
    else if (IS("globals") || IS("g"))
        cmd_globals(r);
    else {
        fflush(stdout);
        fprintf(stderr, "Unknown command ':%.*s' (try :help)\n", (int)n, s);
    }
#undef IS
    fflush(stdout);
}

// ---------------------------------------------------------------- the loop

// Reads continuation lines after `buf` (which the parser found incomplete)
// and runs the whole input. An open bracket, string or comment is submitted
// as soon as the text parses; once an indented block is open, only an empty
// line (or the end of input) submits, and an input that is still incomplete
// then is reported as an error.
static void continuation(Repl *r, StrBuf *buf)
{
    bool block = !open_bracket(buf->data, buf->len);
    for (;;) {
        char *line = read_line(r, PROMPT_MORE);
        if (!line || is_blank(line)) {
            eval_text(r, buf->data, buf->len);
            if (!line)
                r->quit = true;
            free(line);
            return;
        }
        history_add(r, line);
        sb_puts(buf, line);
        sb_putc(buf, '\n');
        free(line);
        Parsed p;
        ParseStatus st = parse_text(r, REPL_PATH, buf->data, buf->len, &p);
        if (st == PARSE_ERROR) {
            report_parse_error(&p);
            parsed_free(r, &p, true);
            return;
        }
        if (st == PARSE_OK && !block && !ends_open(&p.pr.program)) {
            run_parsed(r, &p, true);
            return;
        }
        if (!open_bracket(buf->data, buf->len))
            block = true;
        parsed_free(r, &p, true);
    }
}

// Handles one line read at the main prompt.
static void top_line(Repl *r, char *line)
{
    const char *s = line;
    while (*s == ' ' || *s == '\t')
        s++;
    if (*s == ':') {
        command(r, (char *)s);
        return;
    }
    StrBuf buf;
    sb_init(&buf);
    sb_puts(&buf, line);
    sb_putc(&buf, '\n');
    Parsed p;
    ParseStatus st = parse_text(r, REPL_PATH, buf.data, buf.len, &p);
    if (st == PARSE_OK && ends_open(&p.pr.program)) {
        parsed_free(r, &p, true);
        continuation(r, &buf);
    } else if (st == PARSE_OK) {
        run_parsed(r, &p, true);
    } else if (st == PARSE_INCOMPLETE) {
        parsed_free(r, &p, true);
        continuation(r, &buf);
    } else {
        report_parse_error(&p);
        parsed_free(r, &p, true);
    }
    sb_free(&buf);
}

int repl_run(VM *vm)
{
    Repl r;
    memset(&r, 0, sizeof r);
    r.vm = vm;
    r.tty = isatty(STDIN_FILENO);
    vm->exiting = false;
#ifdef FUN_HAVE_LIBEDIT
    if (r.tty) {
        r.editing = dynlib_load(&edit_lib);
        if (!r.editing)
            fprintf(stderr, "fun: no line editing: cannot load libedit (%s)\n", edit_lib.error);
    }
#endif
    if (r.tty) {
        history_load(&r);
        printf("Fun %s REPL\n", FUN_VERSION);
    }
    while (!r.quit) {
        char *line = read_line(&r, PROMPT);
        if (!line)
            break;
        if (!is_blank(line)) {
            history_add(&r, line);
            r.input_line = r.lines_read;
            top_line(&r, line);
        }
        free(line);
    }
    fflush(stdout);
    free(r.hist_path);
    free(r.last_hist);
    return r.exit_code;
}
