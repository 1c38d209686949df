// CGI escape_html, url_encode and url_decode, malformed escapes included.
// env: FUN_LIB_DIR={root}/lib
#include <net/cgi.fun>
c = CGI()
print(c.escape_html("<a href=\"x\">'Tom' & Jerry</a>"), c.escape_html(42), "[" + c.escape_html("") + "]")
print(c.url_encode("a b&c=d/~._-"), c.url_encode("\xc3\xa9\x00"), "[" + c.url_encode("") + "]")
print(c.url_decode("a+b%26c%3Dd%2f%7E"), c.url_decode("100%"), c.url_decode("%zz%4"), c.url_decode("%E2%82%AC") == "\xe2\x82\xac")
all = ""
for i in range(0, 256)
  all += chr(i)
print(c.url_decode(c.url_encode(all)) == all)
print(c.parse_urlencoded("a=1&a=2&b=&c&=v&&d=%20"))
// expect: &lt;a href=&quot;x&quot;&gt;&#39;Tom&#39; &amp; Jerry&lt;/a&gt; 42 []
// expect: a%20b%26c%3Dd%2F~._- %C3%A9%00 []
// expect: a b&c=d/~ 100% %zz%4 true
// expect: true
// expect: {"a": [1, 2], "b": [], "c": [], "": [v], "d": [ ]}
