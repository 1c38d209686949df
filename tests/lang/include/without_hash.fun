// language.md 16: `include` is also recognised without the `#`
include "inc/helper.fun"
print(helper_add(20, 22))   // expect: 42
