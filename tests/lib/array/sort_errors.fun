// default order needs all numbers or all strings (D8)
try
  sort([1, "a"])
catch e
  print(e)    // expect: Runtime type error: sort: cannot compare Int and String
try
  sort(["a", 2.5])
catch e
  print(e)    // expect: Runtime type error: sort: cannot compare String and Float
try
  sort([nil, 1])
catch e
  print(e)    // expect: Runtime type error: sort: cannot order Nil values
try
  sort([[1], [2]])
catch e
  print(e)    // expect: Runtime type error: sort: cannot order Array values
try
  sort([true])
catch e
  print(e)    // expect: Runtime type error: sort: cannot order Boolean values
a = [3, 2, "x"]
try
  sort(a)
catch e
  print(e)    // expect: Runtime type error: sort: cannot compare Int and String
print(a)        // expect: [3, 2, x]
try
  sort("cba")
catch e
  print(e)    // expect: Runtime type error: sort: argument 1 must be an Array, got String
