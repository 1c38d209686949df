// Console().term_cols() gives a positive Number without a terminal or COLUMNS.
// env: FUN_LIB_DIR={root}/lib
// env: COLUMNS=
// env: TERM=dumb
#include <io/console.fun>
c = Console()
n = c.term_cols()
print(typeof(n), n > 0)
// expect: Number true
