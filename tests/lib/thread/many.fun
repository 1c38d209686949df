// 1 000 spawn/join cycles (run under ASan/LeakSanitizer by make asan)
// timeout: 60
fun one(i)
  return i * 2
s = 0
for i in range(1000)
  s += thread_join(thread_spawn(one, [i]))
print(s)   // expect: 999000
