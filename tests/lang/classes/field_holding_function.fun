// compat: on an instance, x.f(args) looks up fields then methods and passes x as this
class Holder
  fun m(v)
    return "method " + to_string(v)
h = Holder()
h.cb = fn(self, v)
  return typeof(self) + " " + to_string(v)
print(h.cb(7))   // expect: Holder 7
print(h.m(8))    // expect: method 8
