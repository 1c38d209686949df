// D7: arrays and maps compare structurally
a = [1, 2, [3]]
print(a == a)                    // expect: true
print([1, 2, [3]] == a)          // expect: true
print([1, 2] == [1, 2, 3])       // expect: false
print([1, 2] == [2, 1])          // expect: false
print([1] == [1.0])              // expect: true
print([] == [])                  // expect: true
print({"a": 1} == {"a": 1})      // expect: true
print({"a": 1, "b": 2} == {"b": 2, "a": 1})   // expect: true
print({"a": 1} == {"a": 2})      // expect: false
print({"a": 1} == {"a": 1, "b": 1})   // expect: false
print({} == [])                  // expect: false
print({"x": [1, {"y": nil}]} == {"x": [1, {"y": nil}]})   // expect: true
print([1] != [1])                // expect: false
