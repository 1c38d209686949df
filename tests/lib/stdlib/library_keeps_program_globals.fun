// D17a: no function of the standard library writes a global of the program
// that includes it. The common short names are assigned first, every module
// of lib/ is included (test_every_module_listed.py checks this list against
// lib/), a function of each module is called, and the names are unchanged.
a = "A"
b = "B"
c = "C"
d = "D"
e = "E"
f = "F"
g = "G"
h = "H"
i = "I"
j = "J"
k = "K"
l = "L"
m = "M"
n = "N"
o = "O"
p = "P"
q = "Q"
r = "R"
s = "S"
t = "T"
u = "U"
v = "V"
w = "W"
x = "X"
y = "Y"
z = "Z"
fd = "fd"
buf = "buf"
out = "out"
res = "res"
tmp = "tmp"
data = "data"
key = "key"
val = "val"
line = "line"
msg = "msg"
idx = "idx"
cur = "cur"
bits = "bits"
word = "word"
parts = "parts"
#include <arrays.fun>
#include <async/scheduler.fun>
#include <cli.fun>
#include <crypt/aes256.fun>
#include <crypt/crc32.fun>
#include <crypt/crc32c.fun>
#include <crypt/crc32_reflected.fun>
#include <crypt/digest.fun>
#include <crypt/md5.fun>
#include <crypt/md5_legacy.fun>
#include <crypt/ripemd160.fun>
#include <crypt/sha1.fun>
#include <crypt/sha256.fun>
#include <crypt/sha384.fun>
#include <crypt/sha512.fun>
#include <encoding/base64.fun>
#include <hello.fun>
#include <hex.fun>
#include <io/console.fun>
#include <io/ini.fun>
#include <io/json.fun>
#include <io/process.fun>
#include <io/serial.fun>
#include <io/socket.fun>
#include <io/sqlite.fun>
#include <io/thread.fun>
#include <io/xml.fun>
#include <math.fun>
#include <net/cgi.fun>
#include <net/http_cgi_lib_server.fun>
#include <net/http_cgi_server.fun>
#include <net/http_client.fun>
#include <net/http_server.fun>
#include <net/http_server_core.fun>
#include <net/http_server_events.fun>
#include <net/http_server_tasks.fun>
#include <net/http_server_threads.fun>
#include <net/irc.fun>
#include <net/redis.fun>
#include <net/websocket.fun>
#include <regex.fun>
#include <regex/pcre2.fun>
#include <strings.fun>
#include <test/include_divzero.fun>
#include <utils/datetime.fun>
#include <utils/match.fun>
#include <utils/math.fun>
#include <utils/option.fun>
#include <utils/range.fun>
#include <utils/result.fun>
#include <utils/tagged.fun>
fun twice(n)
  return n * 2
results = []
push(results, array_unique([1, 1, 2]))
push(results, async_sleep_mark({}, 0))
push(results, parse_args(["-v", "x"]).positionals)
push(results, AES256().encrypt_block_hex("00112233445566778899aabbccddeeff", "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"))
push(results, CRC32().crc32_str("123456789"), CRC32C().crc32c_str("abc"))
push(results, CRC32Reflected().hex8(255), ByteDigest()._to_hex([1, 255]))
push(results, MD5().md5_str("abc"), md5_legacy_str("a"), RIPEMD160().ripemd160_str("abc"))
push(results, SHA1().sha1_str("abc"), SHA256().sha256_str("abc"), SHA384().sha384_str("abc"), SHA512().sha512_str("abc"))
push(results, b64_decode(b64_encode("hi")))
hello_lib()
push(results, hex_to_bytes("ff00"), dec_to_hex(255))
push(results, Console().progress_line(1, 2, "x", 20))
push(results, Process().check_call(["true"]))
push(results, Serial("/nonexistent/tty", 9600).open())
push(results, TcpClient().is_connected())
th = Thread()
push(results, th.join(th.spawn(twice, [21])))
push(results, powi(2, 10), array_max([3, 9, 4]))
push(results, CGI().escape_html("<a&b>"), CGI().url_decode("a%20b"))
push(results, HTTPCGILibServer(0).port, http_reason(404), HTTPServer(0).htdocs)
push(results, http_parse_url("http://h:81/p?q").port, curl_get("nope://x"))
push(results, ws_accept_key("dGhlIHNhbXBsZSBub25jZQ=="), ws_decode_frame("\x81\x02hi", "client", nil).payload)
push(results, IRCClient("127.0.0.1", 1, 0).parse_message(":n PRIVMSG #c :hi").trailing)
push(results, Regex().test("abc", "b"))
push(results, str_trim("  s  "), str_split("a,b", ","), str_replace_all("aXb", "X", "-"))
try
  boom()
catch err_text
  push(results, err_text)
push(results, DateTime().format(0, "%Y"))
push(results, match(3, [{"is": 3, "then": "three"}]))
push(results, add(2, 3), times(2, 3))
push(results, option_unwrap_or(some(1), 2), result_unwrap(ok(7)), unwrap_or(none(), "d"))
push(results, range2(1, 4), range3(0, 10, 5))
// sqlite and pcre2 are optional builds: only methods that need no builtin
push(results, INI().is_open(), JSON().stringify({"k": [1]}, nil), SQLite().is_open(), PCRE2().i())
for item in results
  print(item)
print(a, b, c, d, e, f, g, h, i, j, k, l, m)
print(n, o, p, q, r, s, t, u, v, w, x, y, z)
print(fd, buf, out, res, tmp, data, key, val, line, msg, idx, cur, bits, word, parts)
// expect: Hello from system lib!
// expect: [1, 2]
// expect: 1
// expect: [x]
// expect: 8ea2b7ca516745bfeafc49904b496089
// expect: cbf43926
// expect: 364b3fb7
// expect: 000000ff
// expect: 01ff
// expect: 900150983cd24fb0d6963f7d28e17f72
// expect: 0cc175b9c0f1b6a831c399e269772661
// expect: 8eb208f7e05d987a9b044a8e98c6b087f15a0bfc
// expect: a9993e364706816aba3e25717850c26c9cd0d89d
// expect: ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
// expect: cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7
// expect: ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f
// expect: hi
// expect: [255, 0]
// expect: ff
// expect: x [=====      ] 50%
// expect: 1
// expect: 0
// expect: false
// expect: 42
// expect: 1024
// expect: 9
// expect: &lt;a&amp;b&gt;
// expect: a b
// expect: 0
// expect: Not Found
// expect: ./
// expect: 81
// expect:
// expect: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=
// expect: hi
// expect: hi
// expect: true
// expect: s
// expect: [a, b]
// expect: a-b
// expect: Runtime error: division by zero
// expect: 1970
// expect: three
// expect: 5
// expect: 6
// expect: 1
// expect: 7
// expect: d
// expect: [1, 2, 3]
// expect: [0, 5]
// expect: false
// expect: {"k":[1]}
// expect: false
// expect: 1
// expect: A B C D E F G H I J K L M
// expect: N O P Q R S T U V W X Y Z
// expect: fd buf out res tmp data key val line msg idx cur bits word parts
