// A captured Array stays alive and mutable after its frame returned.
fun make(v)
  data = [v]
  return fn(x)
    data[0] += x
    return data[0]

acc = make(100)
print(acc(1))    // expect: 101
print(acc(10))   // expect: 111
