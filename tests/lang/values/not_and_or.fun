// D6: ! && || yield Booleans and short-circuit
print(!true)        // expect: false
print(!0)           // expect: true
print(!"")          // expect: true
print(![1])         // expect: false
print(1 && 2)       // expect: true
print(1 && 0)       // expect: false
print(0 || 5)       // expect: true
print(0 || "")      // expect: false
print("a" || 0)     // expect: true
print(nil && 1)     // expect: false
print(typeof(0 || 5))   // expect: Boolean
print(typeof(1 && 1))   // expect: Boolean
