// SPDX-License-Identifier: MIT
// Precise mark-and-sweep collector.
#ifndef FUN_GC_H
#define FUN_GC_H

#include "vm.h"

void gc_collect(VM *vm);
void gc_mark_value(VM *vm, Value v);
void gc_mark_object(VM *vm, Obj *o);
void gc_mark_table(VM *vm, Table *t);
// Frees every object (VM teardown).
void gc_free_all(VM *vm);

#endif
