// note: untyped header parameters follow the lenient call rule (D18): missing ones are nil
class Pair(a, b)
  fun both()
    return [this.a, this.b]
print(Pair(1).both())   // expect: [1, nil]
