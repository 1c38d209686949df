// SPDX-License-Identifier: MIT
// Which optional extensions (docs/extensions.md) this interpreter was built with:
// `fun --version` prints the list. The Makefile probes each library and
// defines FUN_HAVE_<NAME> when it links; JSON and INI are in-tree (always).
#include "lib.h"

const char *lib_extensions_built(void)
{
    return "json ini"
#ifdef FUN_HAVE_SQLITE
           " sqlite"
#endif
#ifdef FUN_HAVE_PCRE2
           " pcre2"
#endif
#ifdef FUN_HAVE_LIBXML2
           " xml"
#endif
#ifdef FUN_HAVE_ZLIB
           " zlib"
#endif
#ifdef FUN_HAVE_OPENSSL
           " openssl"
#endif
           " redis" // src/lib/redis.c speaks RESP itself: always built
        ;
}
