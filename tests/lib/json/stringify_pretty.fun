// pretty output: 2-space indent, a newline after [ { and every comma, no
// space after ':'; an empty container is its brackets on two lines (the
// reference's layout)
m = {}
m["a"] = {}
m["b"] = [1, [], {"c": "d"}]
print(json_stringify(m, true))
// expect: {
// expect:   "a":{
// expect:   },
// expect:   "b":[
// expect:     1,
// expect:     [
// expect:     ],
// expect:     {
// expect:       "c":"d"
// expect:     }
// expect:   ]
// expect: }
print(json_stringify([], 1))
// expect: [
// expect: ]
print(json_stringify(5, true))             // expect: 5
print(json_parse(json_stringify(m, true)) == m)  // expect: true
