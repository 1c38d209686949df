// Port of wren-lang/wren test/benchmark/fibers, plus a resume/yield round-trip loop.
// Part 1 (the Wren benchmark): create 100000 fibers; each adds its index to a sum and hands control
// to the next. Wren's fibers call the next one directly, 100000 deep; the Lua and Python twins
// cannot nest that deep, so here too each fiber yields the next one to a driver loop (a trampoline).
// Part 2: 1M resume/yield round trips with one fiber, passing a value each way, then finish it.
fun main()
  n = 100000
  fibers = []
  sum = 0
  // one call per fiber, so that each closure has its own i (a loop variable is one variable)
  make_link = fn(i)
    return fiber_new(fn()
      sum = sum + i
      fiber_yield(i < n - 1 ? fibers[i + 1] : nil)
    )
  for i in range(0, n)
    push(fibers, make_link(i))
  f = fibers[0]
  while f != nil
    f = fiber_resume(f, nil)

  m = 1000000
  acc = fiber_new(fn(x)
    total = 0
    while x != nil
      total = total + x
      x = fiber_yield(total % 1000)
    return total
  )
  s = 0
  for i in range(0, m)
    s = s + fiber_resume(acc, i)
  final = fiber_resume(acc, nil)
  return to_string(sum) + " " + to_string(s) + " " + to_string(final) + " " + fiber_status(acc)

print(main())
