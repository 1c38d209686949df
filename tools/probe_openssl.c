// SPDX-License-Identifier: MIT
// Build probe: compiles and links only when OpenSSL 3 (libssl + libcrypto) is usable.
#include <openssl/evp.h>
#include <openssl/ssl.h>

int main(void)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    EVP_MD *md = EVP_MD_fetch(NULL, "SHA256", NULL);
    EVP_MD_free(md);
    SSL_CTX_free(ctx);
    return ctx ? 0 : 1;
}
