// CGI parses the Cookie header, quoted and bare values included.
// env: FUN_LIB_DIR={root}/lib
// env: HTTP_COOKIE=sid=abc123; theme = dark ;quoted="q v"; bare; sid=second
#include <net/cgi.fun>
c = CGI()
print(c.cookie("sid"), c.cookie("theme"), c.cookie("quoted"), "[" + c.cookie("bare") + "]", "[" + c.cookie("none") + "]")
print(c.cookies())
print(c.method == "", c.params())
// expect: abc123 dark "q v" [] []
// expect: {"sid": abc123, "theme": dark, "quoted": "q v", "bare": }
// expect: true {}
