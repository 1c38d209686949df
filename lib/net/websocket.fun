// SPDX-License-Identifier: MIT
// net/websocket.fun: WebSocket (RFC 6455) client and server (docs/websocket.md).
//   ws = ws_connect(url, options)       ws:// or wss:// -> an open connection
//   ws_send(ws, text)  ws_send_binary(ws, data)  ws_ping(ws, data)
//   ws_recv(ws, ms) -> {"type": "text"|"binary", "data"} or, once the peer
//                      closed, {"type": "close", "code", "reason"}; nil on timeout
//   ws_close(ws, code, reason)          the closing handshake, then the socket
// Server side:
//   ws_route(session, options)   a handler for the HTTP server library: it
//       answers the upgrade and calls session(ws, req) in the connection's task
//   ws_server_handshake(fd, req, rest, options)  on a raw accepted socket: req is
//       the request Map (lower-case headers) or the raw request head String;
//       sends the 101 (or a 400/426 and raises), returns the connection
//   ws_server_from_fd(fd, rest, options)  a connection whose 101 has gone out
// Frames: ws_encode_frame(opcode, payload, fin, masked), ws_decode_frame(buf,
// role, max_size) -> nil (incomplete) or {"fin", "opcode", "payload", "size"}.
// Options: max_size (message bytes, default 16 MiB), fragment_size (split
// outgoing messages, default 0 = never), timeout_ms (connect / handshake /
// each send, default 10000), protocols (Array of subprotocols), headers (Map,
// client), and the tls_client options for wss://.
// A protocol violation by the peer sends a close frame with the RFC's code
// (1002 protocol error, 1007 invalid UTF-8, 1009 too big), closes the socket
// and raises "websocket: ...". Every wait is await_read/await_write: a call
// parks only its task, and blocks at top level.
#include <crypt/sha1.fun>
#include <encoding/base64.fun>
#include <net/http_client.fun>

__ws_guid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

// Sec-WebSocket-Accept for a Sec-WebSocket-Key (RFC 6455 4.2.2).
fun ws_accept_key(key)
  return b64_encode(SHA1().sha1_raw(trim(to_string(key)) + __ws_guid))

// ---- frames

// _n as _bytes big-endian bytes (division: shr works on 32 bits)
fun __ws_be(_n, _bytes)
  _out = []
  while len(_out) < _bytes
    insert(_out, 0, chr(_n % 256))
    _n = _n / 256
  return join(_out, "")

// One frame. opcode: 0 continuation, 1 text, 2 binary, 8 close, 9 ping, 10 pong.
fun ws_encode_frame(opcode, payload, fin, masked)
  _n = len(payload)
  _b0 = bor(fin ? 128 : 0, opcode)
  _m = masked ? 128 : 0
  if _n < 126
    _head = chr(_b0) + chr(bor(_m, _n))
  else if _n < 65536
    _head = chr(_b0) + chr(bor(_m, 126)) + __ws_be(_n, 2)
  else
    _head = chr(_b0) + chr(bor(_m, 127)) + __ws_be(_n, 8)
  if !masked
    return _head + payload
  // clients mask every frame with a fresh unpredictable key (RFC 6455 5.3)
  _key = ws_random_bytes(4)
  return _head + _key + ws_mask(payload, _key)

// A protocol error; ws_recv turns it into a close frame with this code.
fun __ws_violation(_code, _why)
  throw "websocket: protocol error " + to_string(_code) + ": " + _why

// The first frame of buf: nil when incomplete, else {"fin", "opcode",
// "payload" (unmasked), "size" (bytes used)}. role "server" requires masked
// frames, "client" unmasked ones.
fun ws_decode_frame(buf, role, max_size)
  _have = len(buf)
  if _have < 2
    return nil
  _b0 = ord(buf[0])
  _b1 = ord(buf[1])
  _op = band(_b0, 15)
  if band(_b0, 112) != 0
    __ws_violation(1002, "reserved bits set")
  if _op > 2 && _op < 8 || _op > 10
    __ws_violation(1002, "unknown opcode " + to_string(_op))
  _fin = band(_b0, 128) != 0
  _masked = band(_b1, 128) != 0
  if role == "server" && !_masked
    __ws_violation(1002, "unmasked frame from a client")
  if role == "client" && _masked
    __ws_violation(1002, "masked frame from a server")
  _n = band(_b1, 127)
  _pos = 2
  if _n == 126
    if _have < 4
      return nil
    _n = ord(buf[2]) * 256 + ord(buf[3])
    _pos = 4
  else if _n == 127
    if _have < 10
      return nil
    if ord(buf[2]) >= 128
      __ws_violation(1002, "frame length over 2^63")
    _n = 0
    for _i in range(2, 10)
      _n = _n * 256 + ord(buf[_i])
    _pos = 10
  if _op >= 8
    if !_fin
      __ws_violation(1002, "fragmented control frame")
    if _n > 125
      __ws_violation(1002, "control frame longer than 125 bytes")
  if max_size != nil && max_size >= 0 && _n > max_size
    __ws_violation(1009, "frame of " + to_string(_n) + " bytes over the limit of " + to_string(max_size))
  _key = nil
  if _masked
    if _have < _pos + 4
      return nil
    _key = buf[_pos:_pos + 4]
    _pos += 4
  if _have < _pos + _n
    return nil
  _payload = buf[_pos:_pos + _n]
  if _masked
    _payload = ws_mask(_payload, _key)
  return {"fin": _fin, "opcode": _op, "payload": _payload, "size": _pos + _n}

// ---- connections

fun __ws_new(_c, _role, _rest, _opts, _url)
  return {"c": _c, "role": _role, "buf": _rest == nil ? "" : _rest, "url": _url,
    "max_size": __hc_opt(_opts, "max_size", 16777216),
    "fragment_size": __hc_opt(_opts, "fragment_size", 0),
    "timeout_ms": __hc_opt(_opts, "timeout_ms", 10000),
    "state": "open", "close_code": nil, "close_reason": nil, "protocol": nil,
    "frag_op": 0, "frag_parts": [], "frag_len": 0, "last_pong": nil}

fun __ws_ctx(_ws)
  return "websocket: " + _ws.url

fun __ws_drop(_ws)
  if _ws.c.fd >= 0
    __hc_close(_ws.c)
  _ws.state = "closed"

fun __ws_write(_ws, _bytes)
  __hc_send_all(_ws.c, _bytes, __hc_deadline(_ws.timeout_ms), __ws_ctx(_ws))

// Bytes from the peer: a String, "" at EOF, nil when the deadline passed.
fun __ws_read(_ws, _deadline)
  _c = _ws.c
  while true
    if _c.tls != nil
      _d = tls_recv(_c.tls, 65536)
    else
      _d = sock_recv(_c.fd, 65536)
    if _d != nil
      return _d
    _want = "r"
    if _c.tls != nil
      _want = tls_want(_c.tls)
      if _want != "r" && _want != "w"
        return ""
    else if sock_error(_c.fd) != 0
      return ""
    _r = _want == "w" ? await_write(_c.fd, __hc_left(_deadline)) : await_read(_c.fd, __hc_left(_deadline))
    if _r < 0
      return ""
    if _r == 0
      return nil

// Sends a close frame with code and reason (at most once).
fun __ws_send_close(_ws, _code, _reason)
  if _ws.state != "open"
    return nil
  _ws.state = "closing"
  _p = _code == nil ? "" : __ws_be(_code, 2) + to_string(_reason)[0:123]
  try
    __ws_write(_ws, ws_encode_frame(8, _p, true, _ws.role == "client"))
  catch _e
    _ws.state = "closing"

// The peer broke the protocol: close with its code, then raise.
fun __ws_fail(_ws, _code, _why)
  __ws_send_close(_ws, _code, _why)
  __ws_drop(_ws)
  _ws.close_code = _code
  _ws.close_reason = _why
  throw __ws_ctx(_ws) + ": " + _why + " (closed with " + to_string(_code) + ")"

fun __ws_valid_close_code(_c)
  if _c >= 3000 && _c <= 4999
    return true
  return _c >= 1000 && _c <= 1014 && _c != 1004 && _c != 1005 && _c != 1006

fun __ws_send_msg(_ws, _op, _data)
  if _ws.state != "open"
    throw __ws_ctx(_ws) + ": connection is closed"
  _data = to_string(_data)
  _mask = _ws.role == "client"
  _fs = _ws.fragment_size
  if _fs == nil || _fs <= 0 || len(_data) <= _fs
    __ws_write(_ws, ws_encode_frame(_op, _data, true, _mask))
    return len(_data)
  _n = len(_data)
  _i = 0
  _parts = []
  while _i < _n
    _end = min(_i + _fs, _n)
    push(_parts, ws_encode_frame(_i == 0 ? _op : 0, _data[_i:_end], _end == _n, _mask))
    _i = _end
  __ws_write(_ws, join(_parts, ""))
  return _n

fun ws_send(ws, text)
  return __ws_send_msg(ws, 1, text)

fun ws_send_binary(ws, data)
  return __ws_send_msg(ws, 2, data)

fun ws_ping(ws, data)
  if ws.state != "open"
    throw __ws_ctx(ws) + ": connection is closed"
  _d = data == nil ? "" : to_string(data)
  if len(_d) > 125
    throw __ws_ctx(ws) + ": ping payload longer than 125 bytes"
  __ws_write(ws, ws_encode_frame(9, _d, true, ws.role == "client"))
  return 1

fun __ws_closed_msg(_ws)
  return {"type": "close", "code": _ws.close_code, "reason": _ws.close_reason}

// Handles one control frame; returns a close message or nil.
fun __ws_control(_ws, _f)
  _op = _f.opcode
  if _op == 9
    if _ws.state == "open"
      __ws_write(_ws, ws_encode_frame(10, _f.payload, true, _ws.role == "client"))
    return nil
  if _op == 10
    _ws.last_pong = _f.payload
    return nil
  // close: answer it (once), then end the connection
  _p = _f.payload
  _code = 1005
  _reason = ""
  if len(_p) == 1
    __ws_fail(_ws, 1002, "close frame with a 1-byte payload")
  if len(_p) >= 2
    _code = ord(_p[0]) * 256 + ord(_p[1])
    _reason = _p[2:len(_p)]
    if !__ws_valid_close_code(_code)
      __ws_fail(_ws, 1002, "invalid close code " + to_string(_code))
    if !ws_utf8_valid(_reason)
      __ws_fail(_ws, 1007, "close reason is not UTF-8")
  if _ws.state == "open"
    __ws_send_close(_ws, _code == 1005 ? nil : _code, "")
  if _ws.close_code == nil
    _ws.close_code = _code
    _ws.close_reason = _reason
  __ws_drop(_ws)
  return __ws_closed_msg(_ws)

// The next message; nil when ms pass first (nil or negative: no limit).
fun ws_recv(ws, ms)
  if ws.state == "closed"
    return __ws_closed_msg(ws)
  _deadline = __hc_deadline(ms)
  while true
    try
      _f = ws_decode_frame(ws.buf, ws.role, ws.max_size)
    catch _v
      _pre = "websocket: protocol error "
      if typeof(_v) == "String" && starts_with(_v, _pre)
        __ws_fail(ws, to_number(_v[len(_pre):len(_pre) + 4]), _v[len(_pre) + 6:len(_v)])
      throw _v
    if _f == nil
      _d = __ws_read(ws, _deadline)
      if _d == nil
        return nil
      if _d == ""
        // the TCP connection ended without a closing handshake
        __ws_drop(ws)
        if ws.close_code == nil
          ws.close_code = 1006
          ws.close_reason = ""
        return __ws_closed_msg(ws)
      ws.buf = ws.buf + _d
      continue
    ws.buf = ws.buf[_f.size:len(ws.buf)]
    _op = _f.opcode
    if _op >= 8
      _m = __ws_control(ws, _f)
      if _m != nil
        return _m
      continue
    if _op == 0
      if ws.frag_op == 0
        __ws_fail(ws, 1002, "continuation frame without a message")
    else if ws.frag_op != 0
      __ws_fail(ws, 1002, "new message inside a fragmented one")
    else
      ws.frag_op = _op
    ws.frag_len += len(_f.payload)
    if ws.max_size != nil && ws.max_size >= 0 && ws.frag_len > ws.max_size
      __ws_fail(ws, 1009, "message over the limit of " + to_string(ws.max_size) + " bytes")
    push(ws.frag_parts, _f.payload)
    if !_f.fin
      continue
    _data = len(ws.frag_parts) == 1 ? ws.frag_parts[0] : join(ws.frag_parts, "")
    _type = ws.frag_op == 1 ? "text" : "binary"
    ws.frag_op = 0
    ws.frag_parts = []
    ws.frag_len = 0
    if _type == "text" && !ws_utf8_valid(_data)
      __ws_fail(ws, 1007, "text message is not UTF-8")
    return {"type": _type, "data": _data}

// The closing handshake: sends a close frame, waits up to ms (default 2000)
// for the peer's, then closes the socket. Returns the close code received.
fun ws_close(ws, code, reason, ms)
  if ws.state == "closed"
    return ws.close_code
  __ws_send_close(ws, code == nil ? 1000 : code, reason == nil ? "" : reason)
  _deadline = __hc_deadline(ms == nil ? 2000 : ms)
  while ws.state != "closed"
    try
      _m = ws_recv(ws, __hc_left(_deadline))
    catch _e
      break
    if _m == nil
      break
  __ws_drop(ws)
  return ws.close_code

// ---- client

fun ws_connect(url, options)
  _ctx = "websocket: " + to_string(url)
  _s = to_string(url)
  _i = find(_s, "://")
  _scheme = _i > 0 ? lower(_s[0:_i]) : ""
  if _scheme != "ws" && _scheme != "wss"
    __hc_fail(_ctx, "malformed URL")
  _u = http_parse_url((_scheme == "wss" ? "https" : "http") + _s[_i:len(_s)])
  if _u == nil
    __hc_fail(_ctx, "malformed URL")
  _deadline = __hc_deadline(__hc_opt(options, "timeout_ms", 10000))
  _c = __hc_connect(_u, options, _deadline, _ctx)
  try
    _key = b64_encode(ws_random_bytes(16))
    _req = ["GET " + _u.target + " HTTP/1.1\r\n", "Host: " + _u.hostport + "\r\n",
      "Upgrade: websocket\r\n", "Connection: Upgrade\r\n", "Sec-WebSocket-Key: " + _key + "\r\n",
      "Sec-WebSocket-Version: 13\r\n"]
    _protos = __hc_opt(options, "protocols", nil)
    if typeof(_protos) == "Array" && len(_protos) > 0
      push(_req, "Sec-WebSocket-Protocol: " + join(_protos, ", ") + "\r\n")
    _extra = __hc_opt(options, "headers", nil)
    if typeof(_extra) == "Map"
      for (_k, _v) in _extra
        _sv = to_string(_v)
        if !__hc_valid_token(_k) || find(_sv, "\r") >= 0 || find(_sv, "\n") >= 0
          __hc_fail(_ctx, "invalid header '" + _k + "'")
        push(_req, _k + ": " + _sv + "\r\n")
    push(_req, "\r\n")
    __hc_send_all(_c, join(_req, ""), _deadline, _ctx)
    _r = __hc_read_head(_c, _deadline, _ctx)
    if _r.status != 101
      __hc_fail(_ctx, "server answered " + to_string(_r.status) + " " + _r.reason + " instead of 101")
    _h = _r.headers
    if lower(to_string(_h["upgrade"])) != "websocket"
      __hc_fail(_ctx, "101 without Upgrade: websocket")
    if to_string(_h["sec-websocket-accept"]) != ws_accept_key(_key)
      __hc_fail(_ctx, "wrong Sec-WebSocket-Accept")
  catch _err
    __hc_close(_c)
    throw _err
  _ws = __ws_new(_c, "client", _c.buf, options, _s)
  _c.buf = ""
  _ws.protocol = _h["sec-websocket-protocol"]
  _ws.headers = _h
  return _ws

// ---- server

// Why a request cannot be upgraded ("" when it can): status and reason.
fun __ws_check_request(_method, _h)
  if _method != "GET"
    return [405, "WebSocket handshake must be a GET"]
  if find(lower(to_string(_h["upgrade"])), "websocket") < 0
    return [426, "Upgrade: websocket required"]
  if find(lower(to_string(_h["connection"])), "upgrade") < 0
    return [400, "Connection: Upgrade required"]
  if trim(to_string(_h["sec-websocket-version"])) != "13"
    return [426, "Sec-WebSocket-Version 13 required"]
  _key = trim(to_string(_h["sec-websocket-key"]))
  if len(_key) != 24 || !ends_with(_key, "==")
    return [400, "bad Sec-WebSocket-Key"]
  return nil

// The subprotocol to answer with: the first of the client's that we offer.
fun __ws_pick_protocol(_h, _opts)
  _ours = __hc_opt(_opts, "protocols", nil)
  if typeof(_ours) != "Array" || _h["sec-websocket-protocol"] == nil
    return nil
  for _p in split(_h["sec-websocket-protocol"], ",")
    _p = trim(_p)
    for _o in _ours
      if _o == _p
        return _p
  return nil

// Minimal request-head parsing for raw sockets: {"method", "path", "headers"}.
fun __ws_parse_head(_head)
  _lines = split(replace(_head, "\r\n", "\n"), "\n")
  _parts = split(_lines[0], " ")
  _h = {}
  for _ln in _lines[1:len(_lines)]
    _colon = find(_ln, ":")
    if _colon > 0
      _name = lower(trim(_ln[0:_colon]))
      _val = trim(_ln[_colon + 1:len(_ln)])
      _h[_name] = has(_h, _name) ? _h[_name] + ", " + _val : _val
  return {"method": _parts[0], "path": len(_parts) > 1 ? _parts[1] : "", "headers": _h}

// A connection whose 101 response has already been sent.
fun ws_server_from_fd(fd, rest, options)
  _c = {"fd": fd, "tls": nil, "buf": "", "key": "", "reused": false}
  if typeof(fd) == "Map"
    _c = {"fd": fd.fd, "tls": fd.tls, "buf": "", "key": "", "reused": false}
  fd_set_nonblock(_c.fd, 1)
  _peer = sock_peer(_c.fd)
  _ws = __ws_new(_c, "server", rest, options, "peer " + (_peer == nil ? "fd " + to_string(_c.fd) : _peer))
  return _ws

// The handshake on a raw accepted socket whose request head was read (req: a
// request Map or the head String; rest: the bytes after it).
fun ws_server_handshake(fd, req, rest, options)
  if typeof(req) == "String"
    req = __ws_parse_head(req)
  _h = req["headers"]
  if typeof(_h) != "Map"
    _h = {}
  _bad = __ws_check_request(upper(to_string(req["method"])), _h)
  _ws = ws_server_from_fd(fd, rest, options)
  if _bad != nil
    _extra = _bad[0] == 426 ? "Sec-WebSocket-Version: 13\r\nUpgrade: websocket\r\n" : ""
    _body = _bad[1] + "\n"
    try
      __ws_write(_ws, "HTTP/1.1 " + to_string(_bad[0]) + " " + (_bad[0] == 426 ? "Upgrade Required" : (_bad[0] == 405 ? "Method Not Allowed" : "Bad Request")) + "\r\n" + _extra + "Content-Type: text/plain\r\nContent-Length: " + to_string(len(_body)) + "\r\nConnection: close\r\n\r\n" + _body)
    catch _e
      _bad = _bad
    __ws_drop(_ws)
    throw "websocket: handshake refused: " + _bad[1]
  _proto = __ws_pick_protocol(_h, options)
  _resp = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: " + ws_accept_key(_h["sec-websocket-key"]) + "\r\n"
  if _proto != nil
    _resp = _resp + "Sec-WebSocket-Protocol: " + _proto + "\r\n"
  __ws_write(_ws, _resp + "\r\n")
  _ws.protocol = _proto
  return _ws

// A route handler for the HTTP server library (docs/http_server.md): a valid
// upgrade request is answered with 101 and session(ws, req) runs on the
// connection (in its task with http_serve_tasks); anything else gets 400/426.
fun ws_route(session, options)
  return fn(req)
    _h = req["headers"]
    if typeof(_h) != "Map"
      _h = {}
    _bad = __ws_check_request(upper(to_string(req["method"])), _h)
    if _bad != nil
      _hs = _bad[0] == 426 ? [["Sec-WebSocket-Version", "13"], ["Upgrade", "websocket"]] : []
      return {"status": _bad[0], "type": "text/plain", "headers": _hs, "body": _bad[1] + "\n"}
    _hs = [["Upgrade", "websocket"], ["Connection", "Upgrade"],
      ["Sec-WebSocket-Accept", ws_accept_key(_h["sec-websocket-key"])]]
    _proto = __ws_pick_protocol(_h, options)
    if _proto != nil
      push(_hs, ["Sec-WebSocket-Protocol", _proto])
    _take = fn(fd, r2, rest)
      _ws = ws_server_from_fd(fd, rest, options)
      _ws.protocol = _proto
      try
        session(_ws, r2)
      catch _err
        // this connection's own failure (a peer breaking the protocol, a
        // vanished peer) has been answered already: not a server error
        if typeof(_err) != "String" || !starts_with(_err, __ws_ctx(_ws) + ": ")
          throw _err
      finally
        __ws_drop(_ws)
    return {"headers": _hs, "upgrade": _take}
