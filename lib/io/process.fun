// io/process.fun: running programs WITHOUT a shell (docs/rulings.md D29).
// A command is an Array of Strings [program, arg1, ...] (recommended), or a
// String that proc_run splits into words itself (no shell syntax: pipes,
// redirections and variables are not interpreted).
//   p = Process()
//   p.run(cmd)              -> {"out": stdout, "code": exit status}
//   p.run_input(cmd, text)  -> same, with text fed on the child's stdin
//   p.run_merge_stderr(cmd) -> {"out": stdout + stderr, "code": status};
//                              stderr is appended after stdout (the
//                              reference appended "2>&1" to a shell line,
//                              which interleaved the two streams)
//   p.run_with(cmd, opts)   -> proc_run(cmd, opts): "stdin", "stderr",
//                              "cwd", "timeout_ms", "env" (see proc_run)
//   p.system(cmd)           -> exit status, output goes to our stdout
//   p.check_call(cmd)       -> 1 when the exit status is 0, else 0 (as the reference)
// A program that cannot be started gives code -1 (proc_run/system print
// the reason on stderr).

class Process()
  fun run(this, cmd)
    return proc_run(cmd)

  fun run_input(this, cmd, text)
    return proc_run(cmd, {"stdin": to_string(text)})

  fun run_merge_stderr(this, cmd)
    r = proc_run(cmd, {"stderr": true})
    return {"out": r["out"] + r["err"], "code": r["code"]}

  fun run_with(this, cmd, opts)
    return proc_run(cmd, opts)

  fun system(this, cmd)
    return system(cmd)

  fun check_call(this, cmd)
    return system(cmd) == 0 ? 1 : 0
