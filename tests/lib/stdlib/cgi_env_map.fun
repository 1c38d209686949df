// env: FUN_LIB_DIR={root}/lib
// env: REQUEST_METHOD=post
// env: QUERY_STRING=a=1&a=2
// env: CONTENT_TYPE=application/x-www-form-urlencoded
// env: CONTENT_LENGTH=3
// env: HTTP_COOKIE=s="x y"
// env: POST_DATA=b=3
// D30a: CGI has the reference's public env Map with the six request variables
#include <net/cgi.fun>
c = CGI()
print(c.env)
// expect: {"REQUEST_METHOD": post, "QUERY_STRING": a=1&a=2, "CONTENT_TYPE": application/x-www-form-urlencoded, "CONTENT_LENGTH": 3, "HTTP_COOKIE": s="x y", "POST_DATA": b=3}
print(c.params())      // expect: {"a": [1, 2], "b": [3]}
print(c.cookie("s"))   // expect: "x y"
print(c.header_str() == "Status: 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n")   // expect: true
c.redirect("/next", nil)
print(split(c.header_str(), "\r\n")[0])   // expect: Status: 302 Found
