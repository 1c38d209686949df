#include "inc/raises.fun"
try
  boom(5)
catch e
  print(e)   // expect: Runtime error: division by zero
