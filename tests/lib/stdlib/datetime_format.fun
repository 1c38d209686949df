// DateTime formats a fixed time as strftime, ISO, date and time strings.
// env: FUN_LIB_DIR={root}/lib
// env: TZ=UTC
#include <utils/datetime.fun>
d = DateTime()
t = 1700000000123
print(d.format(t, "%Y/%m/%d %H:%M:%S"), d.iso_from(t), d.date_str(t), d.time_str(t))
print(d.iso_from(0), d.date_str(86400000))
print(d.ms_to_s(1999), d.ms_to_s(2000), d.s_to_ms(3), d.s_to_ms(1.5), d.add_ms(1000, 5), d.add_seconds(1000, 2), d.add_seconds(0, 0.25))
print(d.diff_ms(100, 350), d.diff_ms(350, 100))
// expect: 2023/11/14 22:13:20 2023-11-14T22:13:20 2023-11-14 22:13:20
// expect: 1970-01-01T00:00:00 1970-01-02
// expect: 1 2 3000 1500 1005 3000 250
// expect: 250 -250
