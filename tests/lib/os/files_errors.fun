// file builtins: argument types and NUL bytes in paths are catchable errors
try
  read_file(1)
catch e
  print(e)
// expect: Runtime type error: read_file: argument 1 must be a String, got Int
try
  read_file("a\x00b")
catch e
  print(e)
// expect: Runtime error: read_file: path contains a NUL byte
try
  write_file("/tmp/x\x00y", "data")
catch e
  print(e)
// expect: Runtime error: write_file: path contains a NUL byte
try
  write_file("/tmp/x", 5)
catch e
  print(e)
// expect: Runtime type error: write_file: argument 2 must be a String, got Int
try
  write_file(nil, "a")
catch e
  print(e)
// expect: Runtime type error: write_file: argument 1 must be a String, got Nil
try
  append_file("/tmp/x", [1])
catch e
  print(e)
// expect: Runtime type error: append_file: argument 2 must be a String, got Array
try
  append_file("\x00", "a")
catch e
  print(e)
// expect: Runtime error: append_file: path contains a NUL byte
try
  file_exists(true)
catch e
  print(e)
// expect: Runtime type error: file_exists: argument 1 must be a String, got Boolean
try
  file_exists("/\x00")
catch e
  print(e)
// expect: Runtime error: file_exists: path contains a NUL byte
try
  is_dir({})
catch e
  print(e)
// expect: Runtime type error: is_dir: argument 1 must be a String, got Map
try
  is_dir("/tmp\x00")
catch e
  print(e)
// expect: Runtime error: is_dir: path contains a NUL byte
try
  file_size(1.5)
catch e
  print(e)
// expect: Runtime type error: file_size: argument 1 must be a String, got Float
try
  file_size("a\x00")
catch e
  print(e)
// expect: Runtime error: file_size: path contains a NUL byte
try
  mkdir(0)
catch e
  print(e)
// expect: Runtime type error: mkdir: argument 1 must be a String, got Int
try
  mkdir("/tmp/a\x00b")
catch e
  print(e)
// expect: Runtime error: mkdir: path contains a NUL byte
try
  remove_file(nil)
catch e
  print(e)
// expect: Runtime type error: remove_file: argument 1 must be a String, got Nil
try
  remove_file("/tmp\x00")
catch e
  print(e)
// expect: Runtime error: remove_file: path contains a NUL byte
try
  rename_file("a", 1)
catch e
  print(e)
// expect: Runtime type error: rename_file: argument 2 must be a String, got Int
try
  rename_file("a\x00", "b")
catch e
  print(e)
// expect: Runtime error: rename_file: path contains a NUL byte
try
  rename_file("a", "b\x00")
catch e
  print(e)
// expect: Runtime error: rename_file: path contains a NUL byte
try
  realpath(1)
catch e
  print(e)
// expect: Runtime type error: realpath: argument 1 must be a String, got Int
try
  realpath(".\x00")
catch e
  print(e)
// expect: Runtime error: realpath: path contains a NUL byte
try
  chdir(1)
catch e
  print(e)
// expect: Runtime type error: chdir: argument 1 must be a String, got Int
try
  chdir("/\x00tmp")
catch e
  print(e)
// expect: Runtime error: chdir: path contains a NUL byte
try
  os_list_dir(nil)
catch e
  print(e)
// expect: Runtime type error: os_list_dir: argument 1 must be a String, got Nil
try
  os_list_dir(".\x00")
catch e
  print(e)
// expect: Runtime error: os_list_dir: path contains a NUL byte
try
  getcwd(1)
catch e
  print(e)
// expect: Runtime type error: getcwd expects 0 arguments, got 1
try
  write_file("a")
catch e
  print(e)
// expect: Runtime type error: write_file expects 2 arguments, got 1
