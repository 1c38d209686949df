// SPDX-License-Identifier: MIT
// Front-end state kept across compilations (session.h).
#include "session.h"

Session *session_of(VM *vm)
{
    if (!vm->session)
        vm->session = fun_calloc(1, sizeof(Session));
    return vm->session;
}

void session_free(Session *s)
{
    if (!s)
        return;
    free(s->ginfo);
    for (size_t i = 0; i < s->nincluded; i++)
        free(s->included[i]);
    free(s->included);
    for (size_t i = 0; i < s->naliases; i++) {
        free(s->aliases[i].scope);
        free(s->aliases[i].alias);
        free(s->aliases[i].prefix);
    }
    free(s->aliases);
    free(s);
}

GlobalInfo *session_global(VM *vm, size_t index)
{
    Session *s = session_of(vm);
    if (index >= s->ginfo_cap) {
        size_t cap = s->ginfo_cap ? s->ginfo_cap : 64;
        while (cap <= index)
            cap *= 2;
        s->ginfo = fun_realloc(s->ginfo, sizeof(GlobalInfo) * cap);
        memset(s->ginfo + s->ginfo_cap, 0, sizeof(GlobalInfo) * (cap - s->ginfo_cap));
        s->ginfo_cap = cap;
    }
    return s->ginfo + index;
}

bool session_global_stored(const VM *vm, size_t g)
{
    const Session *s = vm->session;
    return s && g < s->ginfo_cap && s->ginfo[g].stored;
}
