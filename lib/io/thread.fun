// io/thread.fun: threads over thread_spawn / thread_join.
//   t = Thread()
//   id = t.spawn(func, args)   (alias start) runs func in a new thread; args:
//                              an Array is spread as the argument list, any
//                              other non-nil value is the single argument
//   t.join(id)                 (alias wait) waits and returns a copy of the
//                              result; without id: the last spawned thread
// Threads share nothing mutable (docs/rulings.md D28): the thread gets a copy of
// the program's globals and of its arguments; an error inside the thread is
// reported by join.

class Thread()
  id = 0

  fun spawn(this, func, args)
    if args == nil
      this.id = thread_spawn(func)
    else
      this.id = thread_spawn(func, args)
    return this.id

  fun start(this, func, args)
    return this.spawn(func, args)

  fun join(this, id)
    if id == nil
      id = this.id
    return thread_join(id)

  fun wait(this, id)
    return this.join(id)
