// fixture
// a module with state: each namespace that includes it gets its own copy
print("counter module runs")
count = 0
fun bump()
  global count
  count += 1
  return count
