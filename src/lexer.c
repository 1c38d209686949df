// SPDX-License-Identifier: MIT
// Lexer. Blocks come from indentation: an indent stack per context emits
// INDENT / DEDENT. Inside brackets, and after a token that cannot end a
// statement, newlines are ignored. A `fn(...)` header ending a line opens a
// nested indentation context for its body, even inside brackets; the first
// line indented less than the body closes it (rulings D1).
#include "lexer.h"

#include <ctype.h>

static const struct {
    const char *word;
    TokenType type;
} keywords[] = {
    {"if", TOK_IF},         {"else", TOK_ELSE},       {"while", TOK_WHILE},
    {"for", TOK_FOR},       {"in", TOK_IN},           {"fun", TOK_FUN},
    {"fn", TOK_FN},         {"class", TOK_CLASS},     {"extends", TOK_EXTENDS},
    {"return", TOK_RETURN}, {"exit", TOK_EXIT},       {"break", TOK_BREAK},
    {"continue", TOK_CONTINUE}, {"try", TOK_TRY},     {"catch", TOK_CATCH},
    {"finally", TOK_FINALLY}, {"throw", TOK_THROW},   {"global", TOK_GLOBAL},
    {"true", TOK_TRUE},     {"false", TOK_FALSE},     {"nil", TOK_NIL},
    {"super", TOK_SUPER},
};

static void push_ctx(Lexer *lx, bool is_fn, int header_indent)
{
    if (lx->nctx == lx->ctx_cap) {
        lx->ctx_cap = lx->ctx_cap ? lx->ctx_cap * 2 : 4;
        lx->ctx = fun_realloc(lx->ctx, sizeof(LexCtx) * (size_t)lx->ctx_cap);
    }
    LexCtx *c = &lx->ctx[lx->nctx++];
    memset(c, 0, sizeof *c);
    c->is_fn = is_fn;
    c->header_indent = header_indent;
    c->indent_cap = 8;
    c->indents = fun_malloc(sizeof(int) * 8);
    c->indents[0] = header_indent;
    c->nindent = 1;
}

static void pop_ctx(Lexer *lx)
{
    LexCtx *c = &lx->ctx[--lx->nctx];
    free(c->indents);
    free(c->brackets);
}

static void push_indent(LexCtx *c, int n)
{
    if (c->nindent == c->indent_cap) {
        c->indent_cap *= 2;
        c->indents = fun_realloc(c->indents, sizeof(int) * (size_t)c->indent_cap);
    }
    c->indents[c->nindent++] = n;
}

void lex_init(Lexer *lx, const char *src, size_t len)
{
    memset(lx, 0, sizeof *lx);
    lx->src = src;
    lx->len = len;
    lx->line = 1;
    lx->at_line_start = true;
    lx->last = TOK_NEWLINE;
    push_ctx(lx, false, 0);
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0)
        lx->pos = lx->col_base = 3;
    if (lx->len - lx->pos >= 2 && src[lx->pos] == '#' && src[lx->pos + 1] == '!')
        while (lx->pos < len && src[lx->pos] != '\n' && src[lx->pos] != '\r')
            lx->pos++;
}

void lex_free(Lexer *lx)
{
    while (lx->nctx > 0)
        pop_ctx(lx);
    free(lx->ctx);
    for (int i = lx->pending_head; i < lx->npending; i++)
        tok_free(&lx->pending[i]);
    free(lx->pending);
}

void tok_free(Token *t)
{
    free(t->str);
    free(t->alias);
    t->str = NULL;
    t->alias = NULL;
}

static inline char peek(Lexer *lx, size_t off)
{
    return lx->pos + off < lx->len ? lx->src[lx->pos + off] : '\0';
}

static inline bool at_end(Lexer *lx) { return lx->pos >= lx->len; }

static Token make(Lexer *lx, TokenType type, size_t start)
{
    Token t;
    memset(&t, 0, sizeof t);
    t.type = type;
    t.start = lx->src + start;
    t.len = (int)(lx->pos - start);
    t.line = lx->line;
    t.col = (int)(start >= (size_t)lx->col_base ? start - (size_t)lx->col_base : 0) + 1;
    return t;
}

static Token error_at(Lexer *lx, size_t start, const char *msg)
{
    Token t = make(lx, TOK_ERROR, start);
    t.str = fun_strdup(msg);
    t.str_len = strlen(msg);
    return t;
}

static void queue(Lexer *lx, Token t)
{
    if (lx->npending == lx->pending_cap) {
        if (lx->pending_head > 0) {
            memmove(lx->pending, lx->pending + lx->pending_head,
                    sizeof(Token) * (size_t)(lx->npending - lx->pending_head));
            lx->npending -= lx->pending_head;
            lx->pending_head = 0;
        }
        if (lx->npending == lx->pending_cap) {
            lx->pending_cap = lx->pending_cap ? lx->pending_cap * 2 : 16;
            lx->pending = fun_realloc(lx->pending, sizeof(Token) * (size_t)lx->pending_cap);
        }
    }
    lx->pending[lx->npending++] = t;
}

static void newline_consumed(Lexer *lx)
{
    lx->line++;
    lx->col_base = (int)lx->pos;
}

// Consumes one line break (\n, \r\n or \r) at pos.
static void consume_newline(Lexer *lx)
{
    if (peek(lx, 0) == '\r' && peek(lx, 1) == '\n')
        lx->pos += 2;
    else
        lx->pos++;
    newline_consumed(lx);
}

static inline bool is_newline(char c) { return c == '\n' || c == '\r'; }

// Skips a /* */ comment starting at pos; false if unterminated.
static bool skip_block_comment(Lexer *lx)
{
    lx->pos += 2;
    while (!at_end(lx)) {
        if (peek(lx, 0) == '*' && peek(lx, 1) == '/') {
            lx->pos += 2;
            return true;
        }
        if (is_newline(peek(lx, 0)))
            consume_newline(lx);
        else
            lx->pos++;
    }
    return false;
}

// Skips spaces, tabs and comments up to (not including) a line break.
static Token *skip_space(Lexer *lx, Token *err)
{
    for (;;) {
        char c = peek(lx, 0);
        if (c == ' ' || c == '\t' || c == '\f' || c == '\v') {
            lx->pos++;
        } else if (c == '/' && peek(lx, 1) == '/') {
            while (!at_end(lx) && !is_newline(peek(lx, 0)))
                lx->pos++;
        } else if (c == '/' && peek(lx, 1) == '*') {
            size_t start = lx->pos;
            int start_line = lx->line, start_base = lx->col_base;
            if (!skip_block_comment(lx)) {
                // reported at the opening /*, not at the end of the file
                *err = error_at(lx, start, "unterminated /* comment");
                err->line = start_line;
                err->col = (int)(start - (size_t)start_base) + 1;
                lx->incomplete = true;
                return err;
            }
        } else {
            return NULL;
        }
    }
}

static bool continues_line(TokenType t)
{
    switch (t) {
    case TOK_PLUS: case TOK_MINUS: case TOK_STAR: case TOK_SLASH: case TOK_PERCENT:
    case TOK_BANG: case TOK_ASSIGN: case TOK_EQ: case TOK_NE: case TOK_LT: case TOK_LE:
    case TOK_GT: case TOK_GE: case TOK_AND: case TOK_OR: case TOK_PLUS_ASSIGN:
    case TOK_MINUS_ASSIGN: case TOK_STAR_ASSIGN: case TOK_SLASH_ASSIGN:
    case TOK_PERCENT_ASSIGN: case TOK_COMMA: case TOK_DOT: case TOK_QUESTION: case TOK_COLON:
    case TOK_LPAREN: case TOK_LBRACKET: case TOK_LBRACE:
        return true;
    default:
        return false;
    }
}

static LexCtx *top(Lexer *lx) { return &lx->ctx[lx->nctx - 1]; }

static Token simple(Lexer *lx, TokenType type, size_t start) { return make(lx, type, start); }

static void queue_simple(Lexer *lx, TokenType type)
{
    queue(lx, simple(lx, type, lx->pos));
}

// Try to read an include line at pos (after indentation).
static bool scan_include(Lexer *lx, Token *out)
{
    size_t start = lx->pos, p = lx->pos;
    if (p < lx->len && lx->src[p] == '#')
        p++;
    if (lx->len - p < 8 || memcmp(lx->src + p, "include", 7) != 0)
        return false;
    p += 7;
    if (lx->src[p] != ' ' && lx->src[p] != '\t' && lx->src[p] != '"' && lx->src[p] != '<')
        return false;
    while (p < lx->len && (lx->src[p] == ' ' || lx->src[p] == '\t'))
        p++;
    if (p >= lx->len || (lx->src[p] != '"' && lx->src[p] != '<')) {
        if (lx->src[start] != '#')
            return false; // a plain identifier "include"
        lx->pos = p;
        *out = error_at(lx, start, "expected \"path\" or <path> after #include");
        return true;
    }
    char close = lx->src[p] == '"' ? '"' : '>';
    bool angle = close == '>';
    size_t ps = ++p;
    while (p < lx->len && lx->src[p] != close && !is_newline(lx->src[p]))
        p++;
    if (p >= lx->len || lx->src[p] != close) {
        lx->pos = p;
        *out = error_at(lx, start, "unterminated include path");
        return true;
    }
    size_t pe = p++;
    lx->pos = p;
    Token t = make(lx, TOK_INCLUDE, start);
    // the path may hold any byte (even NUL): copy by length, not strndup
    t.str = fun_malloc(pe - ps + 1);
    memcpy(t.str, lx->src + ps, pe - ps);
    t.str[pe - ps] = '\0';
    t.str_len = pe - ps;
    t.angle = angle;
    while (p < lx->len && (lx->src[p] == ' ' || lx->src[p] == '\t'))
        p++;
    if (lx->len - p >= 3 && memcmp(lx->src + p, "as", 2) == 0 &&
        (lx->src[p + 2] == ' ' || lx->src[p + 2] == '\t')) {
        p += 3;
        while (p < lx->len && (lx->src[p] == ' ' || lx->src[p] == '\t'))
            p++;
        size_t as = p;
        while (p < lx->len && (isalnum((unsigned char)lx->src[p]) || lx->src[p] == '_'))
            p++;
        if (p == as) {
            lx->pos = p;
            tok_free(&t);
            *out = error_at(lx, start, "expected a name after 'as'");
            return true;
        }
        t.alias = fun_strndup(lx->src + as, p - as);
    }
    lx->pos = p;
    *out = t;
    return true;
}

// Handles the start of a logical line: blank lines, indentation, closing fn bodies.
// Returns true with *err set on an error.
static bool line_start(Lexer *lx, Token *err)
{
    int indent;
    for (;;) {
        indent = 0;
        bool tab = false;
        size_t ls = lx->pos;
        while (!at_end(lx) && (peek(lx, 0) == ' ' || peek(lx, 0) == '\t')) {
            if (peek(lx, 0) == '\t')
                tab = true;
            indent++;
            lx->pos++;
        }
        if (skip_space(lx, err))
            return true;
        if (at_end(lx)) {
            lx->at_line_start = false;
            return false;
        }
        if (is_newline(peek(lx, 0))) {
            consume_newline(lx);
            continue;
        }
        if (tab) {
            *err = error_at(lx, ls, "Tabs are forbidden for indentation");
            return true;
        }
        break;
    }
    lx->line_indent = indent;
    lx->at_line_start = false;
    if (indent % 2) {
        *err = error_at(lx, lx->pos, "Indentation must be multiples of two spaces");
        return true;
    }
    for (;;) {
        LexCtx *c = top(lx);
        if (c->is_fn && c->nindent == 1) {
            if (indent <= c->header_indent) {
                *err = error_at(lx, lx->pos, "expected an indented block after fn(...)");
                return true;
            }
            push_indent(c, indent);
            queue_simple(lx, TOK_INDENT);
            return false;
        }
        if (c->is_fn && indent < c->indents[1]) {
            for (int i = 1; i < c->nindent; i++)
                queue_simple(lx, TOK_DEDENT);
            pop_ctx(lx);
            if (top(lx)->nbrackets > 0)
                return false; // the line continues the bracketed expression
            queue_simple(lx, TOK_NEWLINE);
            continue;
        }
        int cur = c->indents[c->nindent - 1];
        if (indent > cur) {
            push_indent(c, indent);
            queue_simple(lx, TOK_INDENT);
        } else if (indent < cur) {
            while (c->nindent > 1 && indent < c->indents[c->nindent - 1]) {
                c->nindent--;
                queue_simple(lx, TOK_DEDENT);
            }
            if (indent != c->indents[c->nindent - 1]) {
                *err = error_at(lx, lx->pos, "inconsistent indentation: dedent does not match any outer block");
                return true;
            }
        }
        return false;
    }
}

static void push_bracket(LexCtx *c, char kind)
{
    if (c->nbrackets == c->bracket_cap) {
        c->bracket_cap = c->bracket_cap ? c->bracket_cap * 2 : 8;
        c->brackets = fun_realloc(c->brackets, (size_t)c->bracket_cap);
    }
    c->brackets[c->nbrackets++] = kind;
}

static Token scan_string(Lexer *lx, size_t start)
{
    char q = peek(lx, 0);
    lx->pos++;
    StrBuf sb;
    sb_init(&sb);
    int start_line = lx->line;
    int start_base = lx->col_base; // a multi-line string moves col_base
    while (!at_end(lx) && peek(lx, 0) != q) {
        char c = peek(lx, 0);
        if (c == '\\') {
            char e = peek(lx, 1);
            lx->pos += 2;
            switch (e) {
            case 'n': sb_putc(&sb, '\n'); break;
            case 'r': sb_putc(&sb, '\r'); break;
            case 't': sb_putc(&sb, '\t'); break;
            case '0': sb_putc(&sb, '\0'); break;
            case 'x': {
                char h1 = peek(lx, 0), h2 = peek(lx, 1);
                if (!isxdigit((unsigned char)h1) || !isxdigit((unsigned char)h2)) {
                    sb_free(&sb);
                    return error_at(lx, lx->pos - 2, "invalid \\x escape: expected two hex digits");
                }
                char hex[3] = {h1, h2, 0};
                sb_putc(&sb, (char)strtol(hex, NULL, 16));
                lx->pos += 2;
                break;
            }
            case '\0':
                if (at_end(lx)) {
                    lx->pos = lx->len;
                    continue;
                }
                sb_putc(&sb, '\0');
                break;
            case '\n':
            case '\r':
                lx->pos--;
                sb_putc(&sb, '\\');
                break;
            default:
                sb_putc(&sb, e);
                break;
            }
        } else if (is_newline(c)) {
            if (c == '\r' && peek(lx, 1) == '\n')
                lx->pos++;
            lx->pos++;
            sb_putc(&sb, '\n');
            lx->line++;
            lx->col_base = (int)lx->pos;
        } else {
            sb_putc(&sb, c);
            lx->pos++;
        }
    }
    if (at_end(lx)) {
        sb_free(&sb);
        Token t = error_at(lx, start, "unterminated string literal");
        t.line = start_line; // reported at the opening quote
        t.col = (int)(start - (size_t)start_base) + 1;
        lx->incomplete = true;
        return t;
    }
    lx->pos++;
    Token t = make(lx, TOK_STRING, start);
    t.line = start_line;
    t.col = (int)(start - (size_t)start_base) + 1;
    if (!sb.data)
        sb_reserve(&sb, 0);
    t.str = sb.data;
    t.str_len = sb.len;
    return t;
}

static Token scan_number(Lexer *lx, size_t start)
{
    const char *s = lx->src;
    if (peek(lx, 0) == '0' && (peek(lx, 1) == 'x' || peek(lx, 1) == 'X')) {
        lx->pos += 2;
        uint64_t v = 0;
        int digits = 0;
        while (isxdigit((unsigned char)peek(lx, 0))) {
            char c = peek(lx, 0);
            v = v * 16 + (uint64_t)(isdigit((unsigned char)c) ? c - '0' : (tolower(c) - 'a' + 10));
            if (v != 0 || digits > 0)
                digits++;
            lx->pos++;
        }
        if (lx->pos == start + 2)
            return error_at(lx, start, "expected hex digits after 0x");
        if (digits > 16)
            return error_at(lx, start, "integer literal too large");
        if (isalnum((unsigned char)peek(lx, 0)) || peek(lx, 0) == '_')
            return error_at(lx, start, "invalid character in number literal");
        Token t = make(lx, TOK_INT, start);
        t.ival = (int64_t)v;
        return t;
    }
    bool is_float = false;
    while (isdigit((unsigned char)peek(lx, 0)))
        lx->pos++;
    if (peek(lx, 0) == '.' && peek(lx, 1) != '.' &&
        (isdigit((unsigned char)peek(lx, 1)) ||
         !(isalpha((unsigned char)peek(lx, 1)) || peek(lx, 1) == '_'))) {
        is_float = true;
        lx->pos++;
        while (isdigit((unsigned char)peek(lx, 0)))
            lx->pos++;
    }
    if ((peek(lx, 0) == 'e' || peek(lx, 0) == 'E') &&
        (isdigit((unsigned char)peek(lx, 1)) ||
         ((peek(lx, 1) == '+' || peek(lx, 1) == '-') && isdigit((unsigned char)peek(lx, 2))))) {
        is_float = true;
        lx->pos += 2;
        while (isdigit((unsigned char)peek(lx, 0)))
            lx->pos++;
    }
    if (isalpha((unsigned char)peek(lx, 0)) || peek(lx, 0) == '_')
        return error_at(lx, start, "invalid character in number literal");
    Token t = make(lx, is_float ? TOK_FLOAT : TOK_INT, start);
    if (is_float) {
        char buf[128];
        size_t n = lx->pos - start;
        if (n >= sizeof buf)
            n = sizeof buf - 1;
        memcpy(buf, s + start, n);
        buf[n] = 0;
        t.fval = strtod(buf, NULL);
    } else {
        // D3a: modulo 2^64 like Int arithmetic (9223372036854775808 is
        // INT64_MIN, 18446744073709551615 is -1); the parser warns above 2^64-1
        uint64_t v = 0;
        for (size_t i = start; i < lx->pos; i++) {
            uint64_t d = (uint64_t)(s[i] - '0');
            if (v > (UINT64_MAX - d) / 10)
                t.wrapped = true;
            v = v * 10 + d;
        }
        t.ival = (int64_t)v;
    }
    return t;
}

static bool last_is_operand(TokenType t)
{
    return t == TOK_IDENT || t == TOK_INT || t == TOK_FLOAT || t == TOK_STRING ||
           t == TOK_RPAREN || t == TOK_RBRACKET || t == TOK_RBRACE || t == TOK_TRUE ||
           t == TOK_FALSE || t == TOK_NIL;
}

static Token scan_token(Lexer *lx)
{
    Token err;
    for (;;) {
        if (skip_space(lx, &err))
            return err;
        LexCtx *c = top(lx);
        size_t start = lx->pos;
        if (at_end(lx)) {
            if (c->nbrackets > 0) {
                lx->incomplete = true;
                return error_at(lx, start, "unexpected end of file: unclosed bracket");
            }
            if (lx->last != TOK_NEWLINE && lx->last != TOK_INDENT && lx->last != TOK_DEDENT)
                queue_simple(lx, TOK_NEWLINE);
            while (lx->nctx > 0) {
                LexCtx *k = top(lx);
                for (int i = 1; i < k->nindent; i++)
                    queue_simple(lx, TOK_DEDENT);
                bool was_fn = k->is_fn;
                if (lx->nctx == 1)
                    break;
                pop_ctx(lx);
                if (was_fn) {
                    if (top(lx)->nbrackets > 0) {
                        lx->incomplete = true;
                        queue(lx, error_at(lx, start, "unexpected end of file: unclosed bracket"));
                        break;
                    }
                    queue_simple(lx, TOK_NEWLINE);
                }
            }
            queue_simple(lx, TOK_EOF);
            lx->eof_done = true;
            Token t = lx->pending[lx->pending_head++];
            return t;
        }
        char ch = peek(lx, 0);
        if (is_newline(ch)) {
            consume_newline(lx);
            if (c->nbrackets > 0 || continues_line(lx->last)) {
                // continuation: track the physical line's indentation for fn headers
                int ind = 0;
                while (peek(lx, (size_t)ind) == ' ')
                    ind++;
                lx->line_indent = ind;
                continue;
            }
            lx->at_line_start = true;
            return make(lx, TOK_NEWLINE, start);
        }
        if (isalpha((unsigned char)ch) || ch == '_') {
            while (isalnum((unsigned char)peek(lx, 0)) || peek(lx, 0) == '_')
                lx->pos++;
            Token t = make(lx, TOK_IDENT, start);
            for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
                if ((int)strlen(keywords[i].word) == t.len &&
                    memcmp(keywords[i].word, t.start, (size_t)t.len) == 0) {
                    t.type = keywords[i].type;
                    break;
                }
            }
            if (t.type == TOK_FN) {
                size_t save = lx->pos;
                while (peek(lx, 0) == ' ' || peek(lx, 0) == '\t')
                    lx->pos++;
                lx->fn_next_paren = peek(lx, 0) == '(';
                lx->pos = save;
            }
            return t;
        }
        if (isdigit((unsigned char)ch) ||
            (ch == '.' && isdigit((unsigned char)peek(lx, 1)) && !last_is_operand(lx->last)))
            return scan_number(lx, start);
        if (ch == '"' || ch == '\'')
            return scan_string(lx, start);
        lx->pos++;
        char n = peek(lx, 0);
#define TWO(second, t2, t1)                                                                        \
    if (n == second) {                                                                             \
        lx->pos++;                                                                                 \
        return make(lx, t2, start);                                                                \
    }                                                                                              \
    return make(lx, t1, start)
        switch (ch) {
        case '(':
            push_bracket(c, lx->fn_next_paren ? 'f' : '(');
            lx->fn_next_paren = false;
            return make(lx, TOK_LPAREN, start);
        case '[':
            push_bracket(c, '[');
            return make(lx, TOK_LBRACKET, start);
        case '{':
            push_bracket(c, '{');
            return make(lx, TOK_LBRACE, start);
        case ')':
        case ']':
        case '}': {
            char want = ch == ')' ? '(' : ch == ']' ? '[' : '{';
            if (c->nbrackets == 0)
                return error_at(lx, start, ch == ')' ? "unmatched ')'" : ch == ']' ? "unmatched ']'" : "unmatched '}'");
            char open = c->brackets[c->nbrackets - 1];
            if (open != want && !(open == 'f' && want == '('))
                return error_at(lx, start, "mismatched closing bracket");
            c->nbrackets--;
            if (open == 'f')
                lx->fn_header_done = true;
            return make(lx, ch == ')' ? TOK_RPAREN : ch == ']' ? TOK_RBRACKET : TOK_RBRACE, start);
        }
        case ',': return make(lx, TOK_COMMA, start);
        case '.': return make(lx, TOK_DOT, start);
        case ':': return make(lx, TOK_COLON, start);
        case '?': return make(lx, TOK_QUESTION, start);
        case '+': TWO('=', TOK_PLUS_ASSIGN, TOK_PLUS);
        case '-': TWO('=', TOK_MINUS_ASSIGN, TOK_MINUS);
        case '*': TWO('=', TOK_STAR_ASSIGN, TOK_STAR);
        case '/': TWO('=', TOK_SLASH_ASSIGN, TOK_SLASH);
        case '%': TWO('=', TOK_PERCENT_ASSIGN, TOK_PERCENT);
        case '!': TWO('=', TOK_NE, TOK_BANG);
        case '=': TWO('=', TOK_EQ, TOK_ASSIGN);
        case '<': TWO('=', TOK_LE, TOK_LT);
        case '>': TWO('=', TOK_GE, TOK_GT);
        case '&':
            if (n == '&') {
                lx->pos++;
                return make(lx, TOK_AND, start);
            }
            return error_at(lx, start, "unexpected character '&' (use && or band())");
        case '|':
            if (n == '|') {
                lx->pos++;
                return make(lx, TOK_OR, start);
            }
            return error_at(lx, start, "unexpected character '|' (use || or bor())");
        case ';':
            return error_at(lx, start, "unexpected ';': one statement per line");
        default: {
            char msg[64];
            if (isprint((unsigned char)ch))
                snprintf(msg, sizeof msg, "unexpected character '%c'", ch);
            else
                snprintf(msg, sizeof msg, "unexpected byte 0x%02x", (unsigned char)ch);
            return error_at(lx, start, msg);
        }
        }
#undef TWO
    }
}

Token lex_next(Lexer *lx)
{
    Token t;
    for (;;) {
        if (lx->pending_head < lx->npending) {
            t = lx->pending[lx->pending_head++];
            break;
        }
        if (lx->eof_done) {
            t = make(lx, TOK_EOF, lx->pos);
            break;
        }
        if (lx->check_include) {
            // an include line is one token (after any indentation tokens)
            lx->check_include = false;
            if (!at_end(lx) && (peek(lx, 0) == '#' || peek(lx, 0) == 'i') && scan_include(lx, &t))
                break;
        }
        if (lx->fn_header_done) {
            lx->fn_header_done = false;
            Token err;
            if (skip_space(lx, &err)) {
                t = err;
                break;
            }
            if (at_end(lx) || is_newline(peek(lx, 0))) {
                size_t start = lx->pos;
                if (!at_end(lx))
                    consume_newline(lx);
                push_ctx(lx, true, lx->line_indent);
                lx->at_line_start = true;
                t = make(lx, TOK_NEWLINE, start);
                break;
            }
        }
        if (lx->at_line_start) {
            Token err;
            if (line_start(lx, &err)) {
                t = err;
                break;
            }
            lx->check_include = true;
            continue;
        }
        t = scan_token(lx);
        break;
    }
    if (t.type != TOK_ERROR)
        lx->last = t.type;
    return t;
}

const char *tok_name(TokenType t)
{
    switch (t) {
    case TOK_EOF: return "end of file";
    case TOK_ERROR: return "error";
    case TOK_NEWLINE: return "end of line";
    case TOK_INDENT: return "indented block";
    case TOK_DEDENT: return "end of block";
    case TOK_IDENT: return "name";
    case TOK_INT: return "integer";
    case TOK_FLOAT: return "float";
    case TOK_STRING: return "string";
    case TOK_INCLUDE: return "#include";
    case TOK_LPAREN: return "'('";
    case TOK_RPAREN: return "')'";
    case TOK_LBRACKET: return "'['";
    case TOK_RBRACKET: return "']'";
    case TOK_LBRACE: return "'{'";
    case TOK_RBRACE: return "'}'";
    case TOK_COMMA: return "','";
    case TOK_DOT: return "'.'";
    case TOK_COLON: return "':'";
    case TOK_QUESTION: return "'?'";
    case TOK_ASSIGN: return "'='";
    default: break;
    }
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (keywords[i].type == t)
            return keywords[i].word;
    return "operator";
}
