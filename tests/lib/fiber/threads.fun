// A fiber's execution state stays with its VM: a thread receives nil.
fun body()
  fiber_yield(1)
f = fiber_new(body)
fiber_resume(f)
fun look(x, box)
  return [typeof(x), typeof(box[0]), box[1]]
print(thread_join(thread_spawn(look, [f, [f, "kept"]])))   // expect: [Nil, Nil, kept]
print(fiber_status(f))                                      // expect: suspended
