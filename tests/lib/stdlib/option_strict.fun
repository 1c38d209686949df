// The strict option_* forms work on Options and reject Results.
// env: FUN_LIB_DIR={root}/lib
#include <utils/option.fun>
print(option_unwrap(some(1)), option_unwrap_or(none(), 2), option_and_then(some(3), fn(x)
  return some(x + 1)
), option_or_else(none(), fn()
  return some(9)
))
for f in [fn()
  return unwrap(none())
, fn()
  return option_unwrap(none())
, fn()
  return option_unwrap({"_tag": "Ok", "value": 1})
, fn()
  return unwrap(42)
, fn()
  return option_map("x", fn(v)
    return v
  )
, fn()
  return to_result(nil, "e")
]
  try
    f()
  catch e
    print(e)
// expect: 1 2 {"_tag": Some, "value": 4} {"_tag": Some, "value": 9}
// expect: unwrap: called on None
// expect: unwrap: called on None
// expect: option_unwrap: expected Some or None, got {"_tag": Ok, "value": 1}
// expect: unwrap: not an Option or Result: 42
// expect: option_map: expected Some or None, got x
// expect: to_result: expected Some or None, got nil
