// Obj.method read without a call is a bound method that keeps its receiver.
class K(v)
  fun get()
    return this.v
k = K(3)
f = k.get
print(typeof(f))   // expect: Function
print(f(k))        // expect: 3
