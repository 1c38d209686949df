// env: FUN_LIB_DIR={root}/lib
// progress() writes a carriage return first and returns the percent: run it
// in a child interpreter (no terminal: 80 columns) and make the CR visible.
#include <io/console.fun>
script = "/tmp/fun_console_progress_" + to_string(pid()) + ".fun"
write_file(script, "#include <io/console.fun>\nc = Console()\nx = c.progress(1, 2, \"a\")\ny = c.progress(2, 2, \"b\")\nprint(x, y)\n")
r = proc_run([env("FUN_EXECUTABLE"), script], {"env": {"COLUMNS": "", "TERM": "dumb"}})
remove_file(script)
out = replace(replace(r.out, "\r", "<CR>"), "\n", "<LF>")
print(r.code, len(r.out))
print(substr(out, 0, 16), substr(out, len(out) - 22, 22))
// expect: 0 168
// expect: <CR>a [========= ==] 100%<LF>50 100<LF>
