// D31: optional extensions are not part of the core; calling one is a clear catchable error
try
  redis_connect("127.0.0.1", 6379)
catch e
  print(e)   // expect: Runtime error: redis_connect: optional extension not built into this interpreter
try
  openssl_md5("abc")
catch e
  print(e)   // expect: Runtime error: openssl_md5: optional extension not built into this interpreter
curl_get("http://127.0.0.1/")   // expect runtime error: curl_get: add #include <net/http_client.fun>
