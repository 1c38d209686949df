// Crypt and encoding modules work when included as namespaces.
// env: FUN_LIB_DIR={root}/lib
#include <crypt/sha256.fun> as sha
#include <encoding/base64.fun> as b64
h = sha.SHA256()
print(h.sha256_str("abc"))
print(b64.b64_encode("foobar"), b64.b64_decode("Zm9v"))
// expect: ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
// expect: Zm9vYmFy foo
