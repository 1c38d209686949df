// SPDX-License-Identifier: MIT
// The interactive loop: line input (libedit when built with it), block
// continuation decided by the parser, `:` commands, history file.
#ifndef FUN_REPL_H
#define FUN_REPL_H

#include "vm.h"

// Runs the read-eval-print loop on stdin with the given VM (its globals are
// kept, so a script's state can be inspected after --repl-on-error). Prompts
// and the banner are shown only when stdin is a terminal; values are always
// printed. Returns the process exit status: 0 at end of input or `:quit`,
// the code of an `exit` statement otherwise.
int repl_run(VM *vm);

#endif
