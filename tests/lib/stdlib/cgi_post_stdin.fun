// CGI reads a POST body of CONTENT_LENGTH bytes from stdin.
// env: FUN_LIB_DIR={root}/lib
// env: REQUEST_METHOD=POST
// env: CONTENT_TYPE=application/x-www-form-urlencoded
// env: CONTENT_LENGTH=13
// stdin: x=1&y=%41BCDEF&z=ignored
#include <net/cgi.fun>
c = CGI()
print(c.content_length, c.body)
print(c.params())
// expect: 13 x=1&y=%41BCDE
// expect: {"x": [1], "y": [ABCDE]}
