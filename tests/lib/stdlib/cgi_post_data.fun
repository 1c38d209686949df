// CGI reads form parameters from POST_DATA and the query string, repeated
// names kept in order.
// env: FUN_LIB_DIR={root}/lib
// env: REQUEST_METHOD=POST
// env: QUERY_STRING=q=1&name=fromquery
// env: CONTENT_TYPE=application/x-www-form-urlencoded; charset=UTF-8
// env: POST_DATA=name=J%C3%BCrgen+M&tags=a&tags=b
#include <net/cgi.fun>
c = CGI()
print(c.method, c.request_content_type)
print(c.param("q"), c.param("name"), c.param_all("name"), c.param_all("tags"))
print(c.body)
print(len(c.param_all("name")[1]))
// expect: POST application/x-www-form-urlencoded; charset=UTF-8
// expect: 1 fromquery [fromquery, Jürgen M] [a, b]
// expect: name=J%C3%BCrgen+M&tags=a&tags=b
// expect: 9
