// Instances stored in Arrays and Maps keep their methods.
class Greeter(name)
  fun hi()
    return "hi " + this.name
m = {"g": Greeter("ann")}
print(m.g.hi())         // expect: hi ann
arr = [Greeter("bob")]
print(arr[0].hi())      // expect: hi bob
print(arr[-1].name)     // expect: bob
