// Q4 fix: field assignment works at top level
obj = {}
obj.f = 1
obj.g = {}
obj.g.h = 2
print(obj)   // expect: {"f": 1, "g": {"h": 2}}
