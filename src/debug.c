// SPDX-License-Identifier: MIT
// Line tables, --trace output and the disassembler.
#include "debug.h"

#include "opcodes.h"

uint32_t dbg_line_of(ObjProto *p, size_t pc, uint16_t *file)
{
    size_t lo = 0, hi = p->nlines;
    if (hi == 0) {
        *file = p->file;
        return p->line;
    }
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (p->lines[mid].pc <= pc)
            lo = mid;
        else
            hi = mid;
    }
    *file = p->lines[lo].file;
    return p->lines[lo].line;
}

const char *dbg_file_name(VM *vm, uint16_t f)
{
    return f < vm->nfiles ? vm->files[f].display : "?";
}

static const char *op_format(OpCode op)
{
    static const char *fmts[] = {
#define X(name, fmt, eff, doc) fmt,
        FUN_OPCODES(X)
#undef X
    };
    return fmts[op];
}

static void operand_text(uint32_t w, char *buf, size_t n)
{
    const char *fmt = op_format((OpCode)GET_OP(w));
    if (strcmp(fmt, "A") == 0)
        snprintf(buf, n, "%u", GET_A(w));
    else if (strcmp(fmt, "sA") == 0)
        snprintf(buf, n, "%d", GET_SA(w));
    else if (strcmp(fmt, "A B") == 0)
        snprintf(buf, n, "%u %u", GET_A16(w), GET_B8(w));
    else
        buf[0] = '\0';
}

static void short_value(VM *vm, StrBuf *sb, Value v)
{
    StrBuf tmp;
    sb_init(&tmp);
    if (IS_INSTANCE(v))
        sb_printf(&tmp, "<%s>", AS_INSTANCE(v)->klass->name->chars);
    else if (!val_display(vm, &tmp, v))
        vm->has_error = false;
    if (tmp.len > 40) {
        sb_append(sb, tmp.data, 37);
        sb_puts(sb, "...");
    } else if (tmp.len) {
        sb_append(sb, tmp.data, tmp.len);
    }
    sb_free(&tmp);
}

void dbg_trace(VM *vm, CallFrame *frame, const uint32_t *ip, Value *sp)
{
    ObjProto *p = frame->closure->proto;
    size_t pc = (size_t)(ip - p->code);
    uint16_t file;
    uint32_t line = dbg_line_of(p, pc, &file);
    char operand[48];
    operand_text(*ip, operand, sizeof operand);
    StrBuf sb;
    sb_init(&sb);
    sb_printf(&sb, "TRACE %s:%u %s ip=%zu %s%s%s | stack[%zu]=[", dbg_file_name(vm, file), line,
              p->name->chars, pc, op_names[GET_OP(*ip)], operand[0] ? " " : "", operand,
              (size_t)(sp - frame->base));
    Value *lo = sp - 4 > frame->base ? sp - 4 : frame->base;
    for (Value *v = lo; v < sp; v++) {
        if (v > lo)
            sb_puts(&sb, ", ");
        short_value(vm, &sb, *v);
    }
    sb_puts(&sb, "]\n");
    fwrite(sb.data, 1, sb.len, stdout);
    sb_free(&sb);
}

void dbg_disassemble(VM *vm, ObjProto *p, FILE *out)
{
    fprintf(out, "== %s (%d params, %d slots, %d upvalues) ==\n", p->name->chars, p->nparams,
            p->nslots, p->nupvalues);
    for (size_t pc = 0; pc < p->code_len; pc++) {
        uint32_t w = p->code[pc];
        uint16_t file;
        uint32_t line = dbg_line_of(p, pc, &file);
        char operand[48];
        operand_text(w, operand, sizeof operand);
        fprintf(out, "%5zu  %4u  %-16s %s\n", pc, line, op_names[GET_OP(w)], operand);
        if (GET_OP(w) == OP_LOOP_LT_LOCALS || GET_OP(w) == OP_FOR_NEXT || GET_OP(w) == OP_JLT_LL ||
            GET_OP(w) == OP_JLT_LK || GET_OP(w) == OP_INVOKE_W) {
            pc++;
            fprintf(out, "%5zu        (jump %d)\n", pc, (int32_t)p->code[pc]);
        }
    }
    for (size_t i = 0; i < p->nconsts; i++)
        if (IS_OBJ(p->consts[i]) && OBJ_TYPE(p->consts[i]) == OBJ_PROTO)
            dbg_disassemble(vm, AS_PROTO(p->consts[i]), out);
}
