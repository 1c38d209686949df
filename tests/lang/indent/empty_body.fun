// language.md 2: a header with nothing indented after it has an empty body
x = 0
if false
print("always")   // expect: always
while false
print("after while")   // expect: after while
