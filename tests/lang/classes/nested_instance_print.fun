// An instance holding another instance prints both as ClassName{fields}.
class Inner(v)
  fun m()
    return 1
class Outer(inner)
  tag = "o"
print(Outer(Inner(1)))   // expect: Outer{"tag": o, "inner": Inner{"v": 1}}
