// sleep(ms) and sleep_ms(ms): block for ms milliseconds
t0 = clock_mono_us()
r = sleep(50)
t = clock_mono_us() - t0
print(r == nil, t >= 50000, t < 2000000)   // expect: true true true
t0 = clock_mono_us()
sleep_ms(30)
t = clock_mono_us() - t0
print(t >= 30000, t < 2000000)             // expect: true true
// Float milliseconds
t0 = clock_mono_us()
sleep(2.5)
t = clock_mono_us() - t0
print(t >= 2500, t < 2000000)              // expect: true true
// zero and negative return at once
t0 = clock_mono_ms()
sleep(0)
sleep(-1000)
sleep_ms(-5.5)
print(clock_mono_ms() - t0 < 500)          // expect: true
try
  sleep("10")
catch e
  print(e)  // expect: Runtime type error: sleep: argument 1 must be a Number, got String
try
  sleep_ms(nil)
catch e
  print(e)  // expect: Runtime type error: sleep_ms: argument 1 must be a Number, got Nil
try
  sleep()
catch e
  print(e)  // expect: Runtime type error: sleep expects 1 argument, got 0
