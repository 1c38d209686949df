// env: FUN_LIB_DIR={root}/lib
// a body of another content type is kept but not parsed
// env: REQUEST_METHOD=POST
// env: CONTENT_TYPE=application/json
// env: POST_DATA={"a": 1}
#include <net/cgi.fun>
c = CGI()
print(c.body, c.params())
// expect: {"a": 1} {}
