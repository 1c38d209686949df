// a top-level fun anywhere in the program shadows the builtin
fun use()
  return len("abc")
fun len(x)
  return 99
print(use())   // expect: 99
