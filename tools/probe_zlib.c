// SPDX-License-Identifier: MIT
// Build probe: compiles and links only when zlib is usable.
#include <zlib.h>

int main(void)
{
    z_stream z = {0};
    int ok = deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    deflateEnd(&z);
    return !ok;
}
