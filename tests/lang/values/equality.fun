// D7
print(1 == 1.0)            // expect: true
print(0.5 + 0.5 == 1)      // expect: true
x = 1.5
print(x == x)              // expect: true
print(1.5 == 1.5)          // expect: true
print("ab" == "ab")        // expect: true
print("ab" == "abc")       // expect: false
print("1" == 1)            // expect: false
print("" == nil)           // expect: false
print(nil == nil)          // expect: true
print(nil == false)        // expect: false
print(0 == nil)            // expect: false
print(true == true)        // expect: true
print(true == false)       // expect: false
print(true == 1)           // expect: true
print(false == 0)          // expect: true
print(1 == true)           // expect: true
print("true" == true)      // expect: false
print([] == false)         // expect: false
