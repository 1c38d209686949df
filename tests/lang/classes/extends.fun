// Extends inherits fields and methods; the subclass overrides and adds.
class Animal(name)
  legs = 4
  fun speak()
    return this.name + " makes a sound"
  fun describe()
    return this.name + " has " + to_string(this.legs) + " legs"
class Dog(name) extends Animal
  fun speak()
    return this.name + " barks"
class Bird(name) extends Animal
  legs = 2
d = Dog("rex")
b = Bird("tweety")
print(d.speak())      // expect: rex barks
print(d.describe())   // expect: rex has 4 legs
print(b.speak())      // expect: tweety makes a sound
print(b.describe())   // expect: tweety has 2 legs
print(typeof(d))      // expect: Dog
