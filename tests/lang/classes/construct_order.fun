// D19: field initializers from the root class down, then every class's own
// _construct from the root down with the call's arguments; a _construct that
// calls super._construct takes charge of the classes above it.
class A(x)
  log = []
  fun _construct(x)
    push(this.log, "A " + to_string(x))
class B(x) extends A
  fun _construct(x)
    push(this.log, "B " + to_string(x))
class C(x) extends B
  fun _construct(x, extra)
    super._construct(x)
    push(this.log, "C " + to_string(x) + " " + to_string(extra))
class D(x) extends C
print(A(0).log)        // expect: [A 0]
print(B(1).log)        // expect: [A 1, B 1]
// C's constructor calls B's itself; B's does not call A's
print(C(2, 3).log)     // expect: [B 2, C 2 3]
// D has no constructor of its own: C's runs, in charge as before
print(D(4, 5).log)     // expect: [B 4, C 4 5]
// header parameters take the first arguments; more are not an error
class P(a)
  b = a * 2
print(P(1, 2, 3).b)    // expect: 2
class Q(a)
  fun _construct(a, b, c)
    this.sum = a + b + c
print(Q(1, 2, 3).sum)  // expect: 6
