// a comparator returns a Boolean ("a before b") or a number (<0, 0, >0)
fun desc(a, b)
  return a > b
fun cmp3(a, b)
  return b - a
fun by_len(a, b)
  return len(a) < len(b)
print(sort([3, 1, 2], desc))             // expect: [3, 2, 1]
print(sort([3, 1, 2], cmp3))             // expect: [3, 2, 1]
print(sort([0.5, 0.25, 1.5], fn(a, b)
  return a - b
))                                       // expect: [0.25, 0.5, 1.5]
print(sort(["ccc", "a", "bb"], by_len))  // expect: [a, bb, ccc]
// comparators can order anything, e.g. maps by a field
people = [{"n": "bob", "age": 30}, {"n": "al", "age": 25}, {"n": "cy", "age": 35}]
sort(people, fn(a, b)
  return a["age"] < b["age"]
)
print(map(people, fn(p)
  return p["n"]
))                                       // expect: [al, bob, cy]
// mixed types are fine with a comparator
fun by_str(a, b)
  return to_string(a) < to_string(b)
print(sort([10, "9", 8.5, true], by_str)) // expect: [10, 8.5, 9, true]
// builtins can be comparators too
print(sort([3, 1, 2], fmax))           // expect: [3, 1, 2]
// a comparator returning something else is a type error
try
  sort([1, 2], fn(a, b)
    return "yes"
  )
catch e
  print(e)    // expect: Runtime type error: sort: comparator must return a Boolean or a number, got String
try
  sort([1, 2], fn(a, b)
    return nil
  )
catch e
  print(e)    // expect: Runtime type error: sort: comparator must return a Boolean or a number, got Nil
try
  sort([1, 2], 5)
catch e
  print(e)    // expect: Runtime type error: sort: argument 2 must be a Function, got Int
// a comparator with one element or none is never called
print(sort([1], fn(a, b)
  throw "never"
))                                       // expect: [1]
// the comparator may clear the array: the sorted result is still stored
arr = [3, 1, 2]
fun clearing(a, b)
  clear(arr)
  return a < b
sort(arr, clearing)
print(arr)                               // expect: [1, 2, 3]
