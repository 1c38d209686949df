// utils/match.fun: value matching with a list of case maps.
//   match(value, cases) tries the cases in order; a case is a Map with
//     "is":   v      matches when value == v (language equality)
//     "when": pred   matches when pred(value) is truthy
//     "else": x      always matches (any value; put it last)
//   ("is" and "when" together must both hold) and a "then":
//     a Function is called as then(value) and its result returned;
//     any other value is returned as it is.
//   No matching case -> nil. A case without "then" returns nil when matched.
// A case that is not a Map, or has none of is/when/else, throws.

fun match(value, cases)
  for c in cases
    if typeof(c) != "Map"
      throw "match: each case must be a Map, got " + typeof(c)
    hit = false
    if has(c, "else")
      hit = true
    else if has(c, "is") || has(c, "when")
      hit = true
      if has(c, "is") && !(value == c["is"])
        hit = false
      if hit && has(c, "when") && !c["when"](value)
        hit = false
    else
      throw "match: a case needs \"is\", \"when\" or \"else\""
    if hit
      t = c["then"]
      if typeof(t) == "Function"
        return t(value)
      return t
  return nil
