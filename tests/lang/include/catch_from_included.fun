// An error raised in an included function is caught by the includer's try.
#include "inc/raises.fun"
try
  boom(5)
catch e
  print(e)   // expect: Runtime error: division by zero
