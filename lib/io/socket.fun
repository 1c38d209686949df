// io/socket.fun: socket classes over the socket builtins.
//   c = TcpClient()
//   c.connect(host, port)   -> true on success (fd kept in c.fd)
//   c.is_connected()        -> Boolean
//   c.send(data)            -> bytes sent, -1 when not connected or on error
//   c.send_all(data)        -> true when every byte was sent
//   c.recv(maxlen)          -> String; "" at end of stream (or when not
//                              connected); nil when no data is available
//                              on a non-blocking socket or on error
//   c.recv_all(chunk_size)  -> everything readable now: reads chunks
//                              (default 4096) until end of stream, an error,
//                              or a short read after which no more data is
//                              waiting (fd_poll_read with timeout 0)
//   c.close()               -> 1
//   s = TcpServer(port, backlog)   backlog defaults to 16
//   s.listen() -> listening fd (0 on failure); s.local_port() -> the bound port
//   (useful with port 0, which picks a free port); s.accept() -> client fd
//   (0 on failure); s.close(); s.echo_once(maxlen) -> 1, or 0 if accept failed;
//   s.serve_forever(maxlen) echoes one message per client, forever
//   u = UnixClient(): connect(path), is_connected(), send(data),
//   send_all(data), recv(maxlen), recv_all(chunk), close()
//   v = UnixServer(path, backlog): listen(), accept(), close()
//   Both servers extend SocketServer (listen, accept, close).

class TcpClient()
  fd = 0

  fun connect(this, host, port)
    this.fd = tcp_connect(to_string(host), to_number(port))
    if this.fd == nil
      this.fd = 0
    return this.fd > 0

  fun is_connected(this)
    return this.fd > 0

  fun send(this, data)
    if this.fd <= 0
      return -1
    return sock_send(this.fd, to_string(data))

  fun send_all(this, data)
    if this.fd <= 0
      return false
    data = to_string(data)
    while len(data) > 0
      n = sock_send(this.fd, data)
      if n == nil || n <= 0
        return false
      data = substr(data, n, len(data) - n)
    return true

  fun recv(this, maxlen)
    if this.fd <= 0
      return ""
    return sock_recv(this.fd, to_number(maxlen))

  fun recv_all(this, chunk_size)
    if this.fd <= 0
      return ""
    chunk_size = to_number(chunk_size)
    if chunk_size <= 0
      chunk_size = 4096
    parts = []
    while true
      d = sock_recv(this.fd, chunk_size)
      if d == nil || d == ""
        break
      push(parts, d)
      if len(d) < chunk_size && fd_poll_read(this.fd, 0) != 1
        break
    return join(parts, "")

  fun close(this)
    if this.fd > 0
      sock_close(this.fd)
    this.fd = 0
    return 1

class UnixClient() extends TcpClient
  fun connect(this, path)
    this.fd = unix_connect(to_string(path))
    if this.fd == nil
      this.fd = 0
    return this.fd > 0

// What TcpServer and UnixServer share: the listening fd, the default
// backlog, accept and close. A subclass defines _open(), which returns the
// listening fd (nil on failure).
class SocketServer()
  listen_fd = 0

  fun _construct(this, where, backlog)
    if backlog == nil
      this.backlog = 16

  fun listen(this)
    this.listen_fd = this._open()
    if this.listen_fd == nil
      this.listen_fd = 0
    return this.listen_fd

  fun accept(this)
    if this.listen_fd <= 0
      return 0
    c = tcp_accept(this.listen_fd)
    if c == nil
      return 0
    return c

  fun close(this)
    if this.listen_fd > 0
      sock_close(this.listen_fd)
    this.listen_fd = 0
    return 1

class TcpServer(port, backlog) extends SocketServer
  fun _open(this)
    return tcp_listen(to_number(this.port), to_number(this.backlog))

  fun local_port(this)
    if this.listen_fd <= 0
      return this.port
    return sock_port(this.listen_fd)

  fun echo_once(this, maxlen)
    c = this.accept()
    if c <= 0
      return 0
    d = sock_recv(c, to_number(maxlen))
    if d != nil && d != ""
      sock_send(c, d)
    sock_close(c)
    return 1

  fun serve_forever(this, maxlen)
    if this.listen_fd <= 0
      this.listen()
      if this.listen_fd <= 0
        print("TcpServer: failed to listen on port " + to_string(this.port))
        return 0
      print("TcpServer: listening on port " + to_string(this.port))
    while true
      this.echo_once(maxlen)

class UnixServer(path, backlog) extends SocketServer
  fun _open(this)
    return unix_listen(to_string(this.path), to_number(this.backlog))
