// Timers of a poll set fire in deadline order and wake pollset_wait.
ps = pollset_new()
t0 = clock_mono_ms()
a = pollset_timer(ps, 120)
b = pollset_timer(ps, 40)
c = pollset_timer(ps, 80)
print(pollset_timer_cancel(ps, c), pollset_timer_cancel(ps, c))   // expect: 1 0
got = pollset_wait(ps, -1)
print(got == [[b, "t"]], clock_mono_ms() - t0 >= 35)   // expect: true true
got = pollset_wait(ps, 5000)
print(got == [[a, "t"]], clock_mono_ms() - t0 >= 110)  // expect: true true
print(pollset_wait(ps, 0))                 // expect: []
// a timer and an fd in the same wait
p = sock_pair()
pollset_add(ps, p[0], "r")
d = pollset_timer(ps, 0)
sock_send(p[1], "x")
got = pollset_wait(ps, 1000)
print(got == [[p[0], "r"], [d, "t"]])      // expect: true
sock_close(p[0])
sock_close(p[1])
pollset_close(ps)
