// SPDX-License-Identifier: MIT
// The one opcode list. Each instruction is a 32-bit word: the opcode in the low
// 8 bits, operands above it: A (24 bits, unsigned or signed sA), or A (16 bits)
// and B (8 bits). The enum, the name table, the disassembler and
// docs/opcodes.md are all generated from this list.
//
// X(NAME, operand format, stack effect, description)
#ifndef FUN_OPCODES_H
#define FUN_OPCODES_H

#define FUN_OPCODES(X)                                                                             \
    X(CONST, "A", "-> v", "push constant A")                                                       \
    X(INT, "sA", "-> i", "push the small Int sA")                                                  \
    X(NIL, "", "-> nil", "push nil")                                                               \
    X(TRUE, "", "-> true", "push true")                                                            \
    X(FALSE, "", "-> false", "push false")                                                         \
    X(POP, "", "v ->", "discard the top value")                                                    \
    X(DUP, "", "v -> v v", "duplicate the top value")                                              \
    X(DUP2, "", "a b -> a b a b", "duplicate the top two values")                                  \
    X(GET_LOCAL, "A", "-> v", "push local slot A")                                                 \
    X(SET_LOCAL, "A", "v ->", "pop into local slot A")                                             \
    X(GET_UPVAL, "A", "-> v", "push captured variable A")                                          \
    X(SET_UPVAL, "A", "v ->", "pop into captured variable A")                                      \
    X(GET_GLOBAL, "A", "-> v", "push global A")                                                    \
    X(SET_GLOBAL, "A", "v ->", "pop into global A")                                                \
    X(GET_BUILTIN, "A", "-> f", "push builtin function A as a value")                              \
    X(ADD, "", "a b -> a+b", "add numbers, concatenate strings or arrays")                         \
    X(ADD_INPLACE, "", "a b -> a+=b", "like ADD, but an Array on the left is extended in place")  \
    X(CONCAT, "A", "v1..vA -> v", "v1 + v2 + ... + vA: one allocation when all are strings")     \
    X(SUB, "", "a b -> a-b", "subtract")                                                           \
    X(MUL, "", "a b -> a*b", "multiply")                                                           \
    X(DIV, "", "a b -> a/b", "divide (Int division truncates)")                                    \
    X(MOD, "", "a b -> a%b", "remainder (sign of the dividend)")                                   \
    X(NEG, "", "a -> -a", "negate")                                                                \
    X(NOT, "", "a -> !a", "logical not (Boolean)")                                                 \
    X(EQ, "", "a b -> a==b", "equality (Boolean)")                                                 \
    X(NE, "", "a b -> a!=b", "inequality (Boolean)")                                               \
    X(LT, "", "a b -> a<b", "less than (numbers or strings)")                                      \
    X(LE, "", "a b -> a<=b", "less or equal")                                                      \
    X(GT, "", "a b -> a>b", "greater than")                                                        \
    X(GE, "", "a b -> a>=b", "greater or equal")                                                   \
    X(ADDI, "sA", "a -> a+sA", "add the small Int sA")                                             \
    X(SUBI, "sA", "a -> a-sA", "subtract the small Int sA")                                        \
    X(LTI, "sA", "a -> a<sA", "compare with the small Int sA")                                     \
    X(JUMP, "sA", "", "jump by sA words")                                                          \
    X(JUMP_IF_FALSE, "sA", "c ->", "pop; jump by sA if falsy")                                     \
    X(JUMP_IF_TRUE, "sA", "c ->", "pop; jump by sA if truthy")                                     \
    X(LOOP_LT_LOCALS, "A B", "->", "jump by the next word unless local A < local B (Ints)")        \
    X(JLT_LL, "A B", "->", "jump by the next word if local A < local B")                          \
    X(JLT_LK, "A B", "->", "jump by the next word if local A < constant B")                       \
    X(MULI, "sA", "a -> a*sA", "multiply by the small Int sA")                                     \
    X(MODI, "sA", "a -> a%sA", "remainder by the small positive Int sA")                           \
    X(DIVI, "sA", "a -> a/sA", "divide by the small positive Int sA")                             \
    X(INC_LOCAL, "A B", "->", "local A += B (B a small Int)")                                      \
    X(ADD_L, "A", "a -> a+local", "ADD with local A as the right operand")                         \
    X(SUB_L, "A", "a -> a-local", "SUB with local A as the right operand")                         \
    X(MUL_L, "A", "a -> a*local", "MUL with local A as the right operand")                         \
    X(DIV_L, "A", "a -> a/local", "DIV with local A as the right operand")                         \
    X(EQ_L, "A", "a -> a==local", "EQ with local A as the right operand")                          \
    X(NE_L, "A", "a -> a!=local", "NE with local A as the right operand")                          \
    X(LT_L, "A", "a -> a<local", "LT with local A as the right operand")                           \
    X(LE_L, "A", "a -> a<=local", "LE with local A as the right operand")                          \
    X(GT_L, "A", "a -> a>local", "GT with local A as the right operand")                           \
    X(GE_L, "A", "a -> a>=local", "GE with local A as the right operand")                          \
    X(INDEX_L, "A", "obj -> obj[local]", "INDEX with local A as the index")                        \
    X(ADD_LL, "A B", "-> local+local", "local A16 + local B8")                                     \
    X(SUB_LL, "A B", "-> local-local", "local A16 - local B8")                                     \
    X(MUL_LL, "A B", "-> local*local", "local A16 * local B8")                                     \
    X(INDEX_LL, "A B", "-> local[local]", "local A16 indexed by local B8")                           \
    X(ADD_LI, "A B", "-> local+sB", "local A16 plus the small Int sB (signed 8 bits)")             \
    X(SUB_LI, "A B", "-> local-sB", "local A16 minus the small Int sB")                             \
    X(LT_LI, "A B", "-> local<sB", "local A16 < the small Int sB")                                  \
    X(LE_LI, "A B", "-> local<=sB", "local A16 <= the small Int sB")                                \
    X(GT_LI, "A B", "-> local>sB", "local A16 > the small Int sB")                                  \
    X(GE_LI, "A B", "-> local>=sB", "local A16 >= the small Int sB")                                \
    X(EQ_K, "A", "a -> a==K", "EQ with constant A as the right operand")                          \
    X(NE_K, "A", "a -> a!=K", "NE with constant A as the right operand")                          \
    X(CALL, "A", "f args -> r", "call f with A arguments")                                         \
    X(CALL_BUILTIN, "A B", "args -> r", "call builtin A with B arguments")                         \
    X(INVOKE, "A B", "nil obj args -> r", "call method named by constant A with B arguments (next word: inline cache)")      \
    X(SUPER_INVOKE, "A B", "nil this args -> r", "call the parent class's method A")               \
    X(INVOKE_W, "A", "nil obj args -> r", "INVOKE with more than 255 arguments (count in the next word)") \
    X(RETURN, "", "v ->", "return v from the current function")                                    \
    X(RETURN_NIL, "", "->", "return nil")                                                          \
    X(RETURN_L, "A", "->", "return local A")                                                       \
    X(CLOSURE, "A", "-> f", "create a closure of function constant A")                             \
    X(CLASS, "A", "parent init m1..mN -> class", "create a class described by constant A (N methods)") \
    X(ARRAY, "A", "v1..vA -> arr", "build an array of A values")                                   \
    X(ARRAY_PUSH, "", "arr v -> arr", "append to the array below")                                 \
    X(MAP, "A", "k1 v1..kA vA -> map", "build a map of A pairs")                                   \
    X(MAP_SET, "", "map k v -> map", "store a pair in the map below")                              \
    X(INDEX, "", "obj i -> obj[i]", "index an array, string or map")                               \
    X(SET_INDEX, "", "obj i v ->", "store obj[i] = v")                                             \
    X(INDEX_K, "A", "obj -> obj[K]", "index with the constant string A (next word: inline cache)") \
    X(SET_INDEX_K, "A", "obj v ->", "store obj[K] = v, K the constant string A (next word: inline cache)") \
    X(SLICE, "", "obj lo hi -> obj[lo:hi]", "slice an array or string (nil = open end)")           \
    X(GET_FIELD, "A", "obj -> obj.A", "read field named by constant A (next word: inline cache)")  \
    X(GET_FIELD_L, "A B", "-> local.B", "read field constant B of local A (next word: inline cache)") \
    X(SET_FIELD, "A", "obj v ->", "store obj.A = v (next word: inline cache)")                     \
    X(SET_FIELD_L, "A B", "v ->", "store local.B = v, local A read after v was made (next word: inline cache)") \
    X(CHECK_TYPE, "A", "v -> v'", "check or convert v for declared type A")                        \
    X(ADD_SET, "A", "a b ->", "local A = a + b (ADD then SET_LOCAL A)")                            \
    X(SUB_SET, "A", "a b ->", "local A = a - b (SUB then SET_LOCAL A)")                            \
    X(MUL_SET, "A", "a b ->", "local A = a * b (MUL then SET_LOCAL A)")                            \
    X(DIV_SET, "A", "a b ->", "local A = a / b (DIV then SET_LOCAL A)")                            \
    X(TRY, "sA", "->", "install a handler; errors resume at +sA with the error pushed")            \
    X(END_TRY, "", "->", "remove the innermost handler")                                           \
    X(THROW, "", "v ->", "raise v as an error")                                                    \
    X(FOR_PREP, "A B", "coll ->", "start iterating coll in hidden slots A.. (B: 1 or 2 vars)")     \
    X(FOR_NEXT, "A B", "-> x [y]", "next element(s), or jump by the next word when done")          \
    X(RANGE_TEST, "", "i end step -> bool", "loop test of range() with a step")                    \
    X(EXIT, "", "code ->", "end the program with an exit code")                                    \
    X(CONSTRUCT_STEP, "", "", "constructor driver: call the next field initializer or _construct, or return the instance") \
    X(NOP, "", "", "do nothing")

typedef enum {
#define X(name, fmt, eff, doc) OP_##name,
    FUN_OPCODES(X)
#undef X
        OP__COUNT
} OpCode;

extern const char *const op_names[];

#define INS(op, a) ((uint32_t)(op) | ((uint32_t)(a) << 8))
#define INS_AB(op, a, b) ((uint32_t)(op) | ((uint32_t)(a) << 8) | ((uint32_t)(b) << 24))
#define GET_OP(w) ((w) & 0xffu)
#define GET_A(w) ((w) >> 8)
#define GET_SA(w) ((int32_t)(w) >> 8)
#define GET_A16(w) (((w) >> 8) & 0xffffu)
#define GET_B8(w) ((w) >> 24)
#define GET_SB8(w) ((int32_t)(w) >> 24)
#define SA_MAX ((1 << 23) - 1)
#define SA_MIN (-(1 << 23))

#endif
