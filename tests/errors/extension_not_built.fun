// D31: optional extensions are not part of the core; calling one is a clear catchable error
try
  pcsc_establish()
catch e
  print(e)   // expect: Runtime error: pcsc_establish: optional extension not built into this interpreter
try
  kcgi_parse()
catch e
  print(e)   // expect: Runtime error: kcgi_parse: optional extension not built into this interpreter
curl_get("http://127.0.0.1/")   // expect runtime error: curl_get: add #include <net/http_client.fun>
