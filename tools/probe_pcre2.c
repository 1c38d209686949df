// SPDX-License-Identifier: MIT
// Build probe: compiles and links only when libpcre2-8 is usable.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

int main(void)
{
    int err;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR) "a", 1, 0, &err, &off, NULL);
    pcre2_code_free(re);
    return re == NULL;
}
