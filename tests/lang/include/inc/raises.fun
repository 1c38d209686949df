// fixture
fun boom(x)
  return x / 0
