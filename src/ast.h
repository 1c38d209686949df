// SPDX-License-Identifier: MIT
// Abstract syntax tree. Nodes live in an arena freed after compilation.
#ifndef FUN_AST_H
#define FUN_AST_H

#include "common.h"
#include "decltype.h"

typedef struct Arena Arena;
Arena *arena_new(void);
void arena_free(Arena *a);
void *arena_alloc(Arena *a, size_t n);
char *arena_strndup(Arena *a, const char *s, size_t n);

typedef struct Node Node;

typedef struct {
    Node **items;
    int count;
    int cap;
} NodeList;

void nodes_push(Arena *a, NodeList *l, Node *n);

typedef enum {
    // expressions
    N_INT, N_FLOAT, N_STRING, N_TRUE, N_FALSE, N_NIL,
    N_NAME,      // name
    N_ARRAY,     // list
    N_MAP,       // list of keys (N_STRING) and values (list2)
    N_UNARY,     // op, a
    N_BINARY,    // op, a, b
    N_AND, N_OR, // a, b
    N_TERNARY,   // a ? b : c
    N_CALL,      // a(list)
    N_INDEX,     // a[b]
    N_SLICE,     // a[b:c] (b, c may be NULL)
    N_FIELD,     // a.name
    N_FN,        // function literal: fn
    N_SUPER,     // super.name (only as a callee)
    // statements
    N_EXPR_STMT, // a
    N_ASSIGN,    // a (target) op= b
    N_DECL,      // dtype name [= a]
    N_IF,        // a cond, body, else_body (NULL or list)
    N_WHILE,     // a cond, body
    N_FOR_RANGE, // name, a start, b end, c step (NULL), body
    N_FOR_IN,    // name [, name2], a expr, body
    N_BREAK, N_CONTINUE,
    N_RETURN,    // a (NULL)
    N_EXIT,      // a (NULL)
    N_TRY,       // body, name (catch var, may be NULL), else_body = catch body (may be NULL), fin_body
    N_THROW,     // a
    N_GLOBAL,    // names in list (N_NAME), a optional value for a single name
    N_FUN,       // fn (named function declaration)
    N_CLASS,     // cls
    N_BLOCK,     // body (an included file's statements)
    N_PRINT,     // list, newline flag (print / echo statement without parentheses)
} NodeKind;

typedef struct FuncDecl {
    const char *name;
    const char **params;
    int nparams;
    NodeList body;
    bool is_method;
    uint16_t file;
    int line;
} FuncDecl;

typedef struct {
    const char *name;
    DeclType type;
} ParamDecl;

typedef struct ClassDecl {
    const char *name;
    Node *parent; // expression (N_NAME or N_FIELD) or NULL
    ParamDecl *params;
    int nparams;
    bool has_header;
    NodeList fields;  // N_ASSIGN nodes: a = N_NAME field, b = initializer
    NodeList methods; // N_FUN nodes
    uint16_t file;
    int line;
} ClassDecl;

struct Node {
    NodeKind kind;
    int line;
    int col;
    uint16_t file;
    int op; // TokenType of the operator
    int64_t ival;
    double fval;
    const char *str; // name / string bytes
    size_t str_len;
    const char *name2;
    Node *a, *b, *c;
    NodeList list, list2;
    NodeList body, else_body, fin_body;
    FuncDecl *fn;
    ClassDecl *cls;
    DeclType dtype;
    bool flag;           // print: newline; block: namespaced include
    const char *ns;      // N_BLOCK: namespace prefix of an included file ("" = global)
};

Node *node_new(Arena *a, NodeKind kind, int line, int col, uint16_t file);

#endif
