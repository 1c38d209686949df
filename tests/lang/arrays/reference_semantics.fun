// Arrays are references: an alias sees changes.
a = [1, 2]
b = a
b[0] = 9
print(a)         // expect: [9, 2]
fun setfirst(arr)
  arr[0] = "set"
setfirst(a)
print(b)         // expect: [set, 2]
