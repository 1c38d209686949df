// A result larger than the small-block pools becomes its String without a
// copy: it must read back whole, be collected like any String, and leave
// later allocations unharmed.
rows = []
for i in range(0, 2000)
  push(rows, {"i": i, "f": i / 8.0, "s": "row " + to_string(i)})
text = json_stringify(rows)
print(len(text) > 256, starts_with(text, "[{\"i\":0,\"f\":0.0,\"s\":\"row 0\"}"))  // expect: true true
back = json_parse(text)
print(len(back), back[1999]["f"], back[1999]["s"])    // expect: 2000 249.875 row 1999
i = 0
while i < 30
  t = json_stringify(rows)     // garbage: the collector frees adopted Strings
  i += 1
print(t == text, len(json_stringify([])), json_stringify({"a": [1, 2.5]}))  // expect: true 2 {"a":[1,2.5]}
