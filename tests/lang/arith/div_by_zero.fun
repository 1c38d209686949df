// Division and modulo by zero raise catchable runtime errors, for Ints and
// Floats.
fun div(a, b)
  try
    return a / b
  catch e
    return e
fun mod(a, b)
  try
    return a % b
  catch e
    return e
print(div(1, 0))       // expect: Runtime error: division by zero
print(div(1, 0.0))     // expect: Runtime error: division by zero
print(div(0.0, 0.0))   // expect: Runtime error: division by zero
print(div(1.5, 0))     // expect: Runtime error: division by zero
print(mod(1, 0))       // expect: Runtime error: modulo by zero
print(mod(1.5, 0.0))   // expect: Runtime error: modulo by zero
print(mod(3, 0.0))     // expect: Runtime error: modulo by zero
