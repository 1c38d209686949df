// contains / indexOf use the == equality (D7); contains answers a Boolean
a = [1, 2.5, "x", [1, 2], {"k": 1}, nil, true]
print(contains(a, 1))         // expect: true
print(contains(a, 1.0))       // expect: true
print(contains(a, 2.5))       // expect: true
print(contains(a, "x"))       // expect: true
print(contains(a, "y"))       // expect: false
print(contains(a, [1, 2]))    // expect: true
print(contains(a, [2, 1]))    // expect: false
print(contains(a, {"k": 1}))  // expect: true
print(contains(a, nil))       // expect: true
print(contains(a, true))      // expect: true
print(typeof(contains(a, 1))) // expect: Boolean
print(contains([], 1))        // expect: false
print(indexOf(a, 1))          // expect: 0
print(indexOf(a, "x"))        // expect: 2
print(indexOf(a, [1, 2]))     // expect: 3
print(indexOf(a, nil))        // expect: 5
print(indexOf([1, "x", nil], 99))   // expect: -1
print(indexOf([3, 3, 3], 3))  // expect: 0
print(indexOf([1, 2], 2.0))   // expect: 1
// on strings: substring test and byte offset
print(contains("hello world", "o w"))  // expect: true
print(contains("hello", "xyz"))        // expect: false
print(contains("hello", ""))           // expect: true
print(contains("", "a"))               // expect: false
print(indexOf("hello", "l"))           // expect: 2
print(indexOf("hello", "lo"))          // expect: 3
print(indexOf("hello", "hello!"))      // expect: -1
print(indexOf("hello", ""))            // expect: 0
print(indexOf("a\0b", "b"))            // expect: 2
print(contains("a\0b", "\0"))          // expect: true
// wrong types
try
  contains(5, 1)
catch e
  print(e)    // expect: Runtime type error: contains: argument 1 must be an Array or String, got Int
try
  contains("abc", 1)
catch e
  print(e)    // expect: Runtime type error: contains: argument 2 must be a String, got Int
try
  indexOf({"a": 1}, "a")
catch e
  print(e)    // expect: Runtime type error: indexOf: argument 1 must be an Array or String, got Map
try
  indexOf("abc", nil)
catch e
  print(e)    // expect: Runtime type error: indexOf: argument 2 must be a String, got Nil
