// A nested fun named like a builtin shadows it only inside its function.
fun outer()
  fun len(x)
    return "mine"
  return len([1])
print(outer())      // expect: mine
print(len([1, 2]))  // expect: 2
