// fixture
#include "cycle_a.fun"
print("b loaded")
