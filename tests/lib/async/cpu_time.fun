// cpu_time_ms grows with work and not with sleeping.
c0 = cpu_time_ms()
print(typeof(c0), c0 >= 0)              // expect: Number true
sleep_ms(200)
print(cpu_time_ms() - c0 < 100)         // expect: true
x = 0
t0 = clock_mono_ms()
while cpu_time_ms() - c0 < 30 && clock_mono_ms() - t0 < 5000
  x += 1
print(cpu_time_ms() - c0 >= 30)         // expect: true
