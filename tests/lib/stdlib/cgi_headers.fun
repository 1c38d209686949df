// CGI response headers: status, content type, extra headers, cookies and
// redirects.
// env: FUN_LIB_DIR={root}/lib
#include <net/cgi.fun>
fun show(s)
  return replace(s, "\r\n", "|")

c = CGI()
print(show(c.header_str()))
c.status(404, nil).content_type("text/plain").header("X-A", "1")
print(show(c.header_str()))
c.status(418, "I'm a teapot")
c.set_cookie("sid", "abc", "Path=/; HttpOnly")
c.set_cookie("x", "y", nil)
print(show(c.header_str()))
d = CGI()
d.redirect("/login", nil)
print(show(d.header_str()))
e = CGI()
e.redirect("https://localhost/", 301)
e.status(299, nil)
print(show(e.header_str()))
try
  e.header("X-Evil", "a\r\nInjected: 1")
catch err
  print(err)
try
  e.content_type("text/html\nX: y")
catch err
  print(err)
// expect: Status: 200 OK|Content-Type: text/html; charset=utf-8||
// expect: Status: 404 Not Found|Content-Type: text/plain|X-A: 1||
// expect: Status: 418 I'm a teapot|Content-Type: text/plain|X-A: 1|Set-Cookie: sid=abc; Path=/; HttpOnly|Set-Cookie: x=y||
// expect: Status: 302 Found|Content-Type: text/html; charset=utf-8|Location: /login||
// expect: Status: 299|Content-Type: text/html; charset=utf-8|Location: https://localhost/||
// expect: CGI: header text must not contain CR or LF
// expect: CGI: header text must not contain CR or LF
