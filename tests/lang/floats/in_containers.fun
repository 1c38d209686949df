// Floats print the same inside Arrays and Maps as alone.
print([1.5, 2.0, 0.1])       // expect: [1.5, 2, 0.1]
print({"f": 0.5})            // expect: {"f": 0.5}
print(to_string(0.1 + 0.2))  // expect: 0.30000000000000004
print(to_string(3.0))        // expect: 3
