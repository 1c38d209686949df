// SPDX-License-Identifier: MIT
// Lexer: bytes -> tokens, with NEWLINE / INDENT / DEDENT from a 2-space indent stack.
#ifndef FUN_LEXER_H
#define FUN_LEXER_H

#include "common.h"

typedef enum {
    TOK_EOF,
    TOK_ERROR,
    TOK_NEWLINE,
    TOK_INDENT,
    TOK_DEDENT,
    TOK_IDENT,
    TOK_INT,
    TOK_FLOAT,
    TOK_STRING,
    TOK_INCLUDE, // whole #include line: str = path, angle, alias
    // punctuation
    TOK_LPAREN, TOK_RPAREN, TOK_LBRACKET, TOK_RBRACKET, TOK_LBRACE, TOK_RBRACE,
    TOK_COMMA, TOK_DOT, TOK_COLON, TOK_QUESTION,
    TOK_PLUS, TOK_MINUS, TOK_STAR, TOK_SLASH, TOK_PERCENT, TOK_BANG,
    TOK_ASSIGN, TOK_EQ, TOK_NE, TOK_LT, TOK_LE, TOK_GT, TOK_GE, TOK_AND, TOK_OR,
    TOK_PLUS_ASSIGN, TOK_MINUS_ASSIGN, TOK_STAR_ASSIGN, TOK_SLASH_ASSIGN, TOK_PERCENT_ASSIGN,
    // keywords
    TOK_IF, TOK_ELSE, TOK_WHILE, TOK_FOR, TOK_IN, TOK_FUN, TOK_FN, TOK_CLASS, TOK_EXTENDS,
    TOK_RETURN, TOK_EXIT, TOK_BREAK, TOK_CONTINUE, TOK_TRY, TOK_CATCH, TOK_FINALLY,
    TOK_THROW, TOK_GLOBAL, TOK_TRUE, TOK_FALSE, TOK_NIL, TOK_SUPER,
} TokenType;

typedef struct {
    TokenType type;
    const char *start; // lexeme in the source
    int len;
    int line;
    int col;
    int64_t ival;
    double fval;
    char *str; // decoded string literal / include path / error message (malloc'd)
    size_t str_len;
    char *alias; // include alias (malloc'd) or NULL
    bool angle;  // include with <...>
    bool wrapped; // decimal literal above 2^64-1, reduced modulo 2^64 (D3a)
} Token;

typedef struct {
    int *indents;
    int nindent;
    int indent_cap;
    char *brackets; // open bracket kinds; 'f' marks a fn(...) parameter list
    int nbrackets;
    int bracket_cap;
    bool is_fn;
    int header_indent;
} LexCtx;

typedef struct {
    const char *src;
    size_t len;
    size_t pos;
    int line;
    int col_base; // pos of the current line start
    LexCtx *ctx;
    int nctx;
    int ctx_cap;
    Token *pending; // queued tokens (DEDENTs...)
    int npending;
    int pending_cap;
    int pending_head;
    bool at_line_start;
    TokenType last; // last token returned
    bool fn_next_paren;  // the next '(' opens a fn parameter list
    bool fn_header_done; // a fn parameter list just closed
    int line_indent;     // indentation of the current physical line
    bool eof_done;
    bool check_include; // a logical line just started: it may be an #include
    bool incomplete; // error caused by end of input (REPL continuation)
} Lexer;

void lex_init(Lexer *lx, const char *src, size_t len);
void lex_free(Lexer *lx);
Token lex_next(Lexer *lx);
void tok_free(Token *t);
const char *tok_name(TokenType t);

#endif
