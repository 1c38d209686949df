// lib/io/json.fun: the JSON class
#include <io/json.fun>
j = JSON()
v = j.parse("{\"a\": [1, 2, {\"b\": \"c\"}]}")
print(v["a"][2]["b"])                 // expect: c
print(j.stringify(v))                 // expect: {"a":[1,2,{"b":"c"}]}
print(j.stringify(v, nil))            // expect: {"a":[1,2,{"b":"c"}]}
print(j.stringify([1], 1))
// expect: [
// expect:   1
// expect: ]
print(j.parse(42) + 1)                // expect: 43
path = "/tmp/fun_json_class_" + to_string(pid()) + ".json"
print(j.to_file(path, v))             // expect: 1
print(j.from_file(path) == v)         // expect: true
remove_file(path)
try
  j.parse("[1,")
catch e
  print(e)  // expect: Runtime error: json_parse: invalid JSON at line 1, column 4 (byte 3): unexpected end of input
