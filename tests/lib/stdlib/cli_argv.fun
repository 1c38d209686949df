// Cli.fun: argv() gives the script's arguments, parse_args splits flags and
// positionals.
// env: FUN_LIB_DIR={root}/lib
// args: one "two words" --three=3 -x
#include <cli.fun>
a = argv()
print(len(a), a)
print(parse_args(argv()))
// expect: 4 [one, two words, --three=3, -x]
// expect: {"flags": {"three": 3, "x": 1}, "positionals": [one, two words]}
