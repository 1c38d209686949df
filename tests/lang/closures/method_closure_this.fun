// A fn literal made in a method captures this.
class Button(label)
  clicks = 0
  fun handler()
    return fn()
      this.clicks += 1
      return this.label + " " + to_string(this.clicks)
b = Button("ok")
h = b.handler()
h()
print(h())        // expect: ok 2
print(b.clicks)   // expect: 2
