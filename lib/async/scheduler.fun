// SPDX-License-Identifier: MIT
// Cooperative scheduler (the asyncio guide's API): a task is a Map plus a step
// function called once per tick; one poll over every awaited fd per tick.
//
//   task_spawn(step_fn, state_map) -> task map   run_once() -> 1
//   run_until_done() -> 1                         yield() / co_yield() -> 1
//   await_read(fd, ms) / await_write(fd, ms) -> 1 ready, 0 timed out, -1 error
//   async_sleep_mark(state, ms) -> 1
//
// Inside a step, an await whose fd is not ready does not block the other
// tasks: it records (fd, direction, deadline) in the task and abandons the
// rest of the step by throwing the string in __AWAIT_PENDING. The scheduler
// runs the step again, from the top, once the fd is ready or the deadline
// has passed; the await then returns 1 (or -1), or 0 when the time is up.
// A `catch` around an await inside a step must rethrow that value:
//   catch e
//     if e == __AWAIT_PENDING
//       throw e
// Outside a task (no step running) the awaits are plain fd_poll_read/write.
// A timeout of 0 only probes. run_until_done sleeps in one pollset_wait until
// the earliest of readiness, a deadline or a sleep mark. An error raised by a
// step is printed as `task error: MESSAGE` on stderr and ends that task only.

__tasks = []
__AWAIT_PENDING = "__await_pending__"
__sched_ps = 0
__sched_cur = nil
__sched_ready = {}
__sched_registered = {}
__sched_prev = nil

fun __now_ms()
  return time_now_ms()

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
  push(__tasks, _t)
  return _t

fun yield()
  return 1

fun co_yield()
  return 1

fun async_sleep_mark(state, ms)
  state["_sleep_until"] = time_now_ms() + __sched_num(ms)
  return 1

fun __clear_wait(_t)
  if has(_t, "_wait_fd")
    remove(_t, "_wait_fd")
    remove(_t, "_wait_dir")
    remove(_t, "_wait_until")

fun __probe(fd, dir, ms)
  if dir == "r"
    return fd_poll_read(fd, ms)
  return fd_poll_write(fd, ms)

fun __await(fd, timeout_ms, dir)
  if typeof(fd) == "Nil"
    fd = -1    // a missing fd is an invalid fd, not stdin
  fd = __sched_num(fd)
  if typeof(timeout_ms) == "Nil"
    timeout_ms = -1
  timeout_ms = __sched_num(timeout_ms)
  _t = __sched_cur
  if _t == nil
    return __probe(fd, dir, timeout_ms)
  _r = __probe(fd, dir, 0)
  if _r != 0 || timeout_ms == 0
    __sched_prev = nil    // this await is over: a later one starts its own deadline
    return _r
  _now = time_now_ms()
  _until = -1
  if timeout_ms > 0
    _until = _now + timeout_ms
  _p = __sched_prev
  if _p != nil && _p[0] == fd && _p[1] == dir
    _until = _p[2]
    if _until >= 0 && _now >= _until
      __sched_prev = nil
      return 0
  _t["_wait_fd"] = fd
  _t["_wait_dir"] = dir
  _t["_wait_until"] = _until
  throw __AWAIT_PENDING

fun await_read(fd, timeout_ms)
  return __await(fd, timeout_ms, "r")

fun await_write(fd, timeout_ms)
  return __await(fd, timeout_ms, "w")

// Whether task t may run at time now (not sleeping; not waiting, or its fd
// reported ready, or its deadline passed).
fun __runnable(_t, _now)
  if __sched_num(_t["_sleep_until"]) > _now
    return false
  if !has(_t, "_wait_fd")
    return true
  _until = _t["_wait_until"]
  if _until >= 0 && _now >= _until
    return true
  _k = __sched_ready[to_string(_t["_wait_fd"])]
  if _k == nil
    return false
  return _k == "rw" || _k == _t["_wait_dir"]

fun __run_step(_t)
  _f = _t["fn"]
  if _f == nil
    return nil
  _prev_cur = __sched_cur
  _prev_wait = __sched_prev
  __sched_prev = nil
  if has(_t, "_wait_fd")
    // re-run because the deadline passed: the same await then reports the
    // timeout (0); re-run because the fd is ready: every await starts afresh
    _u = _t["_wait_until"]
    if _u >= 0 && time_now_ms() >= _u
      __sched_prev = [_t["_wait_fd"], _t["_wait_dir"], _u]
    __clear_wait(_t)
  __sched_cur = _t
  try
    _f(_t)
  catch _e
    if _e != __AWAIT_PENDING
      eprint("task error: " + to_string(_e))
      _t["done"] = 1
      __clear_wait(_t)
  __sched_cur = _prev_cur
  __sched_prev = _prev_wait

// One tick at time now: runs every runnable task once (tasks spawned during
// the tick wait for the next one), then drops the finished tasks.
fun __tick(_now)
  _n = len(__tasks)
  _i = 0
  while _i < _n
    _t = __tasks[_i]
    _i += 1
    if typeof(_t) != "Map" || __task_done(_t)
      continue
    if __runnable(_t, _now)
      _t["_sleep_until"] = 0
      __run_step(_t)
  _keep = []
  for _t in __tasks
    if typeof(_t) == "Map" && !__task_done(_t)
      push(_keep, _t)
  __tasks = _keep

// Registers the fds awaited by the tasks in the poll set, waits at most ms,
// and records what is ready in __sched_ready.
fun __poll(ms)
  _want = {}
  for _t in __tasks
    if typeof(_t) == "Map" && has(_t, "_wait_fd")
      _k = to_string(_t["_wait_fd"])
      _d = _t["_wait_dir"]
      _old = _want[_k]
      if _old != nil && _old != _d
        _d = "rw"
      _want[_k] = _d
  if len(_want) == 0 && len(__sched_registered) == 0 && ms == 0
    __sched_ready = {}
    return nil
  if __sched_ps == 0
    __sched_ps = pollset_new()
  for _k in keys(__sched_registered)
    if _want[_k] == nil
      pollset_remove(__sched_ps, to_number(_k))
  _ready = {}
  for (_k, _d) in _want
    if pollset_add(__sched_ps, to_number(_k), _d) == 0
      _ready[_k] = "rw" // not an open fd: wake the task, its await reports -1
      ms = 0
  __sched_registered = _want
  for _p in pollset_wait(__sched_ps, ms)
    _ready[to_string(_p[0])] = _p[1]
  __sched_ready = _ready

// Milliseconds the scheduler may sleep: until the earliest deadline or sleep
// mark; 1 when a task is runnable now (as the guide's sleep_ms(1)); -1 when
// only fd readiness can wake a task.
fun __idle_ms(_now)
  _best = -1
  for _t in __tasks
    if typeof(_t) != "Map"
      continue
    _s = __sched_num(_t["_sleep_until"])
    _d = -1
    if _s > _now
      _d = _s - _now
    else if has(_t, "_wait_fd")
      _until = _t["_wait_until"]
      if _until >= 0
        _d = _until - _now
        if _d < 1
          _d = 1
    else
      _d = 1
    if _d >= 0 && (_best < 0 || _d < _best)
      _best = _d
  return _best

fun run_once()
  __poll(0)
  __tick(time_now_ms())
  return 1

fun run_until_done()
  if len(__tasks) > 0
    __poll(0)
  while len(__tasks) > 0
    __tick(time_now_ms())
    if len(__tasks) > 0
      __poll(__idle_ms(time_now_ms()))
  return 1
