// utils/tagged.fun: the operations shared by utils/option.fun and
// utils/result.fun. Included by both (once per program), so including
// option.fun, result.fun or both always gives the same definitions.
//
// The reference defined unwrap, unwrap_or, and_then and or_else in both
// files with different meanings, so with both files included the later
// file's versions silently won (unwrap_or(some(x), d) returned d). Here
// these four names are generic: they dispatch on the "_tag" of their
// argument and do the right thing for Some/None and for Ok/Err alike.
// Strict, type-specific spellings exist as well: option_unwrap,
// option_unwrap_or, option_and_then, option_or_else (option.fun) and
// result_unwrap, result_unwrap_or, result_and_then, result_or_else
// (result.fun); they throw when given the other kind of value.
//
// Errors are thrown as Strings (catch them with try/catch).

// "_tag" of an Option/Result value, nil for anything else.
fun __tag_of(x)
  if typeof(x) != "Map"
    return nil
  return x["_tag"]

// Some(v) / Ok(v) -> v. None / Err(e) throw.
fun unwrap(x)
  t = __tag_of(x)
  if t == "Some" || t == "Ok"
    return x["value"]
  if t == "None"
    throw "unwrap: called on None"
  if t == "Err"
    throw "unwrap: called on Err: " + to_string(x["error"])
  throw "unwrap: not an Option or Result: " + to_string(x)

// Some(v) / Ok(v) -> v, anything else -> d.
fun unwrap_or(x, d)
  t = __tag_of(x)
  if t == "Some" || t == "Ok"
    return x["value"]
  return d

// Some(v) / Ok(v) -> f(v) (f returns an Option / Result); None / Err pass through.
fun and_then(x, f)
  t = __tag_of(x)
  if t == "Some" || t == "Ok"
    return f(x["value"])
  return x

// None -> f(); Err(e) -> f(e); Some / Ok pass through.
fun or_else(x, f)
  t = __tag_of(x)
  if t == "None"
    return f()
  if t == "Err"
    return f(x["error"])
  return x

// The common shape of option_map / result_map (key "value", tag good) and of
// map_err (key "error", tag Err): x checked to be a good-or-bad value; a value
// with tag `tag` gets f applied to its `key`, any other passes through.
fun __tag_map(x, good, bad, name, tag, key, f)
  __tag_check(x, good, bad, name)
  if x["_tag"] == tag
    r = {"_tag": tag}
    r[key] = f(x[key])
    return r
  return x

// The common shape of to_result / to_option: the value of a good x kept
// under the other kind's good tag; a bad x becomes `bad_value`.
fun __tag_convert(x, good, bad, name, to_good, bad_value)
  __tag_check(x, good, bad, name)
  if x["_tag"] == good
    return {"_tag": to_good, "value": x["value"]}
  return bad_value

fun __tag_check(x, a, b, name)
  t = __tag_of(x)
  if t != a && t != b
    throw name + ": expected " + a + " or " + b + ", got " + to_string(x)
