// Typeof of every kind of value.
print(typeof(1))          // expect: Number
print(typeof(-5))         // expect: Number
print(typeof(1.5))        // expect: Float
print(typeof("s"))        // expect: String
print(typeof(""))         // expect: String
print(typeof(true))       // expect: Boolean
print(typeof(nil))        // expect: Nil
print(typeof([]))         // expect: Array
print(typeof({}))         // expect: Map
fun f()
  return 1
print(typeof(f))          // expect: Function
print(typeof(fn()
  return 1
))                        // expect: Function
print(typeof(print))      // expect: Function
print(typeof(1 + 1.0))    // expect: Float
print(typeof(7 / 2))      // expect: Number
