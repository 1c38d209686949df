// env: FUN_LIB_DIR={root}/lib
// Both files together: the shared names work for both kinds, whatever the
// include order (the reference's later definitions silently won).
#include <utils/result.fun>
#include <utils/option.fun>
print(unwrap_or(some(1), 0), unwrap_or(none(), 0), unwrap_or(ok(2), 0), unwrap_or(err("e"), 0))
print(unwrap(some("s")), unwrap(ok("o")))
print(and_then(some(1), fn(x)
  return ok(x)
), and_then(err("e"), fn(x)
  return ok(x)
))
print(or_else(none(), fn()
  return some("n")
), or_else(err("e"), fn(e)
  return ok(e)
))
print(to_option(to_result(some(3), "x")), to_result(to_option(err("x")), "gone"))
try
  result_unwrap_or(some(1), 0)
catch e
  print(e)
// expect: 1 0 2 0
// expect: s o
// expect: {"_tag": Ok, "value": 1} {"_tag": Err, "error": e}
// expect: {"_tag": Some, "value": n} {"_tag": Ok, "value": e}
// expect: {"_tag": Some, "value": 3} {"_tag": Err, "error": gone}
// expect: result_unwrap_or: expected Ok or Err, got {"_tag": Some, "value": 1}
