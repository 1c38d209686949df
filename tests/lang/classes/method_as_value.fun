class K(v)
  fun get()
    return this.v
k = K(3)
f = k.get
print(typeof(f))   // expect: Function
print(f(k))        // expect: 3
