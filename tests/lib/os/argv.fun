// argv(): the script's arguments, without the script path
// args: one "two three" '' --flag
a = argv()
print(typeof(a))    // expect: Array
print(len(a))       // expect: 4
print(a[0])         // expect: one
print(a[1])         // expect: two three
print(len(a[2]))    // expect: 0
print(a[3])         // expect: --flag
// a fresh array each call
push(a, "x")
print(len(argv()))  // expect: 4
