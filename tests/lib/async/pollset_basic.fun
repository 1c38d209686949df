// Poll sets: register several fds, wait once, get the ready ones.
ps = pollset_new()
print(typeof(ps), ps > 0)                  // expect: Number true
a = sock_pair()
b = sock_pair()
c = sock_pair()
print(pollset_add(ps, a[0], "r"), pollset_add(ps, b[0], "r"), pollset_add(ps, c[0], "r"))   // expect: 1 1 1
print(pollset_size(ps))                    // expect: 3
print(pollset_wait(ps, 0))                 // expect: []
t0 = clock_mono_ms()
print(pollset_wait(ps, 80))                // expect: []
print(clock_mono_ms() - t0 >= 70)          // expect: true
sock_send(b[1], "x")
sock_send(c[1], "y")
got = pollset_wait(ps, 1000)
print(len(got))                            // expect: 2
ready = {}
for e in got
  ready[to_string(e[0])] = e[1]
print(ready[to_string(b[0])], ready[to_string(c[0])], ready[to_string(a[0])])   // expect: r r nil
// level-triggered: still ready until read
print(len(pollset_wait(ps, 0)))            // expect: 2
sock_recv(b[0], 10)
sock_recv(c[0], 10)
print(pollset_wait(ps, 0))                 // expect: []
// re-adding changes the events: a writable socket
print(pollset_add(ps, a[0], "rw"))         // expect: 1
print(pollset_wait(ps, 0) == [[a[0], "w"]])   // expect: true
sock_send(a[1], "z")
print(pollset_wait(ps, 0) == [[a[0], "rw"]])  // expect: true
print(pollset_add(ps, a[0], "w"))          // expect: 1
print(pollset_wait(ps, 0) == [[a[0], "w"]])   // expect: true
// remove
print(pollset_remove(ps, a[0]), pollset_remove(ps, a[0]))   // expect: 1 0
print(pollset_size(ps))                    // expect: 2
// hang-up is reported as readable
sock_close(b[1])
print(pollset_wait(ps, 1000) == [[b[0], "r"]])   // expect: true
print(sock_recv(b[0], 10) == "")           // expect: true
for fd in [a[0], a[1], b[0], c[0], c[1]]
  sock_close(fd)
print(pollset_size(ps))                    // expect: 0
print(pollset_close(ps))                   // expect: 1
