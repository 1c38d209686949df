// Wrong argument types raise catchable errors with uniform messages
try
  substr(1, 2, 3)
catch e
  print(e)  // expect: Runtime type error: substr: argument 1 must be a String, got Int
try
  substr("abc", "1", 2)
catch e
  print(e)  // expect: Runtime type error: substr: argument 2 must be an Int, got String
try
  substr("abc", 1, 2.0)
catch e
  print(e)  // expect: Runtime type error: substr: argument 3 must be an Int, got Float
try
  find("abc", nil)
catch e
  print(e)  // expect: Runtime type error: find: argument 2 must be a String, got Nil
try
  find("abc", "b", "1")
catch e
  print(e)  // expect: Runtime type error: find: argument 3 must be an Int, got String
try
  split([1], ",")
catch e
  print(e)  // expect: Runtime type error: split: argument 1 must be a String, got Array
try
  split("a", 1)
catch e
  print(e)  // expect: Runtime type error: split: argument 2 must be a String, got Int
try
  join("abc", ",")
catch e
  print(e)  // expect: Runtime type error: join: argument 1 must be an Array, got String
try
  join([1], 0)
catch e
  print(e)  // expect: Runtime type error: join: argument 2 must be a String, got Int
try
  regex_match(1, "a")
catch e
  print(e)  // expect: Runtime type error: regex_match: argument 1 must be a String, got Int
try
  regex_search("a", {})
catch e
  print(e)  // expect: Runtime type error: regex_search: argument 2 must be a String, got Map
try
  regex_replace("a", "a", 1)
catch e
  print(e)  // expect: Runtime type error: regex_replace: argument 3 must be a String, got Int
try
  starts_with(true, "a")
catch e
  print(e)  // expect: Runtime type error: starts_with: argument 1 must be a String, got Boolean
try
  ends_with("a", 1.5)
catch e
  print(e)  // expect: Runtime type error: ends_with: argument 2 must be a String, got Float
try
  upper(1)
catch e
  print(e)  // expect: Runtime type error: upper: argument 1 must be a String, got Int
try
  lower(nil)
catch e
  print(e)  // expect: Runtime type error: lower: argument 1 must be a String, got Nil
try
  trim([])
catch e
  print(e)  // expect: Runtime type error: trim: argument 1 must be a String, got Array
try
  ltrim(1)
catch e
  print(e)  // expect: Runtime type error: ltrim: argument 1 must be a String, got Int
try
  rtrim(1)
catch e
  print(e)  // expect: Runtime type error: rtrim: argument 1 must be a String, got Int
try
  replace("a", "a", nil)
catch e
  print(e)  // expect: Runtime type error: replace: argument 3 must be a String, got Nil
try
  repeat("a", "3")
catch e
  print(e)  // expect: Runtime type error: repeat: argument 2 must be an Int, got String
try
  ord(65)
catch e
  print(e)  // expect: Runtime type error: ord: argument 1 must be a String, got Int
try
  chr("A")
catch e
  print(e)  // expect: Runtime type error: chr: argument 1 must be an Int, got String
