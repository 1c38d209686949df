// cli.fun: command-line helpers.
//   argv()          -> Array of the script's arguments (Strings). This is
//                      the core builtin of the same name; the assignment
//                      below only makes it reachable through a namespace
//                      (`#include <cli.fun> as cli` -> cli.argv()).
//   parse_args(arr) -> {"flags": Map, "positionals": Array}
//     --name=value  flags["name"] = "value" (String, may be "")
//     --name        flags["name"] = 1
//     -abc          flags["a"] = flags["b"] = flags["c"] = 1 (Ints, as the reference)
//     --            every later argument is positional
//     -             (a lone dash) and anything else: positional, in order
//   A later flag of the same name overwrites an earlier one.
argv = argv

fun parse_args(args)
  flags = {}
  positionals = []
  only_pos = false
  if args == nil
    args = []
  for a in args
    a = to_string(a)
    n = len(a)
    if only_pos || n < 2 || a[0] != "-"
      push(positionals, a)
    else if a == "--"
      only_pos = true
    else if a[1] == "-"
      body = substr(a, 2, n - 2)
      eq = find(body, "=")
      if eq >= 0
        flags[substr(body, 0, eq)] = substr(body, eq + 1, len(body) - eq - 1)
      else
        flags[body] = 1
    else
      for i in range(1, n)
        flags[a[i]] = 1
  return {"flags": flags, "positionals": positionals}
