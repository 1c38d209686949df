// random_seed makes the sequence deterministic
print(random_seed(42))               // expect: 0
a = []
for i in range(0, 20)
  push(a, random_int(0, 1000))
random_seed(42)
b = []
for i in range(0, 20)
  push(b, random_int(0, 1000))
print(a == b)                        // expect: true
random_seed(43)
c = []
for i in range(0, 20)
  push(c, random_int(0, 1000))
print(a == c)                        // expect: false
// bounds: [lo, hi); hi <= lo returns lo
ok = true
seen = {}
for i in range(0, 2000)
  r = random_int(-3, 4)
  if r < -3 || r >= 4 || typeof(r) != "Number"
    ok = false
  seen[to_string(r)] = true
print(ok, len(seen))                 // expect: true 7
print(random_int(5, 5), random_int(5, 2))   // expect: 5 5
print(random_int(7, 8))              // expect: 7
big = random_int(-9223372036854775807 - 1, 9223372036854775807)
print(typeof(big))                   // expect: Number
// random_float in [0, 1)
ok = true
sum = 0.0
for i in range(0, 2000)
  f = random_float()
  if f < 0 || f >= 1 || typeof(f) != "Float"
    ok = false
  sum += f
print(ok, sum > 800, sum < 1200)     // expect: true true true
random_seed(7)
x = random_float()
random_seed(7)
print(x == random_float())           // expect: true
// random_number(n): 2n lowercase hex characters
h = random_number(16)
print(len(h), regex_match(h, "^[0-9a-f]+$"))  // expect: 32 true
print(random_number(0) == "")        // expect: true
print(random_number(16) != h)        // expect: true
print(len(random_number(1048576)))   // expect: 2097152
try
  random_number(-1)
catch e
  print(e)    // expect: Runtime error: random_number: byte count must be 0..1048576, got -1
try
  random_number(1048577)
catch e
  print(e)    // expect: Runtime error: random_number: byte count must be 0..1048576, got 1048577
try
  random_number("4")
catch e
  print(e)    // expect: Runtime type error: random_number: argument 1 must be an Int, got String
try
  random_seed(1.5)
catch e
  print(e)    // expect: Runtime type error: random_seed: argument 1 must be an Int, got Float
try
  random_int(0, 1.5)
catch e
  print(e)    // expect: Runtime type error: random_int: argument 2 must be an Int, got Float
try
  random_float(1)
catch e
  print(e)    // expect: Runtime type error: random_float expects 0 arguments, got 1
try
  random_int(1)
catch e
  print(e)    // expect: Runtime type error: random_int expects 2 arguments, got 1
