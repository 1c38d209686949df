print("nothing runs")
#include "inc/nope.fun"   // expect error: cannot find include 'inc/nope.fun'
