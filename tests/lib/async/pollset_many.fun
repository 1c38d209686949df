// 100 socket pairs in one poll set: exactly the written ones are reported.
ps = pollset_new()
pairs = []
for i in range(100)
  p = sock_pair()
  push(pairs, p)
  pollset_add(ps, p[0], "r")
print(pollset_size(ps))                 // expect: 100
want = {}
for i in range(0, 100, 7)
  sock_send(pairs[i][1], "x")
  want[to_string(pairs[i][0])] = true
got = pollset_wait(ps, 1000)
ok = len(got) == len(want)
for e in got
  if !has(want, to_string(e[0])) || e[1] != "r"
    ok = false
print(len(got), ok)                     // expect: 15 true
for p in pairs
  sock_close(p[0])
  sock_close(p[1])
print(pollset_size(ps))                 // expect: 0
pollset_close(ps)
