// A runtime error in an included function names the included file in the
// message and trace.
#include "inc/raises.fun"
print("calling")
boom(1)
// expect: calling
// expect runtime error: Runtime error: division by zero
// expect stderr: *raises.fun:3: Runtime error: division by zero
// expect stderr:   at boom (*raises.fun:3)
// expect stderr:   at <main> ({file}:5)
