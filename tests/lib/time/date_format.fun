// date_format(ms, fmt): strftime in local time
// env: TZ=UTC
print(date_format(0, "%Y-%m-%d %H:%M:%S"))              // expect: 1970-01-01 00:00:00
print(date_format(1700000000123, "%Y-%m-%d %H:%M:%S"))  // expect: 2023-11-14 22:13:20
print(date_format(86399999, "%H:%M:%S"))                // expect: 23:59:59
// before the epoch: rounds down to the whole second
print(date_format(-1, "%Y-%m-%d %H:%M:%S"))             // expect: 1969-12-31 23:59:59
print(date_format(-1000, "%S"))                         // expect: 59
// Float milliseconds
print(date_format(1500.9, "%S"))                        // expect: 01
print(date_format(951782400000, "%A %d %B %Y, day %j")) // expect: Tuesday 29 February 2000, day 060
print(date_format(0, "%Z %z"))                          // expect: UTC +0000
print(date_format(0, "100%% literal"))                  // expect: 100% literal
// empty format and empty result
print(len(date_format(0, "")))                          // expect: 0
// long results are not cut (no 511-byte limit)
long = date_format(0, repeat("%Y-%m-%d ", 200))
print(len(long))                                        // expect: 2200
print(substr(long, 2189, 10))                           // expect: 1970-01-01
// binary-safe: NUL bytes in the format are kept
s = date_format(0, "%Y\x00%m")
print(len(s), s == "1970\x0001")                        // expect: 7 true
// errors
try
  date_format("0", "%Y")
catch e
  print(e)  // expect: Runtime type error: date_format: argument 1 must be a Number, got String
try
  date_format(0, 5)
catch e
  print(e)  // expect: Runtime type error: date_format: argument 2 must be a String, got Int
try
  date_format(1e300, "%Y")
catch e
  print(e)  // expect: Runtime error: date_format: time out of range
try
  date_format(0)
catch e
  print(e)  // expect: Runtime type error: date_format expects 2 arguments, got 1
