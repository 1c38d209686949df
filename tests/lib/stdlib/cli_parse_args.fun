// env: FUN_LIB_DIR={root}/lib
#include <cli.fun>
r = parse_args(["-ab", "--name=value", "--flag", "pos1", "-", "--empty=", "--eq=a=b", "--", "-c", "--x"])
print(r)
print(r.flags.a, r.flags["name"], r.positionals)
print(parse_args([]), parse_args(nil))
print(parse_args(["--v=1", "--v=2", "-v"]).flags)
// expect: {"flags": {"a": true, "b": true, "name": value, "flag": true, "empty": , "eq": a=b}, "positionals": [pos1, -, -c, --x]}
// expect: true value [pos1, -, -c, --x]
// expect: {"flags": {}, "positionals": []} {"flags": {}, "positionals": []}
// expect: {"v": true}
