// SPDX-License-Identifier: MIT
// Compiler: AST -> bytecode. Resolves locals to slots, captured locals to
// upvalues, globals to indices (rulings D16-D18), and emits line tables.
#ifndef FUN_COMPILER_H
#define FUN_COMPILER_H

#include "ast.h"
#include "vm.h"

// Per-global compile-time facts, kept in the VM across compilations (REPL).
typedef struct {
    bool assigned; // assigned by top-level text compiled so far (D17)
    bool is_fun;   // declared by `fun` / `class` somewhere in the program
    uint8_t type;  // DeclType of a typed declaration, DT_NONE otherwise
    bool stored;   // some compiled code stores to it: if not, it can only be nil
} GlobalInfo;

typedef struct {
    bool repl; // keep the value of a final expression statement as the result
} CompileOptions;

// False when no code compiled so far stores to global g: reading it can only
// give nil, so a call of it is a call of an undefined name.
bool compiler_global_stored(const VM *vm, size_t g);

// Compiles a parsed program into the top-level closure. On error returns NULL
// and stores a malloc'd message ("Parse error FILE:LINE:COL: ...") in *error.
ObjClosure *compile_program(VM *vm, NodeList *program, const char *main_name,
                            const CompileOptions *opts, char **error);

#endif
