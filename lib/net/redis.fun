// net/redis.fun: Redis from tasks (docs/redis.md). The builtins
// redis_connect / redis_cmd / redis_pipeline / redis_close block the whole
// thread while they wait for the server; these helpers park only the
// calling task (outside any task they block as plain polls):
//   async_redis_cmd(h, cmd, ms)        -> the reply, as redis_cmd gives it
//   async_redis_pipeline(h, cmds, ms)  -> an Array of replies, one per command
// Both return nil for a bad or closed handle, an I/O error or a timeout
// (redis_last_error(h) says which: "timed out"). A timeout closes the connection: its
// replies would otherwise arrive for the next command. One task at a time per
// handle: give each task its own connection (or a pool).
#include <async/scheduler.fun>

fun async_redis_pipeline(h, cmds, ms)
  _deadline = __deadline(ms)
  _n = 0
  for _c in cmds
    _k = redis_send(h, _c)
    if _k < 0
      return nil
    if _k > 0
      _n += 1
  while true
    _f = redis_flush(h)
    if _f == 1
      break
    if _f < 0
      return nil
    if await_write(redis_fd(h), __left(_deadline)) != 1
      redis_abort(h, "timed out")
      return nil
  _res = []
  while len(_res) < _n
    _p = redis_poll_reply(h)
    if typeof(_p) == "Array"
      push(_res, _p[0])
      continue
    if _p < 0
      return nil
    if await_read(redis_fd(h), __left(_deadline)) != 1
      redis_abort(h, "timed out")
      return nil
  return _res

fun async_redis_cmd(h, cmd, ms)
  _r = async_redis_pipeline(h, [cmd], ms)
  if _r == nil || len(_r) == 0
    return nil
  return _r[0]
