// values JSON cannot hold raise a catchable error
fun try_str(v)
  try
    print(json_stringify(v))
  catch e
    print(e)
nan = sqrt(-1.0)
inf = exp(1000.0)
try_str([1, nan])      // expect: Runtime error: json_stringify: NaN cannot be written as JSON
try_str({"x": inf})    // expect: Runtime error: json_stringify: an infinite Float cannot be written as JSON
try_str(-inf)          // expect: Runtime error: json_stringify: an infinite Float cannot be written as JSON
fun f()
  return 1
try_str([f])           // expect: Runtime error: json_stringify: a Function cannot be written as JSON
try_str(print)         // expect: Runtime error: json_stringify: a Function cannot be written as JSON
// a value that contains itself hits the nesting limit instead of looping
a = [1]
push(a, a)
try_str(a)             // expect: Runtime error: json_stringify: nesting deeper than 1000 levels (or a value that contains itself)
try
  json_stringify(1, "yes")
catch e
  print(e)             // expect: Runtime type error: json_stringify: argument 2 must be a Bool, got String
json_stringify({"k": nan}) // expect runtime error: json_stringify: NaN cannot be written as JSON
