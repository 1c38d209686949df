// The frame codec of lib/net/websocket.fun (RFC 6455 5.2), without sockets.
#include <net/websocket.fun>
// the RFC's own handshake example (4.2.2)
print(ws_accept_key("dGhlIHNhbXBsZSBub25jZQ=="))      // expect: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=
fun head_bytes(f, n)
  out = []
  for i in range(n)
    push(out, ord(f[i]))
  return out
print(head_bytes(ws_encode_frame(1, "Hello", true, false), 2))        // expect: [129, 5]
print(head_bytes(ws_encode_frame(2, repeat("x", 126), true, false), 4)) // expect: [130, 126, 0, 126]
print(head_bytes(ws_encode_frame(2, repeat("x", 65535), false, false), 4)) // expect: [2, 126, 255, 255]
print(head_bytes(ws_encode_frame(0, repeat("x", 65536), true, false), 10)) // expect: [128, 127, 0, 0, 0, 0, 0, 1, 0, 0]
print(head_bytes(ws_encode_frame(9, "", true, true), 2), len(ws_encode_frame(9, "", true, true)))  // expect: [137, 128] 6
// masked frames carry a fresh key, and the payload is not sent in clear
a = ws_encode_frame(1, "secret text", true, true)
b = ws_encode_frame(1, "secret text", true, true)
print(a != b, find(a, "secret") < 0)                  // expect: true true
print(ws_decode_frame(a, "server", nil))              // expect: {"fin": true, "opcode": 1, "payload": secret text, "size": 17}
// the RFC's examples (5.7): unmasked and masked "Hello"
print(ws_decode_frame("\x81\x05Hello", "client", nil).payload)   // expect: Hello
print(ws_decode_frame("\x81\x85\x37\xfa\x21\x3d\x7f\x9f\x4d\x51\x58", "server", nil).payload)  // expect: Hello
print(ws_decode_frame("\x01\x03Hel", "client", nil).fin)          // expect: false
// incomplete input: nil until the whole frame is there
f = ws_encode_frame(2, repeat("z", 70000), true, true)
ok = true
for cut in [0, 1, 2, 9, 10, 13, 14, 70013]
  if ws_decode_frame(f[0:cut], "server", nil) != nil
    ok = false
print(ok, ws_decode_frame(f + "tail", "server", nil).size)  // expect: true 70014
fun err_of(buf, role, max)
  try
    ws_decode_frame(buf, role, max)
    return "no error"
  catch e
    return e
print(err_of("\x81\x05Hello", "server", nil))         // expect: websocket: protocol error 1002: unmasked frame from a client
print(err_of(a, "client", nil))                       // expect: websocket: protocol error 1002: masked frame from a server
print(err_of("\xc1\x00", "client", nil))              // expect: websocket: protocol error 1002: reserved bits set
print(err_of("\x83\x00", "client", nil))              // expect: websocket: protocol error 1002: unknown opcode 3
print(err_of("\x89\x7e\x00\x7e", "client", nil))      // expect: websocket: protocol error 1002: control frame longer than 125 bytes
print(err_of("\x09\x00", "client", nil))              // expect: websocket: protocol error 1002: fragmented control frame
print(err_of("\x82\x7f\x80\x00\x00\x00\x00\x00\x00\x00", "client", nil))  // expect: websocket: protocol error 1002: frame length over 2^63
print(err_of(ws_encode_frame(1, "12345", true, false), "client", 4))     // expect: websocket: protocol error 1009: frame of 5 bytes over the limit of 4
print(err_of(ws_encode_frame(1, "1234", true, false), "client", 4))      // expect: no error
// the byte helpers
print(ws_mask(ws_mask("any bytes \x00\xff", "\x01\x02\x03\x04"), "\x01\x02\x03\x04") == "any bytes \x00\xff")  // expect: true
print(len(ws_random_bytes(16)), ws_random_bytes(16) != ws_random_bytes(16))  // expect: 16 true
print(ws_utf8_valid("h\xc3\xa9 \xe2\x82\xac \xf0\x9d\x84\x9e"), ws_utf8_valid("\xc3"), ws_utf8_valid("\xed\xa0\x80"), ws_utf8_valid("\xc0\xaf"))  // expect: true false false false
try
  ws_mask("x", "key")
catch e
  print(e)                                            // expect: Runtime error: ws_mask: the key must be 4 bytes, got 3
try
  ws_random_bytes(5000)
catch e
  print(e)                                            // expect: Runtime error: ws_random_bytes: count must be 0..1024, got 5000
