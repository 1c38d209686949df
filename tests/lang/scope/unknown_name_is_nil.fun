// Reading a name never assigned gives nil.
print(never_assigned)           // expect: nil
print(typeof(never_assigned))   // expect: Nil
fun f()
  return also_unknown
print(f())                      // expect: nil
