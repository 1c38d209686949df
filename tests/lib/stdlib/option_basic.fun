// Option values: some, none, the is_ tests, unwrap, unwrap_or, option_map,
// and_then.
// env: FUN_LIB_DIR={root}/lib
#include <utils/option.fun>
a = some(5)
b = none()
print(a, b)
print(is_some(a), is_none(a), is_some(b), is_none(b), is_some(nil), is_none(5))
print(unwrap(a), unwrap_or(a, 0), unwrap_or(b, 0))
dbl = fn(x)
  return x * 2

print(option_map(a, dbl), option_map(b, dbl))
half = fn(x)
  if x % 2 == 0
    return some(x / 2)
  return none()

print(and_then(some(8), half), and_then(some(3), half), and_then(b, half))
print(or_else(b, fn()
  return some(0)
), or_else(a, fn()
  return some(0)
))
print(to_result(a, "missing"), to_result(b, "missing"))
print(try_get({"k": 1, "n": nil}, "k"), try_get({"k": 1}, "x"), try_get({"n": nil}, "n"), try_get(nil, "k"))
print(some(nil), unwrap(some(nil)))
// expect: {"_tag": Some, "value": 5} {"_tag": None}
// expect: true false false true false false
// expect: 5 5 0
// expect: {"_tag": Some, "value": 10} {"_tag": None}
// expect: {"_tag": Some, "value": 4} {"_tag": None} {"_tag": None}
// expect: {"_tag": Some, "value": 0} {"_tag": Some, "value": 5}
// expect: {"_tag": Ok, "value": 5} {"_tag": Err, "error": missing}
// expect: {"_tag": Some, "value": 1} {"_tag": None} {"_tag": Some, "value": nil} {"_tag": None}
// expect: {"_tag": Some, "value": nil} nil
