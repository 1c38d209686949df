// SPDX-License-Identifier: MIT
// Tasks and the asyncio guide's scheduler API (docs/asyncio.md).
//
// Every task runs in its own fiber: an await parks the task and resumes it
// where it stopped, so tasks are written as straight-line code. The core is
// built in (src/lib/task.c) and usable without this module:
//   spawn(fn, a1, ...) -> task Map {done, result, error}
//   await_read(fd, ms) / await_write(fd, ms) -> 1 ready, 0 timed out, -1 invalid fd
//   async_sleep(ms), yield(), await_task(t, ms) -> 1/0, task_cancel(t),
//   task_current(), task_count(), run_until_done(), run_once(),
//   chan_new(cap), chan_send(ch, v, ms), chan_recv(ch, ms), chan_close(ch),
//   chan_len(ch), chan_is_closed(ch)
// Outside any task await_read/await_write/async_sleep block as plain polls.
//
// This module adds gather, the straight-line I/O helpers (async_connect,
// async_accept, async_recv, async_send_all) and the guide's step tasks:
//   task_spawn(step_fn, state_map) -> task map   async_sleep_mark(state, ms) -> 1
//   co_yield() -> 1 (an alias of yield())
// A step task calls step_fn(t) once per tick until t.done is 1; an await
// inside a step parks the step (code before it runs once, finally runs once).
// An error raised by a step is printed as `task error: MESSAGE` on stderr and
// ends that task only.

fun __sched_num(_v)
  if typeof(_v) == "Number" || typeof(_v) == "Float"
    return _v
  if _v == true
    return 1
  if typeof(_v) == "String"
    return to_number(_v)
  return 0

fun __task_done(_t)
  return __sched_num(_t["done"]) == 1

// ---- the guide's step tasks

// The body of a step task's fiber: one step per tick, honouring sleep marks.
fun __step_main(_t)
  while !__task_done(_t)
    _f = _t["fn"]
    if _f == nil
      break
    try
      _f(_t)
    catch _e
      eprint("task error: " + to_string(_e))
      break
    if __task_done(_t)
      break
    _until = __sched_num(_t["_sleep_until"])
    _now = clock_mono_ms()
    if _until > _now
      async_sleep(_until - _now)
      _t["_sleep_until"] = 0
    else
      __next_tick()
  _t["done"] = 1
  return nil

fun task_spawn(step_fn, state_map)
  _t = {}
  _t["fn"] = step_fn
  if typeof(state_map) == "Map"
    for (_k, _v) in state_map
      _t[_k] = _v
  _d = __sched_num(_t["done"])
  if _d == 1
    _t["done"] = 1
  else
    _t["done"] = 0
  _t["_sleep_until"] = 0
  if _t["done"] == 0
    __spawn_step(_t, __step_main)
  return _t

fun co_yield()
  return yield()

fun async_sleep_mark(state, ms)
  state["_sleep_until"] = clock_mono_ms() + __sched_num(ms)
  return 1

// ---- waiting for several tasks

// The results of tasks, in order, once all have finished; raises the error
// of the first one that failed.
fun gather(tasks)
  for _t in tasks
    await_task(_t, nil)
  _res = []
  for _t in tasks
    _e = _t["error"]
    if _e != nil
      throw _e
    push(_res, _t["result"])
  return _res

// ---- straight-line I/O (each call parks only the calling task)

// Deadline in monotonic ms for a timeout (nil or negative: none = -1).
fun __deadline(_ms)
  if _ms == nil || _ms < 0
    return -1
  return clock_mono_ms() + _ms

// Milliseconds left before a deadline (-1: no limit), never below 0.
fun __left(_deadline)
  if _deadline < 0
    return -1
  _l = _deadline - clock_mono_ms()
  if _l < 0
    return 0
  return _l

// async_connect(host, port, ms) -> a connected non-blocking fd, or 0 with the
// reason in net_last_error() ("connection refused", "timed out", "unknown host 'x'")
fun async_connect(host, port, ms)
  _fd = tcp_connect_nb(host, port)
  if _fd <= 0
    return 0
  _r = await_write(_fd, ms)
  if _r == 1
    _e = sock_error(_fd)
    if _e == 0
      net_set_error(0)
      return _fd
    sock_close(_fd)
    net_set_error(_e)
    return 0
  sock_close(_fd)
  if _r == 0
    net_set_error("timed out")
  else
    net_set_error("invalid fd")
  return 0

// async_accept(lfd, ms) -> a non-blocking client fd, 0 on timeout, -1 on error
fun async_accept(lfd, ms)
  _deadline = __deadline(ms)
  while true
    _r = await_read(lfd, __left(_deadline))
    if _r != 1
      if _r == 0
        return 0
      return -1
    _c = tcp_accept(lfd)
    if _c > 0
      fd_set_nonblock(_c, 1)
      return _c
    if _c < 0
      return -1
    if __left(_deadline) == 0
      return 0

// async_recv(fd, max_bytes, ms) -> a String of 1..max bytes, "" at EOF, nil on
// timeout (sock_error(fd) == 0) or error. fd may be a TLS connection (then
// tls_error(t) == "" after nil means a timeout).
fun async_recv(fd, max_bytes, ms)
  if typeof(fd) == "Handle"
    return __tls_recv(fd, max_bytes, ms)
  _deadline = __deadline(ms)
  while true
    _r = await_read(fd, __left(_deadline))
    if _r == -1
      return nil
    if _r == 1
      _d = sock_recv(fd, max_bytes)
      if _d != nil
        return _d
      if sock_error(fd) != 0 || net_last_error() != ""
        return nil
    if __left(_deadline) == 0
      return nil

// async_send_all(fd, data, ms) -> bytes sent: len(data) on success, fewer on
// error or timeout. fd may be a TLS connection.
fun async_send_all(fd, data, ms)
  if typeof(fd) == "Handle"
    return __tls_send_all(fd, data, ms)
  _deadline = __deadline(ms)
  _total = len(data)
  _sent = 0
  _rest = data
  while _sent < _total
    _n = sock_send(fd, _rest)
    if _n < 0
      return _sent
    if _n > 0
      _sent += _n
      if _sent < _total
        _rest = substr(data, _sent, _total - _sent)
      continue
    _r = await_write(fd, __left(_deadline))
    if _r != 1
      return _sent
  return _sent

// ---- TLS in tasks (docs/tls.md): the same helpers over a TLS connection
// (src/lib/tls.c). Each waits on the direction OpenSSL asks for
// (tls_want), so a read may wait for writability and the reverse.

// Parks until the fd under t is ready for what t waits for: 1/0/-1 as await_read.
fun __tls_wait(_t, _deadline)
  if tls_want(_t) == "w"
    return await_write(tls_fd(_t), __left(_deadline))
  return await_read(tls_fd(_t), __left(_deadline))

fun __tls_recv(_t, _max, _ms)
  _deadline = __deadline(_ms)
  while true
    _d = tls_recv(_t, _max)
    if _d != nil
      return _d
    if tls_error(_t) != ""
      return nil
    if __tls_wait(_t, _deadline) != 1
      return nil

fun __tls_send_all(_t, _data, _ms)
  _deadline = __deadline(_ms)
  _total = len(_data)
  _sent = 0
  _rest = _data
  while _sent < _total
    _n = tls_send(_t, _rest)
    if _n < 0
      return _sent
    if _n > 0
      _sent += _n
      if _sent < _total
        _rest = substr(_data, _sent, _total - _sent)
      continue
    if __tls_wait(_t, _deadline) != 1
      return _sent
  return _sent

// Runs t's handshake to the end: the connection, or nil (t closed, its fd
// too) with the reason in net_last_error().
fun __tls_finish(_t, _deadline)
  while true
    _r = tls_handshake(_t)
    if _r == 1
      net_set_error(0)
      return _t
    if _r < 0
      net_set_error(tls_error(_t))
      tls_close(_t)
      return nil
    _w = __tls_wait(_t, _deadline)
    if _w != 1
      tls_close(_t)
      if _w == 0
        net_set_error("timed out")
      else
        net_set_error("invalid fd")
      return nil

// async_tls_connect(host, port, ms, options) -> a TLS connection whose
// handshake is done, or nil with the reason in net_last_error() ("connection
// refused", "timed out", "certificate verify failed: hostname mismatch").
// host is also the name the certificate must match (options.server_name
// overrides it); options as for tls_client. ms bounds connect + handshake.
fun async_tls_connect(host, port, ms, options)
  _deadline = __deadline(ms)
  _fd = async_connect(host, port, ms)
  if _fd <= 0
    return nil
  _name = host
  if typeof(options) == "Map" && options["server_name"] != nil
    _name = options["server_name"]
  try
    _t = tls_client(_fd, _name, options)
  catch _e
    sock_close(_fd)
    throw _e
  return __tls_finish(_t, _deadline)

// async_tls_accept(ctx, fd, ms) -> the TLS connection of an accepted fd (from
// async_accept) once its handshake is done, or nil with the reason in
// net_last_error(); on failure the fd is closed.
fun async_tls_accept(ctx, fd, ms)
  _deadline = __deadline(ms)
  fd_set_nonblock(fd, 1)
  try
    _t = tls_server(ctx, fd)
  catch _e
    sock_close(fd)
    throw _e
  return __tls_finish(_t, _deadline)
