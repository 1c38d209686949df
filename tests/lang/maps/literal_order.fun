// D11: map literals keep source order
print({"z": 1, "a": "x"})       // expect: {"z": 1, "a": x}
print({"b": 1, "a": 2, "c": 3}) // expect: {"b": 1, "a": 2, "c": 3}
print({"k": "v", "n": [1, {"z": nil}]})   // expect: {"k": v, "n": [1, {"z": nil}]}
m = {}
m["z"] = 1
m["a"] = 2
print(m)                        // expect: {"z": 1, "a": 2}
print({})                       // expect: {}
