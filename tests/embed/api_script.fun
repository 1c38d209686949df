// fixture
// Run by tests/embed/api_test.c through fun_run_file: makes garbage, then
// defines what the C side calls.
junk = []
for i in range(0, 2000)
  junk = [i, "s" + to_string(i), {"k": [i]}]
class Counter(n)
  fun bump(by)
    this.n += by
    return this.n
fun bump_twice(c)
  host_apply(c.bump, 1)
  return host_apply(fn(x)
    return c.bump(x)
  , 1)
print("script ran", junk[0])
