// A method that recurses 50000 deep through this.
class Counter
  fun down(n)
    if n == 0
      return "bottom"
    return this.down(n - 1)
print(Counter().down(50000))   // expect: bottom
