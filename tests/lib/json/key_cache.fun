// object keys are shared within a document: duplicates and many distinct
// keys still give the right maps (and survive the collector)
v = json_parse("[{\"a\":1,\"a\":2,\"b\":3},{\"b\":4,\"a\":5},{\"k0\":0,\"k1\":1,\"k2\":2,\"k3\":3}]")
print(v)   // expect: [{"a": 2, "b": 3}, {"b": 4, "a": 5}, {"k0": 0, "k1": 1, "k2": 2, "k3": 3}]
parts = []
for i in range(300)
  push(parts, "{\"key" + to_string(i % 97) + "\":" + to_string(i) + ",\"key" + to_string(i % 97) + "\":" + to_string(i + 1) + "}")
w = json_parse("[" + join(parts, ",") + "]")
ok = true
for i in range(300)
  if w[i]["key" + to_string(i % 97)] != i + 1 || len(w[i]) != 1
    ok = false
print(ok, len(w))   // expect: true 300
