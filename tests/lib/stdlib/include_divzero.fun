// test/include_divzero.fun: the error inside an included library names the
// library file and its line
#include <test/include_divzero.fun>
print(ok())   // expect: 1
try
  boom()
catch e
  print(e)    // expect: Runtime error: division by zero
boom()
// expect runtime error: division by zero
// expect stderr: *lib/test/include_divzero.fun:8: Runtime error: division by zero
// expect stderr:   at boom (*lib/test/include_divzero.fun:8)
