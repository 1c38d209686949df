// env: FUN_LIB_DIR={root}/lib
// Every module in one program: no clashes, shared files included once.
#include <strings.fun>
#include <arrays.fun>
#include <math.fun>
#include <hex.fun>
#include <encoding/base64.fun>
#include <crypt/md5.fun>
#include <crypt/sha1.fun>
#include <crypt/sha256.fun>
#include <crypt/sha384.fun>
#include <crypt/sha512.fun>
#include <crypt/crc32.fun>
#include <crypt/crc32c.fun>
#include <crypt/aes256.fun>
#include <utils/range.fun>
#include <utils/option.fun>
#include <utils/result.fun>
#include <utils/match.fun>
#include <utils/datetime.fun>
#include <utils/math.fun>
#include <cli.fun>
#include <io/console.fun>
#include <io/process.fun>
#include <io/socket.fun>
#include <io/thread.fun>
#include <net/cgi.fun>
#include <regex.fun>
#include <hello.fun>
print(str_trim(" a "), array_reverse([1, 2]), powi(2, 5), dec_to_hex(255), b64_encode("hi"))
print(MD5().md5_str("abc") == "900150983cd24fb0d6963f7d28e17f72", substr(SHA1().sha1_str("abc"), 0, 8), substr(SHA256().sha256_str("abc"), 0, 8))
print(substr(SHA384().sha384_str("abc"), 0, 8), substr(SHA512().sha512_str("abc"), 0, 8), CRC32().crc32_str("123456789"), CRC32C().crc32c_str("abc"))
print(range2(0, 3), unwrap_or(some(1), 0), unwrap_or(err("e"), 2), match(2, [{"is": 2, "then": "two"}]))
print(add(1, 2), times(2, 3), parse_args(["-v"]).flags, Regex().match("ab", "a."), CGI().url_encode("a b"))
print(abs(-1), clamp(9, 0, 5), range(2))
hello_lib()
// expect: a [2, 1] 32 ff aGk=
// expect: true a9993e36 ba7816bf
// expect: cb00753f ddaf35a1 cbf43926 364b3fb7
// expect: [0, 1, 2] 1 2 two
// expect: 3 6 {"v": 1} true a%20b
// expect: 1 5 [0, 1]
// expect: Hello from system lib!
