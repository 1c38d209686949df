// CGI parses the query string: repeated, empty, encoded and missing
// parameters.
// env: FUN_LIB_DIR={root}/lib
// env: REQUEST_METHOD=get
// env: QUERY_STRING=a=1&b=x+y&a=2&empty=&flag&enc=%41%2b%2F;semi=ok
#include <net/cgi.fun>
c = CGI()
print(c.method, c.query_string)
print(c.param("a"), c.param_all("a"), c.param("b"), "[" + c.param("empty") + "]", "[" + c.param("flag") + "]")
print(c.param("enc"), c.param("semi"), "[" + c.param("missing") + "]", c.param_all("missing"))
print(c.has_param("flag"), c.has_param("nope"))
print(c.params())
all = c.param_all("a")
push(all, "changed")
print(c.param_all("a"))
print(c.body == "", c.cookies())
// expect: GET a=1&b=x+y&a=2&empty=&flag&enc=%41%2b%2F;semi=ok
// expect: 1 [1, 2] x y [] []
// expect: A+/ ok [] []
// expect: true false
// expect: {"a": [1, 2], "b": [x y], "empty": [], "flag": [], "enc": [A+/], "semi": [ok]}
// expect: [1, 2]
// expect: true {}
