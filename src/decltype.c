// SPDX-License-Identifier: MIT
// Declared types: type words and the names typeof() reports for typed slots.
#include "decltype.h"

static const struct {
    const char *word;
    DeclType type;
} type_words[] = {
    {"number", DT_NUMBER}, {"int64", DT_NUMBER},   {"sint64", DT_NUMBER},
    {"int8", DT_INT8},     {"sint8", DT_INT8},     {"int16", DT_INT16},
    {"sint16", DT_INT16},  {"int32", DT_INT32},    {"sint32", DT_INT32},
    {"uint8", DT_UINT8},   {"byte", DT_UINT8},     {"uint16", DT_UINT16},
    {"uint32", DT_UINT32}, {"uint64", DT_UINT64},  {"boolean", DT_BOOLEAN},
    {"string", DT_STRING}, {"float", DT_FLOAT},    {"array", DT_ARRAY},
    {"nil", DT_NIL},       {"map", DT_MAP},
};

DeclType decl_type_from_word(const char *w, size_t n, bool class_header)
{
    for (size_t i = 0; i < sizeof type_words / sizeof type_words[0]; i++)
        if (strlen(type_words[i].word) == n && memcmp(type_words[i].word, w, n) == 0)
            return type_words[i].type;
    return class_header ? DT_OTHER : DT_NONE;
}

const char *decl_type_typeof(DeclType t)
{
    switch (t) {
    case DT_NUMBER: return "Sint64";
    case DT_INT8: return "Sint8";
    case DT_INT16: return "Sint16";
    case DT_INT32: return "Sint32";
    case DT_UINT8: return "Uint8";
    case DT_UINT16: return "Uint16";
    case DT_UINT32: return "Uint32";
    case DT_UINT64: return "Uint64";
    case DT_ARRAY: return "Array";
    default: return NULL;
    }
}
