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
