// SPDX-License-Identifier: MIT
// Declared types: the one front-end type the runtime shares. The parser reads
// them from type words, the compiler stores them in protos (ObjProto params),
// and the VM checks arguments and typed slots against them.
#ifndef FUN_DECLTYPE_H
#define FUN_DECLTYPE_H

#include "common.h"

// Declared types of typed declarations and class header parameters.
typedef enum {
    DT_NONE,
    DT_NUMBER, // number, int64, sint64
    DT_INT8, DT_INT16, DT_INT32,
    DT_UINT8, DT_UINT16, DT_UINT32, DT_UINT64,
    DT_BOOLEAN,
    DT_STRING,
    DT_FLOAT,
    DT_ARRAY,
    DT_NIL,
    DT_OTHER, // any other word in a class header: unchecked
    DT_MAP,   // `map m`: checked by the compiler's hidden builtin (after the VM's types)
} DeclType;

// The DeclType a type word names; DT_NONE for an unknown word, or DT_OTHER in
// a class header (where any word may stand as an unchecked type).
DeclType decl_type_from_word(const char *w, size_t n, bool class_header);
// The word a checked integer or Array declaration reports through typeof() on
// its slot ("Uint8", "Sint64", "Array"...), NULL for the others.
const char *decl_type_typeof(DeclType t);

#endif
