// time_now_ms, clock_mono_ms, clock_mono_us
t = time_now_ms()
print(typeof(t))                            // expect: Number
print(t > 1600000000000, t < 4102444800000) // expect: true true
m1 = clock_mono_ms()
u1 = clock_mono_us()
m2 = clock_mono_ms()
u2 = clock_mono_us()
print(typeof(m1), typeof(u1))               // expect: Number Number
print(m2 >= m1, u2 >= u1)                   // expect: true true
// the microsecond clock is the same clock, 1000 times finer
print(u1 / 1000 - m1 <= 1, m1 - u1 / 1000 <= 1)   // expect: true true
// the wall clock agrees with `date +%s`
r = proc_run(["date", "+%s"])
d = to_number(rtrim(r.out)) * 1000 - time_now_ms()
print(d < 3000, d > -3000)                  // expect: true true
try
  time_now_ms(1)
catch e
  print(e)  // expect: Runtime type error: time_now_ms expects 0 arguments, got 1
try
  clock_mono_ms(1)
catch e
  print(e)  // expect: Runtime type error: clock_mono_ms expects 0 arguments, got 1
