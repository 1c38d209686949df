// D11: duplicate key in a literal: last value wins
print({"a": 1, "a": 2})          // expect: {"a": 2}
m = {"a": 1, "b": 2, "a": 3}
print(m["a"])                    // expect: 3
print(len(m))                    // expect: 2
// note: the key keeps its first position (Python dict semantics)
print(m)                         // expect: {"a": 3, "b": 2}
