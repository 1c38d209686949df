// Float, boolean, string and array declarations convert or check their values.
float f = 2
print(typeof(f))   // expect: Float
print(f / 4)       // expect: 0.5
float g = 1.5
print(g)           // expect: 1.5
string s = "text"
print(s)           // expect: text
array a = [1, 2]
print(a)           // expect: [1, 2]
boolean t = true
print(t)           // expect: true
t = false
print(t)           // expect: false
boolean one = 1
print(one == true) // expect: true
boolean zero = 0
print(zero == false)   // expect: true
