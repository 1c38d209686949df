// map / filter / reduce call back into Fun code
fun double(x)
  return x * 2
fun is_odd(x)
  return x % 2 == 1
fun add(acc, x)
  return acc + x
a = [1, 2, 3, 4, 5]
print(map(a, double))                 // expect: [2, 4, 6, 8, 10]
print(filter(a, is_odd))              // expect: [1, 3, 5]
print(reduce(a, 0, add))              // expect: 15
print(reduce(a, 100, add))            // expect: 115
print(reduce([], "init", add))        // expect: init
print(map([], double))                // expect: []
print(filter([], is_odd))             // expect: []
print(a)                              // expect: [1, 2, 3, 4, 5]
// fn literals and closures
k = 10
r = map(a, fn(x)
  return x + k
)
print(r)                              // expect: [11, 12, 13, 14, 15]
// filter uses truthiness (D5): 0, "", [], {}, nil, false are falsy
vals = [0, 1, "", "s", [], [0], {}, {"a": 1}, nil, false, true, 0.0, 0.5]
fun ident(x)
  return x
print(filter(vals, ident))            // expect: [1, s, [0], {"a": 1}, true, 0.5]
// builtins as callbacks
print(map(["a", "bb", "ccc"], len))   // expect: [1, 2, 3]
print(map([[1], [2, 3]], len))        // expect: [1, 2]
// reduce building a structure
fun collect(acc, x)
  push(acc, x * x)
  return acc
print(reduce([1, 2, 3], [], collect)) // expect: [1, 4, 9]
// a callback that grows the array does not loop forever
g = [1, 2, 3]
fun grow(x)
  push(g, x)
  return x
print(map(g, grow))                   // expect: [1, 2, 3]
print(g)                              // expect: [1, 2, 3, 1, 2, 3]
// a callback that shrinks the array stops early
h = [1, 2, 3, 4]
fun shrink(x)
  pop(h)
  return x
print(map(h, shrink))                 // expect: [1, 2]
// method sugar on arrays
print([1, 2, 3].map(double))          // expect: [2, 4, 6]
// wrong types
try
  map(5, double)
catch e
  print(e)    // expect: Runtime type error: map: argument 1 must be an Array, got Int
try
  map([1], 5)
catch e
  print(e)    // expect: Runtime type error: map: argument 2 must be a Function, got Int
try
  filter([1], "f")
catch e
  print(e)    // expect: Runtime type error: filter: argument 2 must be a Function, got String
try
  reduce([1], 0, nil)
catch e
  print(e)    // expect: Runtime type error: reduce: argument 3 must be a Function, got Nil
try
  reduce("abc", 0, add)
catch e
  print(e)    // expect: Runtime type error: reduce: argument 1 must be an Array, got String
