// fixture
fun helper_add(a, b)
  return a + b
