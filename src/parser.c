// SPDX-License-Identifier: MIT
// Recursive-descent parser producing the AST. Stops at the first error and
// reports it with file:line:col (rulings D4). Includes are parsed in place.
#include "parser.h"

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <limits.h>
#include <setjmp.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lexer.h"
#include "session.h"

typedef struct Parser {
    VM *vm;
    Arena *arena;
    Lexer lx;
    Token cur;
    Token next;
    bool has_next;
    uint16_t file;
    const char *path;
    const char *ns; // namespace prefix of this file ("" = global)
    int loop_depth;
    int fn_depth;
    int depth; // include nesting
    int nest;  // expression / block nesting (bounded: the parser recurses)
    jmp_buf *jmp;
    char *error;
    char *error_file;
    bool incomplete;
} Parser;

FUN_NORETURN static void fail_at(Parser *p, int line, int col, const char *fmt, ...) FUN_PRINTF(4, 5);

static void fail_at(Parser *p, int line, int col, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (!p->error) {
        size_t n = strlen(p->path) + strlen(msg) + 64;
        p->error = fun_malloc(n);
        snprintf(p->error, n, "Parse error %s:%d:%d: %s", p->path, line, col, msg);
        p->error_file = fun_strdup(p->path);
    }
    longjmp(*p->jmp, 1);
}

#define FAIL(p, ...) fail_at(p, (p)->cur.line, (p)->cur.col, __VA_ARGS__)

// Reads a token from the lexer, copying its strings into the arena.
static Token read_token(Parser *p)
{
    Token t = lex_next(&p->lx);
    if (t.str) {
        char *s = arena_strndup(p->arena, t.str, t.str_len);
        free(t.str);
        t.str = s;
    }
    if (t.alias) {
        char *s = arena_strndup(p->arena, t.alias, strlen(t.alias));
        free(t.alias);
        t.alias = s;
    }
    if (t.type == TOK_ERROR) {
        if (p->lx.incomplete)
            p->incomplete = true;
        p->cur = t;
        fail_at(p, t.line, t.col, "%s", t.str);
    }
    return t;
}

static void advance(Parser *p)
{
    if (p->has_next) {
        p->cur = p->next;
        p->has_next = false;
    } else {
        p->cur = read_token(p);
    }
}

static Token *peek_next(Parser *p)
{
    if (!p->has_next) {
        p->next = read_token(p);
        p->has_next = true;
    }
    return &p->next;
}

static bool check(Parser *p, TokenType t) { return p->cur.type == t; }

static bool match(Parser *p, TokenType t)
{
    if (!check(p, t))
        return false;
    advance(p);
    return true;
}

static void describe(Parser *p, char *buf, size_t n)
{
    Token *t = &p->cur;
    if (t->type == TOK_IDENT || t->type == TOK_INT || t->type == TOK_FLOAT)
        snprintf(buf, n, "'%.*s'", t->len > 40 ? 40 : t->len, t->start);
    else if (t->type == TOK_STRING)
        snprintf(buf, n, "string");
    else
        snprintf(buf, n, "%s", tok_name(t->type));
}

static void expect(Parser *p, TokenType t, const char *what)
{
    if (check(p, t)) {
        advance(p);
        return;
    }
    if (p->cur.type == TOK_EOF)
        p->incomplete = true;
    char got[64];
    describe(p, got, sizeof got);
    FAIL(p, "expected %s, got %s", what, got);
}

static void end_of_statement(Parser *p)
{
    if (check(p, TOK_NEWLINE)) {
        advance(p);
        return;
    }
    if (check(p, TOK_EOF) || check(p, TOK_DEDENT))
        return;
    char got[64];
    describe(p, got, sizeof got);
    FAIL(p, "unexpected %s at end of statement", got);
}

#define MAX_NEST 400

static void enter(Parser *p)
{
    if (++p->nest > MAX_NEST)
        FAIL(p, "nested too deeply (more than %d levels)", MAX_NEST);
}

static Node *new_node(Parser *p, NodeKind k)
{
    return node_new(p->arena, k, p->cur.line, p->cur.col, p->file);
}

static const char *tok_text(Parser *p, Token *t)
{
    return arena_strndup(p->arena, t->start, (size_t)t->len);
}

static bool tok_is(Token *t, const char *word)
{
    return t->type == TOK_IDENT && (size_t)t->len == strlen(word) &&
           memcmp(t->start, word, (size_t)t->len) == 0;
}

static Node *expression(Parser *p);
static void statement(Parser *p, NodeList *out);
static void block(Parser *p, NodeList *out);

// ---------------------------------------------------------------- expressions

static void parse_params(Parser *p, FuncDecl *f)
{
    expect(p, TOK_LPAREN, "'(' before parameters");
    const char *params[1024];
    int n = 0;
    const char **heap = NULL;
    int cap = 0;
    if (!check(p, TOK_RPAREN)) {
        do {
            if (check(p, TOK_RPAREN))
                break;
            if (!check(p, TOK_IDENT)) {
                char got[64];
                describe(p, got, sizeof got);
                FAIL(p, "expected a parameter name, got %s", got);
            }
            if (decl_type_from_word(p->cur.start, (size_t)p->cur.len, false) != DT_NONE &&
                peek_next(p)->type == TOK_IDENT)
                FAIL(p, "parameters cannot be typed");
            const char *name = tok_text(p, &p->cur);
            const char **list = heap ? heap : params;
            for (int i = 0; i < n; i++)
                if (strcmp(list[i], name) == 0)
                    FAIL(p, "Duplicate parameter name '%s'", name);
            if (n == (int)(sizeof params / sizeof params[0]) && !heap) {
                cap = n * 2;
                heap = arena_alloc(p->arena, sizeof(char *) * (size_t)cap);
                memcpy(heap, params, sizeof params);
            } else if (heap && n == cap) {
                const char **h2 = arena_alloc(p->arena, sizeof(char *) * (size_t)cap * 2);
                memcpy(h2, heap, sizeof(char *) * (size_t)cap);
                heap = h2;
                cap *= 2;
            }
            (heap ? heap : params)[n++] = name;
            advance(p);
        } while (match(p, TOK_COMMA));
    }
    expect(p, TOK_RPAREN, "')' after parameters");
    f->nparams = n;
    f->params = arena_alloc(p->arena, sizeof(char *) * (size_t)(n ? n : 1));
    memcpy(f->params, heap ? heap : params, sizeof(char *) * (size_t)n);
}

// Function body: NEWLINE INDENT statements DEDENT.
static void function_body(Parser *p, FuncDecl *f)
{
    int saved_loop = p->loop_depth;
    p->loop_depth = 0;
    p->fn_depth++;
    block(p, &f->body);
    p->fn_depth--;
    p->loop_depth = saved_loop;
}

static Node *fn_literal(Parser *p)
{
    Node *n = new_node(p, N_FN);
    advance(p); // fn
    FuncDecl *f = arena_alloc(p->arena, sizeof(FuncDecl));
    f->name = "<fn>";
    f->file = p->file;
    f->line = n->line;
    parse_params(p, f);
    if (!check(p, TOK_NEWLINE))
        FAIL(p, "expected the body of fn(...) on the following lines");
    function_body(p, f);
    n->fn = f;
    return n;
}

static Node *primary(Parser *p)
{
    Token t = p->cur;
    Node *n;
    switch (t.type) {
    case TOK_INT:
        n = new_node(p, N_INT);
        n->ival = t.ival;
        if (t.wrapped) {
            fflush(stdout);
            fprintf(stderr, "Warning %s:%d: integer literal %.*s is above 2^64-1, wrapped to %" PRId64 "\n",
                    p->path, t.line, t.len, t.start, t.ival);
        }
        advance(p);
        return n;
    case TOK_FLOAT:
        n = new_node(p, N_FLOAT);
        n->fval = t.fval;
        advance(p);
        return n;
    case TOK_STRING:
        n = new_node(p, N_STRING);
        n->str = t.str;
        n->str_len = t.str_len;
        advance(p);
        return n;
    case TOK_TRUE:
        n = new_node(p, N_TRUE);
        advance(p);
        return n;
    case TOK_FALSE:
        n = new_node(p, N_FALSE);
        advance(p);
        return n;
    case TOK_NIL:
        n = new_node(p, N_NIL);
        advance(p);
        return n;
    case TOK_IDENT:
        n = new_node(p, N_NAME);
        n->str = tok_text(p, &p->cur);
        advance(p);
        return n;
    case TOK_LPAREN:
        advance(p);
        n = expression(p);
        expect(p, TOK_RPAREN, "')'");
        return n;
    case TOK_LBRACKET:
        n = new_node(p, N_ARRAY);
        advance(p);
        while (!check(p, TOK_RBRACKET)) {
            nodes_push(p->arena, &n->list, expression(p));
            if (!match(p, TOK_COMMA))
                break;
        }
        expect(p, TOK_RBRACKET, "']' or ','");
        return n;
    case TOK_LBRACE:
        n = new_node(p, N_MAP);
        advance(p);
        while (!check(p, TOK_RBRACE)) {
            if (!check(p, TOK_STRING))
                FAIL(p, "map keys must be string literals");
            Node *k = primary(p);
            expect(p, TOK_COLON, "':' after map key");
            nodes_push(p->arena, &n->list, k);
            nodes_push(p->arena, &n->list2, expression(p));
            if (!match(p, TOK_COMMA))
                break;
        }
        expect(p, TOK_RBRACE, "'}' or ','");
        return n;
    case TOK_FN:
        return fn_literal(p);
    case TOK_SUPER:
        n = new_node(p, N_SUPER);
        advance(p);
        expect(p, TOK_DOT, "'.' after super");
        if (!check(p, TOK_IDENT))
            FAIL(p, "expected a method name after 'super.'");
        n->str = tok_text(p, &p->cur);
        advance(p);
        if (!check(p, TOK_LPAREN))
            FAIL(p, "super.%s must be called", n->str);
        return n;
    case TOK_EOF:
        p->incomplete = true;
        FAIL(p, "expected an expression, got end of file");
    default: {
        char got[64];
        describe(p, got, sizeof got);
        FAIL(p, "expected an expression, got %s", got);
    }
    }
}

static Node *postfix(Parser *p)
{
    Node *e = primary(p);
    for (;;) {
        if (check(p, TOK_LPAREN)) {
            Node *c = new_node(p, N_CALL);
            advance(p);
            c->a = e;
            while (!check(p, TOK_RPAREN)) {
                nodes_push(p->arena, &c->list, expression(p));
                if (!match(p, TOK_COMMA))
                    break;
            }
            expect(p, TOK_RPAREN, "')' or ','");
            e = c;
        } else if (check(p, TOK_LBRACKET)) {
            Node *ix = new_node(p, N_INDEX);
            advance(p);
            ix->a = e;
            Node *lo = NULL, *hi = NULL;
            if (!check(p, TOK_COLON))
                lo = expression(p);
            if (match(p, TOK_COLON)) {
                ix->kind = N_SLICE;
                if (!check(p, TOK_RBRACKET))
                    hi = expression(p);
            } else if (!lo) {
                FAIL(p, "expected an index");
            }
            ix->b = lo;
            ix->c = hi;
            expect(p, TOK_RBRACKET, "']'");
            e = ix;
        } else if (check(p, TOK_DOT)) {
            Node *f = new_node(p, N_FIELD);
            advance(p);
            if (p->cur.type != TOK_IDENT && !(p->cur.type >= TOK_IF && p->cur.type <= TOK_SUPER))
                FAIL(p, "expected a field name after '.'");
            f->a = e;
            f->str = tok_text(p, &p->cur);
            advance(p);
            e = f;
        } else {
            return e;
        }
    }
}

static Node *unary(Parser *p)
{
    if (check(p, TOK_BANG) || check(p, TOK_MINUS)) {
        Node *n = new_node(p, N_UNARY);
        n->op = p->cur.type;
        advance(p);
        enter(p);
        n->a = unary(p);
        p->nest--;
        if (n->op == TOK_MINUS && n->a->kind == N_INT) {
            n->a->ival = (int64_t)(0 - (uint64_t)n->a->ival);
            return n->a;
        }
        if (n->op == TOK_MINUS && n->a->kind == N_FLOAT) {
            n->a->fval = -n->a->fval;
            return n->a;
        }
        return n;
    }
    return postfix(p);
}

static int binary_prec(TokenType t)
{
    switch (t) {
    case TOK_STAR: case TOK_SLASH: case TOK_PERCENT: return 6;
    case TOK_PLUS: case TOK_MINUS: return 5;
    case TOK_LT: case TOK_LE: case TOK_GT: case TOK_GE: return 4;
    case TOK_EQ: case TOK_NE: return 3;
    case TOK_AND: return 2;
    case TOK_OR: return 1;
    default: return 0;
    }
}

static Node *binary(Parser *p, int min_prec)
{
    Node *left = unary(p);
    for (;;) {
        int prec = binary_prec(p->cur.type);
        if (prec == 0 || prec < min_prec)
            return left;
        Node *n = new_node(p, N_BINARY);
        n->op = p->cur.type;
        if (n->op == TOK_AND)
            n->kind = N_AND;
        else if (n->op == TOK_OR)
            n->kind = N_OR;
        advance(p);
        n->a = left;
        n->b = binary(p, prec + 1);
        left = n;
    }
}

static Node *expression(Parser *p)
{
    enter(p);
    Node *cond = binary(p, 1);
    p->nest--;
    if (!check(p, TOK_QUESTION))
        return cond;
    enter(p);
    Node *n = new_node(p, N_TERNARY);
    advance(p);
    n->a = cond;
    n->b = expression(p);
    expect(p, TOK_COLON, "':' in conditional expression");
    n->c = expression(p);
    p->nest--;
    return n;
}

// ---------------------------------------------------------------- statements

static void block(Parser *p, NodeList *out)
{
    if (!check(p, TOK_NEWLINE)) {
        char got[64];
        describe(p, got, sizeof got);
        FAIL(p, "expected end of line before the indented block, got %s", got);
    }
    advance(p);
    if (!check(p, TOK_INDENT)) {
        if (check(p, TOK_EOF))
            p->incomplete = true;
        return; // empty body
    }
    advance(p);
    enter(p);
    while (!check(p, TOK_DEDENT) && !check(p, TOK_EOF))
        statement(p, out);
    p->nest--;
    if (check(p, TOK_EOF))
        p->incomplete = true;
    expect(p, TOK_DEDENT, "end of block");
}

// Statement allowed after an inline if / else on the same line.
static void inline_statement(Parser *p, NodeList *out)
{
    switch (p->cur.type) {
    case TOK_IF: case TOK_WHILE: case TOK_FOR: case TOK_FUN: case TOK_CLASS: case TOK_TRY:
        FAIL(p, "a block statement cannot follow on the same line");
    default:
        statement(p, out);
    }
}

static Node *if_statement(Parser *p)
{
    Node *n = new_node(p, N_IF);
    advance(p); // if
    n->a = expression(p);
    if (check(p, TOK_NEWLINE))
        block(p, &n->body);
    else
        inline_statement(p, &n->body);
    if (check(p, TOK_ELSE)) {
        advance(p);
        if (check(p, TOK_IF)) {
            nodes_push(p->arena, &n->else_body, if_statement(p));
        } else if (check(p, TOK_NEWLINE)) {
            block(p, &n->else_body);
        } else {
            inline_statement(p, &n->else_body);
        }
    }
    return n;
}

static Node *for_statement(Parser *p)
{
    Node *n = new_node(p, N_FOR_IN);
    advance(p); // for
    bool paren = match(p, TOK_LPAREN);
    if (!check(p, TOK_IDENT))
        FAIL(p, "expected a loop variable after 'for'");
    n->str = tok_text(p, &p->cur);
    advance(p);
    if (match(p, TOK_COMMA)) {
        if (!check(p, TOK_IDENT))
            FAIL(p, "expected a second loop variable");
        n->name2 = tok_text(p, &p->cur);
        advance(p);
    }
    if (paren)
        expect(p, TOK_RPAREN, "')' after loop variables");
    expect(p, TOK_IN, "'in'");
    Node *e = expression(p);
    if (e->kind == N_CALL && e->a->kind == N_NAME && strcmp(e->a->str, "range") == 0 &&
        !n->name2) {
        if (e->list.count < 1 || e->list.count > 3)
            fail_at(p, e->line, e->col, "range() takes 1 to 3 arguments");
        n->kind = N_FOR_RANGE;
        if (e->list.count == 1) {
            n->a = NULL;
            n->b = e->list.items[0];
        } else {
            n->a = e->list.items[0];
            n->b = e->list.items[1];
            n->c = e->list.count == 3 ? e->list.items[2] : NULL;
        }
    } else {
        n->a = e;
    }
    p->loop_depth++;
    block(p, &n->body);
    p->loop_depth--;
    return n;
}

static Node *fun_declaration(Parser *p, bool is_method)
{
    Node *n = new_node(p, N_FUN);
    advance(p); // fun
    if (!check(p, TOK_IDENT))
        FAIL(p, "expected a function name after 'fun'");
    FuncDecl *f = arena_alloc(p->arena, sizeof(FuncDecl));
    f->name = tok_text(p, &p->cur);
    f->file = p->file;
    f->line = p->cur.line;
    f->is_method = is_method;
    advance(p);
    parse_params(p, f);
    function_body(p, f);
    n->fn = f;
    n->str = f->name;
    return n;
}

static Node *class_declaration(Parser *p)
{
    Node *n = new_node(p, N_CLASS);
    advance(p); // class
    if (!check(p, TOK_IDENT))
        FAIL(p, "expected a class name after 'class'");
    ClassDecl *k = arena_alloc(p->arena, sizeof(ClassDecl));
    k->name = tok_text(p, &p->cur);
    k->file = p->file;
    k->line = p->cur.line;
    n->str = k->name;
    n->cls = k;
    advance(p);
    if (match(p, TOK_LPAREN)) {
        k->has_header = true;
        ParamDecl *tmp = NULL;
        int cnt = 0, cap = 0;
        while (!check(p, TOK_RPAREN)) {
            if (!check(p, TOK_IDENT) && !check(p, TOK_NIL))
                FAIL(p, "expected a parameter name in class header");
            DeclType dt = DT_NONE;
            if (peek_next(p)->type == TOK_IDENT) {
                dt = check(p, TOK_NIL) ? DT_NIL
                                       : decl_type_from_word(p->cur.start, (size_t)p->cur.len, true);
                advance(p);
            }
            if (!check(p, TOK_IDENT))
                FAIL(p, "Expected parameter name after type");
            if (cnt == cap) {
                cap = cap ? cap * 2 : 16;
                ParamDecl *grown = arena_alloc(p->arena, sizeof(ParamDecl) * (size_t)cap);
                if (cnt)
                    memcpy(grown, tmp, sizeof(ParamDecl) * (size_t)cnt);
                tmp = grown;
            }
            const char *name = tok_text(p, &p->cur);
            for (int i = 0; i < cnt; i++)
                if (strcmp(tmp[i].name, name) == 0)
                    FAIL(p, "Duplicate parameter name '%s'", name);
            tmp[cnt].name = name;
            tmp[cnt].type = dt;
            cnt++;
            advance(p);
            if (!match(p, TOK_COMMA))
                break;
        }
        expect(p, TOK_RPAREN, "')' after class parameters");
        k->nparams = cnt;
        k->params = tmp ? tmp : arena_alloc(p->arena, sizeof(ParamDecl));
    }
    if (match(p, TOK_EXTENDS)) {
        if (!check(p, TOK_IDENT))
            FAIL(p, "expected a class name after 'extends'");
        k->parent = postfix(p);
    }
    if (!check(p, TOK_NEWLINE))
        FAIL(p, "unexpected tokens after class header");
    advance(p);
    if (!match(p, TOK_INDENT))
        return n; // empty class
    while (!check(p, TOK_DEDENT) && !check(p, TOK_EOF)) {
        if (check(p, TOK_FUN)) {
            p->fn_depth++;
            nodes_push(p->arena, &k->methods, fun_declaration(p, true));
            p->fn_depth--;
            continue;
        }
        if (check(p, TOK_IDENT) && peek_next(p)->type == TOK_IDENT &&
            decl_type_from_word(p->cur.start, (size_t)p->cur.len, false) != DT_NONE)
            advance(p); // typed field: the type word is informational
        if (!check(p, TOK_IDENT))
            FAIL(p, "expected a field or a method in class body");
        Node *f = new_node(p, N_ASSIGN);
        Node *name = new_node(p, N_NAME);
        name->str = tok_text(p, &p->cur);
        advance(p);
        f->a = name;
        if (!check(p, TOK_ASSIGN))
            FAIL(p, "Expected '=' in field initializer");
        advance(p);
        p->fn_depth++;
        f->b = expression(p);
        p->fn_depth--;
        end_of_statement(p);
        nodes_push(p->arena, &k->fields, f);
    }
    if (check(p, TOK_EOF))
        p->incomplete = true;
    expect(p, TOK_DEDENT, "end of class body");
    return n;
}

static Node *try_statement(Parser *p)
{
    Node *n = new_node(p, N_TRY);
    advance(p); // try
    block(p, &n->body);
    bool any = false;
    if (check(p, TOK_CATCH)) {
        any = true;
        n->flag = true; // has catch
        advance(p);
        if (check(p, TOK_IDENT)) {
            n->str = tok_text(p, &p->cur);
            advance(p);
        }
        block(p, &n->else_body);
    }
    if (check(p, TOK_FINALLY)) {
        any = true;
        n->b = new_node(p, N_BLOCK); // marks presence of finally
        advance(p);
        block(p, &n->fin_body);
    }
    if (!any) {
        if (check(p, TOK_EOF))
            p->incomplete = true;
        FAIL(p, "expected 'catch' or 'finally' after try block");
    }
    return n;
}

static Node *include_statement(Parser *p);

static bool is_assign_op(TokenType t)
{
    return t == TOK_ASSIGN || t == TOK_PLUS_ASSIGN || t == TOK_MINUS_ASSIGN ||
           t == TOK_STAR_ASSIGN || t == TOK_SLASH_ASSIGN || t == TOK_PERCENT_ASSIGN;
}

static bool at_line_end(Parser *p)
{
    return check(p, TOK_NEWLINE) || check(p, TOK_EOF) || check(p, TOK_DEDENT);
}

static void statement(Parser *p, NodeList *out)
{
    Node *n = NULL;
    switch (p->cur.type) {
    case TOK_NEWLINE:
        advance(p);
        return;
    case TOK_INDENT: {
        // a deeper line without a header: a nested block run in sequence
        advance(p);
        while (!check(p, TOK_DEDENT) && !check(p, TOK_EOF))
            statement(p, out);
        expect(p, TOK_DEDENT, "end of block");
        return;
    }
    case TOK_INCLUDE:
        n = include_statement(p);
        nodes_push(p->arena, out, n);
        end_of_statement(p);
        return;
    case TOK_IF:
        nodes_push(p->arena, out, if_statement(p));
        return;
    case TOK_ELSE:
        FAIL(p, "'else' without a matching 'if'");
    case TOK_CATCH:
        FAIL(p, "'catch' without a matching 'try'");
    case TOK_FINALLY:
        FAIL(p, "'finally' without a matching 'try'");
    case TOK_WHILE:
        n = new_node(p, N_WHILE);
        advance(p);
        n->a = expression(p);
        p->loop_depth++;
        block(p, &n->body);
        p->loop_depth--;
        nodes_push(p->arena, out, n);
        return;
    case TOK_FOR:
        nodes_push(p->arena, out, for_statement(p));
        return;
    case TOK_FUN:
        nodes_push(p->arena, out, fun_declaration(p, false));
        return;
    case TOK_CLASS:
        nodes_push(p->arena, out, class_declaration(p));
        return;
    case TOK_TRY:
        nodes_push(p->arena, out, try_statement(p));
        return;
    case TOK_RETURN:
    case TOK_EXIT:
        n = new_node(p, check(p, TOK_RETURN) ? N_RETURN : N_EXIT);
        advance(p);
        if (!at_line_end(p))
            n->a = expression(p);
        break;
    case TOK_BREAK:
    case TOK_CONTINUE:
        n = new_node(p, check(p, TOK_BREAK) ? N_BREAK : N_CONTINUE);
        if (p->loop_depth == 0)
            FAIL(p, "%s used outside of loop", check(p, TOK_BREAK) ? "break" : "continue");
        advance(p);
        break;
    case TOK_THROW:
        n = new_node(p, N_THROW);
        advance(p);
        n->a = expression(p);
        break;
    case TOK_GLOBAL:
        n = new_node(p, N_GLOBAL);
        advance(p);
        do {
            if (!check(p, TOK_IDENT))
                FAIL(p, "expected a name after 'global'");
            Node *name = new_node(p, N_NAME);
            name->str = tok_text(p, &p->cur);
            advance(p);
            nodes_push(p->arena, &n->list, name);
        } while (match(p, TOK_COMMA));
        if (match(p, TOK_ASSIGN)) {
            if (n->list.count != 1)
                FAIL(p, "global with '=' takes one name");
            n->a = expression(p);
        }
        break;
    default:
        break;
    }
    if (!n) {
        // typed declaration: TYPE NAME [= expr]
        if ((check(p, TOK_IDENT) || check(p, TOK_NIL)) && peek_next(p)->type == TOK_IDENT) {
            DeclType dt = check(p, TOK_NIL)
                              ? DT_NIL
                              : decl_type_from_word(p->cur.start, (size_t)p->cur.len, false);
            if (dt != DT_NONE) {
                n = new_node(p, N_DECL);
                n->dtype = dt;
                advance(p);
                n->str = tok_text(p, &p->cur);
                advance(p);
                if (match(p, TOK_ASSIGN))
                    n->a = expression(p);
                nodes_push(p->arena, out, n);
                end_of_statement(p);
                return;
            }
        }
        // print / echo statement without parentheses
        if ((tok_is(&p->cur, "print") || tok_is(&p->cur, "echo"))) {
            TokenType nt = peek_next(p)->type;
            if (nt != TOK_LPAREN && !is_assign_op(nt) && nt != TOK_DOT && nt != TOK_LBRACKET) {
                n = new_node(p, N_PRINT);
                n->flag = tok_is(&p->cur, "print");
                advance(p);
                if (!at_line_end(p)) {
                    do
                        nodes_push(p->arena, &n->list, expression(p));
                    while (match(p, TOK_COMMA));
                }
                nodes_push(p->arena, out, n);
                end_of_statement(p);
                return;
            }
        }
        Node *e = expression(p);
        if (is_assign_op(p->cur.type)) {
            if (e->kind != N_NAME && e->kind != N_INDEX && e->kind != N_FIELD)
                FAIL(p, "invalid assignment target");
            n = new_node(p, N_ASSIGN);
            n->line = e->line;
            n->col = e->col;
            n->op = p->cur.type;
            advance(p);
            n->a = e;
            n->b = expression(p);
        } else {
            n = node_new(p->arena, N_EXPR_STMT, e->line, e->col, p->file);
            n->a = e;
        }
    }
    nodes_push(p->arena, out, n);
    end_of_statement(p);
}

// ---------------------------------------------------------------- includes

static bool file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static char *join_path(const char *dir, const char *rel)
{
    size_t n = strlen(dir) + strlen(rel) + 2;
    char *s = fun_malloc(n);
    if (dir[0] == '\0')
        snprintf(s, n, "%s", rel);
    else if (dir[strlen(dir) - 1] == '/')
        snprintf(s, n, "%s%s", dir, rel);
    else
        snprintf(s, n, "%s/%s", dir, rel);
    return s;
}

static char *dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return fun_strdup("");
    return fun_strndup(path, (size_t)(slash - path + 1));
}

static char *try_path(char *candidate)
{
    if (file_exists(candidate))
        return candidate;
    free(candidate);
    return NULL;
}

char *parse_resolve_include(VM *vm, const char *includer, const char *path, bool angle)
{
    if (path[0] == '/')
        return file_exists(path) ? fun_strdup(path) : NULL;
    char *r;
    if (!angle) {
        char *dir = dir_of(includer);
        r = try_path(join_path(dir, path));
        free(dir);
        if (r)
            return r;
        return try_path(fun_strdup(path));
    }
    const char *env = getenv("FUN_LIB_DIR");
    if (env && *env) {
        char *copy = fun_strdup(env), *save = NULL;
        for (char *d = strtok_r(copy, ":", &save); d; d = strtok_r(NULL, ":", &save)) {
            if ((r = try_path(join_path(d, path)))) {
                free(copy);
                return r;
            }
        }
        free(copy);
    }
#ifdef FUN_INSTALL_LIB
    if ((r = try_path(join_path(FUN_INSTALL_LIB, path))))
        return r;
#endif
    if (vm->exe_path) {
        char *dir = dir_of(vm->exe_path);
        const char *rels[] = {"../lib", "../share/fun/lib", "lib", "../../lib"};
        for (size_t i = 0; i < sizeof rels / sizeof rels[0]; i++) {
            char *base = join_path(dir, rels[i]);
            r = try_path(join_path(base, path));
            free(base);
            if (r) {
                free(dir);
                return r;
            }
        }
        free(dir);
    }
    return NULL;
}

static bool mark_included(VM *vm, const char *real, const char *ns)
{
    size_t n = strlen(real) + strlen(ns) + 2;
    char *key = fun_malloc(n);
    snprintf(key, n, "%s\n%s", real, ns);
    Session *s = session_of(vm);
    for (size_t i = 0; i < s->nincluded; i++) {
        if (strcmp(s->included[i], key) == 0) {
            free(key);
            return false;
        }
    }
    if (s->nincluded == s->included_cap) {
        s->included_cap = s->included_cap ? s->included_cap * 2 : 16;
        s->included = fun_realloc(s->included, sizeof(char *) * s->included_cap);
    }
    s->included[s->nincluded++] = key;
    return true;
}

static void parse_into(Parser *p, NodeList *out);

// The id of the latest source file with this real path, -1 if none.
static int earlier_file(VM *vm, const char *real)
{
    for (size_t i = vm->nfiles; i-- > 0;) {
        char r[PATH_MAX];
        if (realpath(vm->files[i].path, r) && strcmp(r, real) == 0)
            return (int)i;
    }
    return -1;
}

static Node *include_statement(Parser *p)
{
    Token t = p->cur;
    Node *n = new_node(p, N_BLOCK);
    if (memchr(t.str, '\0', t.str_len))
        FAIL(p, "include path contains a NUL byte");
    char *found = parse_resolve_include(p->vm, p->path, t.str, t.angle);
    if (!found)
        FAIL(p, "cannot find include '%s'", t.str);
    // in the arena: a lexer error in the next token longjmps out of here
    char *resolved = arena_strndup(p->arena, found, strlen(found));
    free(found);
    char real[PATH_MAX];
    if (!realpath(resolved, real))
        snprintf(real, sizeof real, "%s", resolved);
    const char *ns = p->ns;
    if (t.alias) {
        // one copy per namespace (docs/includes.md): the key names the
        // includer's namespace, the file and the alias
        size_t nl = strlen(p->ns) + strlen(real) + strlen(t.alias) + 5;
        char *pre = arena_alloc(p->arena, nl);
        snprintf(pre, nl, "%s%s::%s::", p->ns, real, t.alias);
        ns = pre;
        n->name2 = t.alias;
        n->flag = true;
    }
    n->ns = ns;
    advance(p); // the include token
    if (!mark_included(p->vm, real, ns)) {
        n->ival = earlier_file(p->vm, real) + 1; // still "included above" (D17a)
        return n;
    }
    if (p->depth > 200)
        FAIL(p, "include nesting too deep");
    size_t len;
    char *src = fun_read_file(resolved, &len);
    if (!src)
        FAIL(p, "cannot read include '%s'", t.str);
    Parser child;
    memset(&child, 0, sizeof child);
    child.vm = p->vm;
    child.arena = p->arena;
    // a path found through "<exe dir>/../lib" reads better resolved
    const char *shown = strstr(resolved, "/../") ? real : resolved;
    child.path = arena_strndup(p->arena, shown, strlen(shown));
    child.file = vm_add_file(p->vm, shown, shown);
    n->ival = (int64_t)child.file + 1;
    child.ns = ns;
    child.depth = p->depth + 1;
    jmp_buf jb;
    child.jmp = &jb;
    if (setjmp(jb) == 0) {
        lex_init(&child.lx, src, len);
        advance(&child);
        parse_into(&child, &n->body);
        lex_free(&child.lx);
        free(src);
        return n;
    }
    lex_free(&child.lx);
    free(src);
    p->error = child.error;
    p->error_file = child.error_file;
    p->incomplete = false;
    longjmp(*p->jmp, 1);
}

// The reference's curl builtins (curl_get, curl_post, curl_download) are
// written in Fun in lib/net/http_client.fun (docs/http_client.md). A program
// that names one gets that library included in front of its first line, so
// scripts written for the reference run unchanged; its definitions replace
// the builtin stubs, which only speak when the library cannot be found.
static bool mentions_curl(const char *src, size_t len)
{
    static const char *const names[] = {"curl_get", "curl_post", "curl_download"};
    for (const char *q = src; (q = memchr(q, 'c', len - (size_t)(q - src))) != NULL; q++) {
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
            size_t n = strlen(names[i]);
            if ((size_t)(src + len - q) >= n && memcmp(q, names[i], n) == 0)
                return true;
        }
    }
    return false;
}

static void auto_include_curl(Parser *p, NodeList *program)
{
    static const char lib[] = "net/http_client.fun";
    char *found = parse_resolve_include(p->vm, p->path, lib, true);
    if (!found)
        return;
    free(found);
    Token t = p->cur; // the EOF token: include_statement reads one token past the path
    t.type = TOK_INCLUDE;
    t.str = arena_strndup(p->arena, lib, sizeof lib - 1);
    t.str_len = sizeof lib - 1;
    t.alias = NULL;
    t.angle = true;
    p->cur = t;
    Node *n = include_statement(p);
    nodes_push(p->arena, program, n);
    memmove(program->items + 1, program->items, sizeof(Node *) * (size_t)(program->count - 1));
    program->items[0] = n;
}

static void parse_into(Parser *p, NodeList *out)
{
    while (!check(p, TOK_EOF)) {
        if (check(p, TOK_DEDENT)) {
            advance(p);
            continue;
        }
        statement(p, out);
    }
}

ParseResult parse_program(VM *vm, Arena *arena, const char *path, const char *src, size_t len)
{
    return parse_program_at(vm, arena, path, src, len, 1);
}

ParseResult parse_program_at(VM *vm, Arena *arena, const char *path, const char *src, size_t len,
                             int first_line)
{
    ParseResult r;
    memset(&r, 0, sizeof r);
    Parser p;
    memset(&p, 0, sizeof p);
    p.vm = vm;
    p.arena = arena;
    p.path = path;
    p.ns = "";
    p.file = vm_add_file(vm, path, path);
    char real[PATH_MAX];
    if (realpath(path, real))
        mark_included(vm, real, "");
    jmp_buf jb;
    p.jmp = &jb;
    if (setjmp(jb) == 0) {
        lex_init(&p.lx, src, len);
        p.lx.line = first_line > 0 ? first_line : 1;
        advance(&p);
        parse_into(&p, &r.program);
        if (mentions_curl(src, len))
            auto_include_curl(&p, &r.program);
        lex_free(&p.lx);
        r.status = PARSE_OK;
        r.ends_open = p.incomplete;
        return r;
    }
    lex_free(&p.lx);
    r.status = p.incomplete ? PARSE_INCOMPLETE : PARSE_ERROR;
    r.error = p.error;
    r.error_file = p.error_file;
    return r;
}

void parse_result_free(ParseResult *r)
{
    free(r->error);
    free(r->error_file);
    r->error = NULL;
    r->error_file = NULL;
}
