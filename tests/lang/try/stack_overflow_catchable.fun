// A stack overflow is a catchable runtime error.
fun down(n)
  return down(n + 1) + 1
try
  down(0)
catch e
  print(e)   // expect: Runtime error: stack overflow
// the VM is usable again afterwards, and can overflow again
try
  down(0)
catch e
  print("again: " + e)   // expect: again: Runtime error: stack overflow
fun fib(n)
  if n < 2
    return n
  return fib(n - 1) + fib(n - 2)
print(fib(15))  // expect: 610
