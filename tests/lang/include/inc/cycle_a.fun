// fixture
#include "cycle_b.fun"
print("a loaded")
