// DateTime clocks, date strings, timers and sleeps agree with each other.
// env: FUN_LIB_DIR={root}/lib
#include <utils/datetime.fun>
d = DateTime()
a = d.now_ms()
print(a > 1600000000000, d.now_s() >= a / 1000, typeof(d.mono_ms()))
print(len(d.iso_now()), len(d.today_str()), d.today_str() == d.date_str(d.now_ms()))
t = d.start_timer()
d.sleep_ms(20)
e = d.elapsed_ms(t)
print(e >= 19, e < 2000)
t = d.start_timer()
d.sleep_s(0.01)
print(d.elapsed_ms(t) >= 9, d.since_ms(a) >= 0)
// expect: true true Number
// expect: 19 10 true
// expect: true true
// expect: true true
