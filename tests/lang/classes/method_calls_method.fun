// A method calls another method of the same instance through this.
class Calc
  fun double(x)
    return x * 2
  fun quad(x)
    return this.double(this.double(x))
print(Calc().quad(3))   // expect: 12
