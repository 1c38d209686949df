// env: FUN_LIB_DIR={root}/lib
// env: COLUMNS=40
// progress draws "label [=====     ] 50%" over the terminal width, one column
// short of it so that the cursor never wraps to the next line
#include <io/console.fun>
c = Console()
print(c.term_cols())
print(c.progress_str(3, 10, "files"))
print(len(c.progress_str(3, 10, "files")))
print(c.progress_line(0, 4, "start", 30))
print(c.progress_line(2, 4, "half", 30))
print(c.progress_line(4, 4, nil, 30))
print(c.progress_line(9, 4, "", 30))
print(c.progress_line(0, 0, "empty", 30))
// a long label still leaves a bar of 10
print(c.progress_line(1, 2, repeat("x", 40), 30))
// strings.fun comes with console.fun (as in the reference)
print(str_trim("  ok  "))
// expect: 40
// expect: files [========                   ] 30%
// expect: 39
// expect: start [                  ] 0%
// expect: half [=========         ] 50%
// expect: [======================] 100%
// expect: [======================] 100%
// expect: empty [================] 100%
// expect: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx [=====     ] 50%
// expect: ok
