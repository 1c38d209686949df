// D14 (revised): boolean takes Booleans and any number (its truthiness);
// other values are the TypeError, at declaration and on assignment
boolean b = 2
print(b)            // expect: true
b = 0
print(b)            // expect: false
b = -7
print(b)            // expect: true
b = 0.0
print(b)            // expect: false
b = 0.25
print(b, typeof(b)) // expect: true Boolean
try
  boolean c = "yes"
  print("accepted")
catch e
  print(e)          // expect: TypeError: expected Boolean
try
  b = [1]
catch e
  print(e)          // expect: TypeError: expected Boolean
print(b)            // expect: true
fun f(n)
  boolean local = n
  return local
print(f(5), f(0))   // expect: true false
fun g()
  b = 0             // the typed global above: converted too
g()
print(b)            // expect: false
// class header parameters too
class Flag(boolean on)
print(Flag(2).on, Flag(0).on)   // expect: true false
try
  Flag("x")
catch e
  print(e)                      // expect: TypeError: Flag() expects Boolean for 'on'
