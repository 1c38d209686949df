// SPDX-License-Identifier: MIT
// Deep copy of values from one VM's heap into another's (threads share nothing).
#ifndef FUN_COPY_H
#define FUN_COPY_H

#include "vm.h"

typedef struct CopyCtx CopyCtx;

// A copy session keeps the identity map so shared and cyclic structures are
// copied once. Handles and open OS resources are not copied (they become nil).
CopyCtx *copy_begin(VM *dst, VM *src);
Value copy_value(CopyCtx *cx, Value v);
void copy_end(CopyCtx *cx);

// Makes dst a clone of src's program state: source files, globals (deep
// copies, names re-interned) and compile-time global facts.
void copy_globals(CopyCtx *cx);

#endif
