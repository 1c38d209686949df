// net/irc.fun: an IRC client (RFC 1459 / 2812 line protocol) over io/socket.fun.
//   c = IRCClient(host, port, use_tls)
//       use_tls: 1 means "connect to a local TLS tunnel" (e.g. stunnel on
//       host:port); the client itself always speaks plain TCP
//   c.connect()            -> true when connected
//   c.is_connected()       -> Boolean
//   c.register(nick, user, realname, password)
//                          PASS (only when password is not ""/nil), NICK, USER
//   c.send_raw(line)       sends line + CRLF; CR and LF inside line are dropped
//                          so a value cannot inject a second command; -> bytes or -1
//   c.join(channel)  c.part(channel, msg)  c.privmsg(target, text)
//   c.notice(target, text)  c.pong(token)  c.quit(message)
//   c.read_lines(timeout_ms) -> Array of the complete lines received (without
//                          CRLF); a partial line stays buffered for the next
//                          call; waits up to timeout_ms (default 0) for data;
//                          at end of stream the client is closed
//   c.parse_message(line)  -> {"prefix", "command" (upper-cased), "params"
//                          (Array of middle parameters), "trailing"}
//   c.pump(callback)       reads the available lines, answers PING with PONG,
//                          calls callback(line, msg) for each line when
//                          callback is not nil; -> the number of lines
// Like the reference, this file includes io/socket.fun and strings.fun.
#include <io/socket.fun>
#include <strings.fun>

class IRCClient(string host, number port, number use_tls)
  sock = nil
  _buf = ""

  fun connect(this)
    this.sock = TcpClient()
    if !this.sock.connect(this.host, this.port)
      this.sock = nil
      return false
    return true

  fun is_connected(this)
    return this.sock != nil && this.sock.is_connected()

  fun close(this)
    if this.sock != nil
      this.sock.close()
    this.sock = nil
    this._buf = ""
    return 1

  fun send_raw(this, line)
    if !this.is_connected()
      return -1
    line = replace(replace(to_string(line), "\r", ""), "\n", "")
    if this.sock.send_all(line + "\r\n")
      return len(line) + 2
    return -1

  fun register(this, nick, user, realname, password)
    if password != nil && to_string(password) != ""
      this.send_raw("PASS " + to_string(password))
    this.send_raw("NICK " + to_string(nick))
    return this.send_raw("USER " + to_string(user) + " 0 * :" + to_string(realname))

  fun join(this, channel)
    return this.send_raw("JOIN " + to_string(channel))

  fun part(this, channel, msg)
    if msg == nil || to_string(msg) == ""
      return this.send_raw("PART " + to_string(channel))
    return this.send_raw("PART " + to_string(channel) + " :" + to_string(msg))

  fun privmsg(this, target, text)
    return this.send_raw("PRIVMSG " + to_string(target) + " :" + to_string(text))

  fun notice(this, target, text)
    return this.send_raw("NOTICE " + to_string(target) + " :" + to_string(text))

  fun pong(this, token)
    return this.send_raw("PONG :" + to_string(token))

  fun quit(this, message)
    if message == nil
      message = ""
    n = this.send_raw("QUIT :" + to_string(message))
    return n

  fun read_lines(this, timeout_ms)
    lines = []
    if !this.is_connected()
      return lines
    wait = timeout_ms == nil ? 0 : to_number(timeout_ms)
    fd = this.sock.fd
    eof = false
    while fd_poll_read(fd, wait) == 1
      wait = 0
      d = sock_recv(fd, 4096)
      if d == nil
        break
      if d == ""
        eof = true
        break
      this._buf += d
    while true
      i = find(this._buf, "\n")
      if i < 0
        break
      line = substr(this._buf, 0, i)
      this._buf = substr(this._buf, i + 1, len(this._buf) - i - 1)
      if len(line) > 0 && line[-1] == "\r"
        line = substr(line, 0, len(line) - 1)
      if line != ""
        push(lines, line)
    if eof
      // end of stream: a last line without CRLF still counts
      if this._buf != ""
        push(lines, this._buf)
      this.close()
    return lines

  fun parse_message(this, line)
    msg = {"prefix": "", "command": "", "params": [], "trailing": ""}
    s = to_string(line)
    if len(s) > 0 && s[0] == ":"
      sp = find(s, " ")
      if sp < 0
        msg.prefix = substr(s, 1, len(s) - 1)
        return msg
      msg.prefix = substr(s, 1, sp - 1)
      s = substr(s, sp + 1, len(s) - sp - 1)
    t = find(s, " :")
    if t >= 0
      msg.trailing = substr(s, t + 2, len(s) - t - 2)
      s = substr(s, 0, t)
    else if len(s) > 0 && s[0] == ":"
      msg.trailing = substr(s, 1, len(s) - 1)
      s = ""
    words = []
    for w in split(s, " ")
      if w != ""
        push(words, w)
    if len(words) > 0
      msg.command = upper(words[0])
      msg.params = slice(words, 1)
    return msg

  fun pump(this, callback)
    lines = this.read_lines(0)
    for line in lines
      msg = this.parse_message(line)
      if msg.command == "PING"
        token = msg.trailing
        if token == "" && len(msg.params) > 0
          token = msg.params[0]
        this.pong(token)
      if callback != nil
        callback(line, msg)
    return len(lines)
