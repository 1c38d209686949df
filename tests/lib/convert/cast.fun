// cast(v, type): type name is case-insensitive
print(cast(5, "number"))            // expect: 5
print(cast(2.9, "number"))          // expect: 2
print(cast(-2.9, "number"))         // expect: -2
print(typeof(cast(2.9, "number")))  // expect: Number
print(cast("42", "number"))         // expect: 42
print(cast(" 42 ", "NUMBER"))       // expect: 42
print(cast("2.9", "number"))        // expect: 2
print(cast("abc", "number"))        // expect: 0
print(cast("12abc", "number"))      // expect: 0
print(cast(true, "number"))         // expect: 1
print(cast(nil, "number"))          // expect: 0
print(cast([1], "number"))          // expect: 0
print(cast(1e300, "number"))        // expect: 9223372036854775807
print(cast(0.0 / 1.0 * -1.0, "number")) // expect: 0
// float
print(cast(2, "float"), typeof(cast(2, "float"))) // expect: 2 Float
print(cast("2.5", "Float"))         // expect: 2.5
print(typeof(cast("7", "float")))   // expect: Float
print(cast("x", "float"), typeof(cast("x", "float"))) // expect: 0 Float
print(cast(false, "float"))         // expect: 0
// string: display text (D10)
print(cast(12, "string") + "!")     // expect: 12!
print(cast([1, "a"], "string"))     // expect: [1, a]
print(cast({"k": [2]}, "String"))   // expect: {"k": [2]}
print(cast(0.5, "string"))          // expect: 0.5
print(cast(nil, "string"))          // expect: nil
print(typeof(cast(true, "string"))) // expect: String
// boolean: truthiness (D5), a Boolean
print(cast(1, "boolean"), cast(0, "boolean")) // expect: true false
print(cast("", "boolean"), cast("x", "Boolean")) // expect: false true
print(cast([], "boolean"), cast({}, "boolean"), cast(nil, "boolean")) // expect: false false false
print(typeof(cast(5, "boolean")))   // expect: Boolean
// array / map
print(cast([1, 2], "array"))        // expect: [1, 2]
print(cast(5, "array"))             // expect: [5]
print(cast("s", "ARRAY"))           // expect: [s]
a = [1]
print(cast(a, "array") == a)        // expect: true
print(cast({"a": 1}, "map"))        // expect: {"a": 1}
print(cast(5, "map"))               // expect: {}
print(typeof(cast([1], "map")))     // expect: Map
// function / nil
fun f()
  return 1
print(cast(f, "function")())        // expect: 1
print(cast(len, "function")([1, 2])) // expect: 2
print(cast(5, "function"))          // expect: nil
print(cast(5, "nil"))               // expect: nil
