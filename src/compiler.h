// SPDX-License-Identifier: MIT
// Compiler: AST -> bytecode. Resolves locals to slots, captured locals to
// upvalues, globals to indices (rulings D16-D18), and emits line tables.
#ifndef FUN_COMPILER_H
#define FUN_COMPILER_H

#include "ast.h"
#include "session.h"
#include "vm.h"

typedef struct {
    bool repl; // keep the value of a final expression statement as the result
} CompileOptions;

// Compiles a parsed program into the top-level closure. On error returns NULL
// and stores a malloc'd message ("Parse error FILE:LINE:COL: ...") in *error.
ObjClosure *compile_program(VM *vm, NodeList *program, const char *main_name,
                            const CompileOptions *opts, char **error);

#endif
