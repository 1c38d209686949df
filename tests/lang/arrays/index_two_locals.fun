// x[i] with both x and i locals (one fused instruction): Arrays by Int in
// range on the fast path; negative indexes, Strings, Maps, errors and
// non-indexable values as for any x[i].
fun at(x, i)
  try
    return x[i]
  catch e
    return e
a = [10, 20, 30]
print(at(a, 0))          // expect: 10
print(at(a, 2))          // expect: 30
print(at(a, -1))         // expect: 30
print(at(a, 3))          // expect: Runtime error: index out of range: 3 (length 3)
print(at("abc", 1))      // expect: b
print(at({"k": 7}, "k")) // expect: 7
print(at({"k": 7}, "z")) // expect: nil
print(at(5, 0))          // expect: Runtime type error: cannot index int
fun total(xs)
  s = 0
  i = 0
  while i < len(xs)
    s = s + xs[i]
    i = i + 1
  return s
print(total([1, 2, 3, 4]))  // expect: 10
