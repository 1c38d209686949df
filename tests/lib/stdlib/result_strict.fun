// The strict result_* forms work on Results and reject Options.
// env: FUN_LIB_DIR={root}/lib
#include <utils/result.fun>
print(result_unwrap(ok(1)), result_unwrap_or(err("e"), 2), result_and_then(ok(3), fn(x)
  return ok(x * 3)
), result_or_else(err("e"), fn(e)
  return ok(e + "!")
))
for f in [fn()
  return unwrap(err("boom"))
, fn()
  return unwrap(err([1, 2]))
, fn()
  return unwrap_err(ok(7))
, fn()
  return result_unwrap({"_tag": "Some", "value": 1})
, fn()
  return result_map(nil, upper)
, fn()
  return to_option("x")
]
  try
    f()
  catch e
    print(e)
// expect: 1 2 {"_tag": Ok, "value": 9} {"_tag": Ok, "value": e!}
// expect: unwrap: called on Err: boom
// expect: unwrap: called on Err: [1, 2]
// expect: unwrap_err: called on Ok: 7
// expect: result_unwrap: expected Ok or Err, got {"_tag": Some, "value": 1}
// expect: result_map: expected Ok or Err, got nil
// expect: to_option: expected Ok or Err, got x
