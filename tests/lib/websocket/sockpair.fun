// A server-side connection over a socket pair (no network): messages,
// fragments, ping inside a fragmented message, the close handshake, and a
// protocol violation answered with a close frame.
#include <net/websocket.fun>
p = sock_pair()
peer = p[1]
ws = ws_server_from_fd(p[0], ws_encode_frame(1, "early", true, true), {"max_size": 100})
print(ws_recv(ws, 1000))                              // expect: {"type": text, "data": early}
sock_send(peer, ws_encode_frame(1, "frag", false, true) + ws_encode_frame(9, "p", true, true) + ws_encode_frame(0, "ment", true, true))
print(ws_recv(ws, 1000))                              // expect: {"type": text, "data": fragment}
fd_poll_read(peer, 1000)
print(ws_decode_frame(sock_recv(peer, 100), "client", nil))   // expect: {"fin": true, "opcode": 10, "payload": p, "size": 3}
ws_send_binary(ws, "\x00\x01")
fd_poll_read(peer, 1000)
print(ws_decode_frame(sock_recv(peer, 100), "client", nil).payload == "\x00\x01")   // expect: true
print(ws_recv(ws, 50))                                // expect: nil
sock_send(peer, ws_encode_frame(8, "\x03\xe8bye", true, true))
print(ws_recv(ws, 1000), ws.state)                    // expect: {"type": close, "code": 1000, "reason": bye} closed
fd_poll_read(peer, 1000)
r = ws_decode_frame(sock_recv(peer, 100), "client", nil)
print(r.opcode, ord(r.payload[0]) * 256 + ord(r.payload[1]))   // expect: 8 1000
print(sock_recv(peer, 100))                           // expect:
sock_close(peer)
// over the size limit: 1009, then an error
p = sock_pair()
ws = ws_server_from_fd(p[0], "", {"max_size": 10})
sock_send(p[1], ws_encode_frame(1, "0123456", false, true) + ws_encode_frame(0, "789ab", true, true))
try
  ws_recv(ws, 1000)
catch e
  print(e)                                            // expect: websocket: peer unix:: message over the limit of 10 bytes (closed with 1009)
fd_poll_read(p[1], 1000)
r = ws_decode_frame(sock_recv(p[1], 100), "client", nil)
print(r.opcode, ord(r.payload[0]) * 256 + ord(r.payload[1]), ws.state)   // expect: 8 1009 closed
sock_close(p[1])
// the peer vanishes without a close frame: 1006
p = sock_pair()
ws = ws_server_from_fd(p[0], "", nil)
sock_close(p[1])
print(ws_recv(ws, 1000))                              // expect: {"type": close, "code": 1006, "reason": }
