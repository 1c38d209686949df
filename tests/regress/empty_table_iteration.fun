// Iterating a Map or instance with no entries did pointer arithmetic on a
// NULL entry array (undefined behaviour that UBSan reported, 553f7c9): every
// walk over an empty table yields nothing and never touches memory.
m = {}
for k in m
  print("never")
for k, v in m
  print("never")
print(keys(m), values(m), len(m))   // expect: [] [] 0
class Empty()
e = Empty()
print(keys(e), e == e)              // expect: [] true
print(m == {}, to_string({}))       // expect: true {}
n = {}
n["a"] = 1
remove(n, "a")
print(keys(n), len(n))              // expect: [] 0
