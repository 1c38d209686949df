// Match() with is, when and else cases, then as a value or a function; no case
// matching gives nil.
// env: FUN_LIB_DIR={root}/lib
#include <utils/match.fun>
fun describe(v)
  return match(v, [{"is": 0, "then": "zero"}, {"is": [1, 2], "then": "pair"}, {"when": fn(x)
    return typeof(x) == "Number" && x < 0
  , "then": fn(x)
    return "negative " + to_string(0 - x)
  }, {"is": 7, "when": fn(x)
    return false
  , "then": "never"}, {"else": true, "then": fn(x)
    return "other " + to_string(x)
  }])

print(describe(0), describe([1, 2]), describe(-4), describe(7), describe("s"))
print(match(1, []), match(1, [{"is": 2, "then": "two"}]), match(3, [{"is": 3}]))
print(match(1.0, [{"is": 1, "then": "numeric equality"}]))
try
  match(1, [5])
catch e
  print(e)
try
  match(1, [{"then": 1}])
catch e
  print(e)
// expect: zero pair negative 4 other 7 other s
// expect: nil nil nil
// expect: numeric equality
// expect: match: each case must be a Map, got Number
// expect: match: a case needs "is", "when" or "else"
