// date_format follows TZ, also when the script changes it with env_set
// env: TZ=UTC
print(date_format(0, "%H:%M"))      // expect: 00:00
env_set("TZ", "JST-9")
print(date_format(0, "%H:%M %Z"))   // expect: 09:00 JST
env_set("TZ", "EST+5")
print(date_format(0, "%Y-%m-%d %H:%M"))   // expect: 1969-12-31 19:00
env_set("TZ", "UTC")
print(date_format(0, "%H:%M"))      // expect: 00:00
