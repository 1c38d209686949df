// starts_with / ends_with return Booleans (D6a)
print(starts_with("hello", "he"))   // expect: true
print(starts_with("hello", "lo"))   // expect: false
print(starts_with("hello", ""))     // expect: true
print(starts_with("he", "hello"))   // expect: false
print(starts_with("", ""))          // expect: true
print(ends_with("hello", "lo"))     // expect: true
print(ends_with("hello", "he"))     // expect: false
print(ends_with("hello", ""))       // expect: true
print(ends_with("lo", "hello"))     // expect: false
print(ends_with("hello", "hello"))  // expect: true
print(typeof(ends_with("a", "a")))  // expect: Boolean
if starts_with("file.txt", "file") && ends_with("file.txt", ".txt")
  print("both")                   // expect: both
