// env: FUN_LIB_DIR={root}/lib
// progress() writes a carriage return first: run it in a child interpreter
// and make the CR visible.
#include <io/console.fun>
script = "/tmp/fun_console_progress_" + to_string(pid()) + ".fun"
write_file(script, "#include <io/console.fun>\nc = Console()\nc.bar_width = 4\nc.progress(1, 2, \"a\")\nc.progress(2, 2, \"b\")\nprint(\"end\")\n")
r = proc_run([env("FUN_EXECUTABLE"), script])
remove_file(script)
print(r.code, replace(replace(r.out, "\r", "<CR>"), "\n", "<LF>"))
// expect: 0 <CR>[##--]  50% a<CR>[####] 100% b<LF>end<LF>
