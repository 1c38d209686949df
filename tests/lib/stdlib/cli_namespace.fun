// Cli.fun included as a namespace.
// env: FUN_LIB_DIR={root}/lib
// args: p --k=v
#include <cli.fun> as cli
print(cli.argv(), cli.parse_args(cli.argv()))
// expect: [p, --k=v] {"flags": {"k": v}, "positionals": [p]}
