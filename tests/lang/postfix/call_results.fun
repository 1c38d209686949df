// Indexing, fields and calls chained on call results.
fun arr()
  return [1, [2, 3]]
fun mp()
  return {"k": {"j": "deep"}}
print(arr()[1][0])     // expect: 2
print(mp().k.j)        // expect: deep
print(mp()["k"]["j"])  // expect: deep
fun fns()
  return [fn(x)
    return x + 1
  ]
print(fns()[0](41))    // expect: 42
