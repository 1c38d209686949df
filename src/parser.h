// SPDX-License-Identifier: MIT
// Parser: tokens -> AST, resolving #include (search path, include-once, namespaces).
#ifndef FUN_PARSER_H
#define FUN_PARSER_H

#include "ast.h"
#include "vm.h"

typedef enum { PARSE_OK, PARSE_ERROR, PARSE_INCOMPLETE } ParseStatus;

typedef struct {
    ParseStatus status;
    char *error;     // "Parse error FILE:LINE:COL: MESSAGE" (malloc'd) on error
    char *error_file; // file in which the error lies (malloc'd)
    NodeList program;
    bool ends_open; // parsed, but the input ended right after a block header
                    // (the REPL then asks for more lines)
} ParseResult;

// Parses source text (display path `path`) into `arena`. Include-once state is
// kept in the VM across calls (the REPL parses many chunks).
ParseResult parse_program(VM *vm, Arena *arena, const char *path, const char *src, size_t len);
// The same, numbering the text's lines from first_line (a piped REPL input
// that started on line first_line of the stream).
ParseResult parse_program_at(VM *vm, Arena *arena, const char *path, const char *src, size_t len,
                             int first_line);
void parse_result_free(ParseResult *r);

// Resolves an include path per rulings D24; returns a malloc'd path or NULL.
char *parse_resolve_include(VM *vm, const char *includer, const char *path, bool angle);

#endif
