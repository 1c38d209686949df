// utils/option.fun: Option values as maps.
//   some(x) -> {"_tag": "Some", "value": x}     none() -> {"_tag": "None"}
// is_some, is_none (Booleans), unwrap, unwrap_or, option_map, and_then,
// or_else, to_result, try_get. unwrap, unwrap_or, and_then and or_else are
// shared with utils/result.fun and work on both kinds (see utils/tagged.fun);
// option_unwrap, option_unwrap_or, option_and_then, option_or_else are the
// strict Option-only forms.
#include "tagged.fun"

fun some(x)
  return {"_tag": "Some", "value": x}

fun none()
  return {"_tag": "None"}

fun is_some(opt)
  return __tag_of(opt) == "Some"

fun is_none(opt)
  return __tag_of(opt) == "None"

// Some(v) -> some(f(v)); None -> None.
fun option_map(opt, f)
  return __tag_map(opt, "Some", "None", "option_map", "Some", "value", f)

fun option_unwrap(opt)
  __tag_check(opt, "Some", "None", "option_unwrap")
  return unwrap(opt)

fun option_unwrap_or(opt, d)
  __tag_check(opt, "Some", "None", "option_unwrap_or")
  return unwrap_or(opt, d)

fun option_and_then(opt, f)
  __tag_check(opt, "Some", "None", "option_and_then")
  return and_then(opt, f)

fun option_or_else(opt, f)
  __tag_check(opt, "Some", "None", "option_or_else")
  return or_else(opt, f)

// Some(v) -> Ok(v); None -> Err(e). Builds the Result maps directly, so it
// works without utils/result.fun.
fun to_result(opt, e)
  return __tag_convert(opt, "Some", "None", "to_result", "Ok", {"_tag": "Err", "error": e})

// Some(m[key]) if the map has the key, else None (also for non-maps).
fun try_get(m, key)
  if typeof(m) == "Map" && typeof(key) == "String" && has(m, key)
    return some(m[key])
  return none()
