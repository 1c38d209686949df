// SPDX-License-Identifier: MIT
// Front-end state of one VM that outlives a single compilation: a script and
// its includes, every REPL input and every string an embedder runs compile
// against it. The VM only holds a pointer (vm->session) and frees it; the
// parser, the compiler and the REPL are the ones that read and write it.
#ifndef FUN_SESSION_H
#define FUN_SESSION_H

#include "vm.h"

// Per-global compile-time facts, parallel to vm->globals (rulings D17).
typedef struct {
    bool assigned; // assigned by top-level text compiled so far (D17)
    bool is_fun;   // declared by `fun` / `class` somewhere in the program
    uint8_t type;  // DeclType of a typed declaration, DT_NONE otherwise
    bool stored;   // some compiled code stores to it: if not, it can only be nil
} GlobalInfo;

// `#include <x> as name`: in namespace `scope`, `name.f` is global `prefix` + f.
typedef struct {
    char *scope;
    char *alias;
    char *prefix;
} NsAlias;

typedef struct Session {
    GlobalInfo *ginfo; // zeroed past what the compiler has touched
    size_t ginfo_cap;
    char **included; // include-once keys ("realpath\nnamespace")
    size_t nincluded;
    size_t included_cap;
    NsAlias *aliases;
    size_t naliases;
    size_t aliases_cap;
} Session;

// The VM's session, created on first use (a VM that never compiles, such as
// a thread's before it copies its globals, never has one).
Session *session_of(VM *vm);
// Frees a session and everything it owns; NULL is accepted.
void session_free(Session *s);
// The facts about global `index`, growing the table as needed.
GlobalInfo *session_global(VM *vm, size_t index);
// False when no code compiled so far stores to global g: reading it can only
// give nil, so a call of it is a call of an undefined name (vm.c's CALL error).
bool session_global_stored(const VM *vm, size_t g);

#endif
