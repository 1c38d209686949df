// utils/result.fun: Result values as maps.
//   ok(x) -> {"_tag": "Ok", "value": x}     err(e) -> {"_tag": "Err", "error": e}
// is_ok, is_err (Booleans), unwrap, unwrap_or, unwrap_err, result_map,
// map_err, and_then, or_else, to_option. unwrap, unwrap_or, and_then and
// or_else are shared with utils/option.fun and work on both kinds (see
// utils/tagged.fun); result_unwrap, result_unwrap_or, result_and_then,
// result_or_else are the strict Result-only forms.
#include "tagged.fun"

fun ok(x)
  return {"_tag": "Ok", "value": x}

fun err(e)
  return {"_tag": "Err", "error": e}

fun is_ok(r)
  return __tag_of(r) == "Ok"

fun is_err(r)
  return __tag_of(r) == "Err"

// Err(e) -> e; Ok throws.
fun unwrap_err(r)
  __tag_check(r, "Ok", "Err", "unwrap_err")
  if is_ok(r)
    throw "unwrap_err: called on Ok: " + to_string(r["value"])
  return r["error"]

// Ok(v) -> ok(f(v)); Err passes through.
fun result_map(r, f)
  return __tag_map(r, "Ok", "Err", "result_map", "Ok", "value", f)

// Err(e) -> err(f(e)); Ok passes through.
fun map_err(r, f)
  return __tag_map(r, "Ok", "Err", "map_err", "Err", "error", f)

fun result_unwrap(r)
  __tag_check(r, "Ok", "Err", "result_unwrap")
  return unwrap(r)

fun result_unwrap_or(r, d)
  __tag_check(r, "Ok", "Err", "result_unwrap_or")
  return unwrap_or(r, d)

fun result_and_then(r, f)
  __tag_check(r, "Ok", "Err", "result_and_then")
  return and_then(r, f)

fun result_or_else(r, f)
  __tag_check(r, "Ok", "Err", "result_or_else")
  return or_else(r, f)

// Ok(v) -> Some(v); Err -> None. Builds the Option maps directly.
fun to_option(r)
  return __tag_convert(r, "Ok", "Err", "to_option", "Some", {"_tag": "None"})
