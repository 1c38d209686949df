// json_to_file / json_from_file
path = "/tmp/fun_json_files_test_" + to_string(pid()) + ".json"
v = {"name": "x", "list": [1, 2.5, nil, true], "deep": {"e": {}}}
print(json_to_file(path, v))              // expect: 1
print(read_file(path))                    // expect: {"name":"x","list":[1,2.5,null,true],"deep":{"e":{}}}
print(json_from_file(path) == v)          // expect: true
print(json_to_file(path, 7, true))        // expect: 1
print(len(read_file(path)), json_from_file(path))  // expect: 1 7
print(json_to_file(path, [1], true))      // expect: 1
print(read_file(path) == "[\n  1\n]")     // expect: true
// a scalar document needs no trailing newline; whitespace around is fine
write_file(path, "42")
print(json_from_file(path))               // expect: 42
write_file(path, "\n null \n")
print(json_from_file(path) == nil)        // expect: true
// invalid text: the error names the position
write_file(path, "{\n  \"a\": tru\n}")
try
  json_from_file(path)
catch e
  print(e)  // expect: Runtime error: json_from_file: invalid JSON at line 2, column 8 (byte 9): unexpected character, found 't'
remove_file(path)
// a missing file is an error too (nil would be a valid document)
try
  json_from_file(path)
catch e
  print(replace(e, path, "PATH"))  // expect: Runtime error: json_from_file: cannot open PATH: No such file or directory
// a file that cannot be created gives 0, as write_file
print(json_to_file("/nonexistent-dir/x.json", 1))  // expect: 0
try
  json_to_file(path, [sqrt(-1.0)])
catch e
  print(e)  // expect: Runtime error: json_to_file: NaN cannot be written as JSON
print(file_exists(path))  // expect: false
