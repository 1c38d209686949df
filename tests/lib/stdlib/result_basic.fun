// Result values: ok, err, the is_ tests, unwrap, unwrap_err, result_map,
// map_err, and_then.
// env: FUN_LIB_DIR={root}/lib
#include <utils/result.fun>
a = ok(5)
b = err("bad")
print(a, b)
print(is_ok(a), is_err(a), is_ok(b), is_err(b), is_ok("x"))
print(unwrap(a), unwrap_or(a, 0), unwrap_or(b, 0), unwrap_err(b))
inc = fn(x)
  return x + 1

print(result_map(a, inc), result_map(b, inc))
print(map_err(b, upper), map_err(a, upper))
safe_div = fn(x)
  if x == 0
    return err("div by zero")
  return ok(100 / x)

print(and_then(ok(4), safe_div), and_then(ok(0), safe_div), and_then(b, safe_div))
print(or_else(b, fn(e)
  return ok("recovered from " + e)
), or_else(a, fn(e)
  return ok(0)
))
print(to_option(a), to_option(b))
// expect: {"_tag": Ok, "value": 5} {"_tag": Err, "error": bad}
// expect: true false false true false
// expect: 5 5 0 bad
// expect: {"_tag": Ok, "value": 6} {"_tag": Err, "error": bad}
// expect: {"_tag": Err, "error": BAD} {"_tag": Ok, "value": 5}
// expect: {"_tag": Ok, "value": 25} {"_tag": Err, "error": div by zero} {"_tag": Err, "error": bad}
// expect: {"_tag": Ok, "value": recovered from bad} {"_tag": Ok, "value": 5}
// expect: {"_tag": Some, "value": 5} {"_tag": None}
