// join(arr, sep): elements use their display text (D10)
print(join(["a", "b", "c"], ", "))  // expect: a, b, c
print(join([1, [2], "a"], "-"))     // expect: 1-[2]-a
print(join([1, 2.5, "s", nil, true, [1]], "-")) // expect: 1-2.5-s-nil-true-[1]
print(join([{"k": 1}], ""))         // expect: {"k": 1}
print(join([], ",") == "")          // expect: true
print(join(["only"], ","))          // expect: only
print(join([1, 2, 3], ""))          // expect: 123
print(join([0.1 + 0.2], ""))        // expect: 0.30000000000000004
print(join(split("a b c", " "), "+")) // expect: a+b+c
class P(x)
  fun toString()
    return "P" + to_string(this.x)
print(join([P(1), P(2)], " "))      // expect: P1 P2
