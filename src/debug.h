// SPDX-License-Identifier: MIT
// Line lookup, instruction tracing (--trace) and the disassembler.
#ifndef FUN_DEBUG_H
#define FUN_DEBUG_H

#include "vm.h"

// Source line of instruction pc in p; stores the file index in *file.
uint32_t dbg_line_of(ObjProto *p, size_t pc, uint16_t *file);
const char *dbg_file_name(VM *vm, uint16_t file);
// Prints one trace line for the instruction at ip (before it runs), on stdout:
// TRACE FILE:LINE FUNC ip=N OPNAME OPERAND | stack[K]=[top values]
void dbg_trace(VM *vm, CallFrame *frame, const uint32_t *ip, Value *sp);
// Writes a listing of p (and nested functions) to out.
void dbg_disassemble(VM *vm, ObjProto *p, FILE *out);

#endif
