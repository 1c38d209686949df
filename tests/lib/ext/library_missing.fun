// Each extension built in but whose shared object is missing at run time
// (docs/extensions.md, "Loading on first use") raises a catchable error
// naming the library from the builtin that loads it; the program goes on.
// needs: sqlite
// needs: pcre2
// needs: xml
// needs: openssl
// env: FUN_DLOPEN_SQLITE=/nonexistent/libsqlite3.so.0
// env: FUN_DLOPEN_PCRE2=/nonexistent/libpcre2-8.so.0
// env: FUN_DLOPEN_LIBXML2=/nonexistent/libxml2.so.2
// env: FUN_DLOPEN_LIBSSL=/nonexistent/libssl.so.3
// env: FUN_DLOPEN_LIBCRYPTO=/nonexistent/libcrypto.so.3
fun why(e)
  // the part before dlerror's text, which names the file first
  s = to_string(e)
  return substr(s, 0, find(s, "(/nonexistent/"))
try
  sqlite_open(":memory:")
catch e
  print(why(e))         // expect: Runtime error: sqlite_open: cannot load sqlite 
try
  pcre2_test("a", "a", 0)
catch e
  print(why(e))         // expect: Runtime error: pcre2_test: cannot load pcre2 
try
  pcre2_findall("a", "a", 0)
catch e
  print(why(e))         // expect: Runtime error: pcre2_findall: cannot load pcre2 
try
  xml_parse("<a/>")
catch e
  print(why(e))         // expect: Runtime error: xml_parse: cannot load libxml2 
try
  openssl_sha256("abc")
catch e
  print(why(e))         // expect: Runtime error: openssl_sha256: cannot load OpenSSL 
try
  tls_server_ctx("cert.pem", "key.pem")
catch e
  print(why(e))         // expect: Runtime error: tls_server_ctx: cannot load OpenSSL 
try
  tls_client(0, "localhost")
catch e
  print(why(e))         // expect: Runtime error: tls_client: cannot load OpenSSL 
// builtins that need a handle from those see none: their usual answers
print(sqlite_exec(1, "select 1"))   // expect: 21
print(xml_text(0))      // expect:
print(xml_attr(0, "a")) // expect: nil
print(xml_children(0))  // expect: []
