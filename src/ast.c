// SPDX-License-Identifier: MIT
// AST arena and small helpers.
#include "ast.h"

typedef struct Block {
    struct Block *next;
    size_t used, cap;
    char data[];
} Block;

struct Arena {
    Block *head;
};

Arena *arena_new(void)
{
    Arena *a = fun_calloc(1, sizeof(Arena));
    return a;
}

void arena_free(Arena *a)
{
    if (!a)
        return;
    Block *b = a->head;
    while (b) {
        Block *n = b->next;
        free(b);
        b = n;
    }
    free(a);
}

void *arena_alloc(Arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    Block *b = a->head;
    if (!b || b->used + n > b->cap) {
        size_t cap = n > 64 * 1024 ? n : 64 * 1024;
        b = fun_malloc(sizeof(Block) + cap);
        b->used = 0;
        b->cap = cap;
        b->next = a->head;
        a->head = b;
    }
    void *p = b->data + b->used;
    b->used += n;
    memset(p, 0, n);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void nodes_push(Arena *a, NodeList *l, Node *n)
{
    if (l->count == l->cap) {
        int cap = l->cap ? l->cap * 2 : 4;
        Node **items = arena_alloc(a, sizeof(Node *) * (size_t)cap);
        if (l->count)
            memcpy(items, l->items, sizeof(Node *) * (size_t)l->count);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->count++] = n;
}

Node *node_new(Arena *a, NodeKind kind, int line, int col, uint16_t file)
{
    Node *n = arena_alloc(a, sizeof(Node));
    n->kind = kind;
    n->line = line;
    n->col = col;
    n->file = file;
    return n;
}

static const struct {
    const char *word;
    DeclType type;
} type_words[] = {
    {"number", DT_NUMBER}, {"int64", DT_NUMBER},   {"sint64", DT_NUMBER},
    {"int8", DT_INT8},     {"sint8", DT_INT8},     {"int16", DT_INT16},
    {"sint16", DT_INT16},  {"int32", DT_INT32},    {"sint32", DT_INT32},
    {"uint8", DT_UINT8},   {"byte", DT_UINT8},     {"uint16", DT_UINT16},
    {"uint32", DT_UINT32}, {"uint64", DT_UINT64},  {"boolean", DT_BOOLEAN},
    {"string", DT_STRING}, {"float", DT_FLOAT},    {"array", DT_ARRAY},
    {"nil", DT_NIL},       {"map", DT_MAP},
};

DeclType decl_type_from_word(const char *w, size_t n, bool class_header)
{
    for (size_t i = 0; i < sizeof type_words / sizeof type_words[0]; i++)
        if (strlen(type_words[i].word) == n && memcmp(type_words[i].word, w, n) == 0)
            return type_words[i].type;
    return class_header ? DT_OTHER : DT_NONE;
}

const char *decl_type_typeof(DeclType t)
{
    switch (t) {
    case DT_NUMBER: return "Sint64";
    case DT_INT8: return "Sint8";
    case DT_INT16: return "Sint16";
    case DT_INT32: return "Sint32";
    case DT_UINT8: return "Uint8";
    case DT_UINT16: return "Uint16";
    case DT_UINT32: return "Uint32";
    case DT_UINT64: return "Uint64";
    case DT_ARRAY: return "Array";
    default: return NULL;
    }
}
