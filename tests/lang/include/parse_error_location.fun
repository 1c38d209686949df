// A parse error in an included file names that file and line.
print("nothing runs")
#include "inc/bad_syntax.fun"
// expect exit: 1
// expect stderr: Parse error *bad_syntax.fun:2:*
// expect stderr: Failed to compile script: *
