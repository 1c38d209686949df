// Scripts written for the reference call the curl builtins without an
// #include: naming one brings in lib/net/http_client.fun (before line 1).
print(curl_get("http://127.0.0.1:1/") == "", curl_post("http://127.0.0.1:1/", "a=1") == "")   // expect: true true
print(curl_download("nope://x", "/nonexistent/dir/f"))   // expect: 0
print(typeof(http_get), typeof(http_parse_url("http://h/").port))   // expect: Function Number
x = [1][3]   // expect runtime error: index out of range
