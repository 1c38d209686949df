// fixture
// a module that includes the counter under its own namespace name
#include "../counter.fun" as c
fun user_bump()
  return c.bump()
