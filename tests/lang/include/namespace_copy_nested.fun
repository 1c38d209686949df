// The same alias in two different scopes names two copies as well
#include "inc/counter.fun" as c       // expect: counter module runs
#include "inc/nslib/user.fun" as u    // expect: counter module runs
c.bump()
print(c.bump(), u.user_bump())        // expect: 2 1
