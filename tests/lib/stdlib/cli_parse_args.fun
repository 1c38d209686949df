// Parse_args: short flag groups, --name=value, -, --, empty and nil argument
// lists.
// env: FUN_LIB_DIR={root}/lib
#include <cli.fun>
r = parse_args(["-ab", "--name=value", "--flag", "pos1", "-", "--empty=", "--eq=a=b", "--", "-c", "--x"])
print(r)
print(r.flags.a, r.flags["name"], r.positionals)
print(parse_args([]), parse_args(nil))
print(parse_args(["--v=1", "--v=2", "-v"]).flags)
// expect: {"flags": {"a": 1, "b": 1, "name": value, "flag": 1, "empty": , "eq": a=b}, "positionals": [pos1, -, -c, --x]}
// expect: 1 value [pos1, -, -c, --x]
// expect: {"flags": {}, "positionals": []} {"flags": {}, "positionals": []}
// expect: {"v": 1}
