#include "inc/raises.fun"
print("calling")
boom(1)
// expect: calling
// expect runtime error: Runtime error: division by zero
// expect stderr: *raises.fun:3: Runtime error: division by zero
// expect stderr:   at boom (*raises.fun:3)
// expect stderr:   at <main> ({file}:3)
