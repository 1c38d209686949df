// env: FUN_LIB_DIR={root}/lib
// env: COLUMNS=123
#include <io/console.fun>
c = Console()
print(c.term_cols())
print(c.progress_str(3, 10, "files"))
c.bar_width = 10
print(c.progress_str(0, 4, "start"))
print(c.progress_str(2, 4, "half"))
print(c.progress_str(4, 4, nil))
print(c.progress_str(9, 4, ""))
print(c.progress_str(0, 0, "empty"))
// strings.fun comes with console.fun (as in the reference)
print(str_trim("  ok  "))
// expect: 123
// expect: [#########---------------------]  30% files
// expect: [----------]   0% start
// expect: [#####-----]  50% half
// expect: [##########] 100%
// expect: [##########] 100%
// expect: [##########] 100% empty
// expect: ok
