// zlib is loaded on the first gzip call (docs/extensions.md): when its shared
// object cannot be opened, every call raises the same catchable error naming
// the library, and the rest of the program goes on.
// needs: zlib
// env: FUN_DLOPEN_ZLIB=/nonexistent/libz.so.1
fun attempt(data, unpack)
  try
    if unpack
      gzip_decompress(data)
    else
      gzip_compress(data)
    return "ok"
  catch e
    return to_string(e)
print(attempt("abc", false))
// expect: Runtime error: gzip_compress: cannot load zlib (/nonexistent/libz.so.1: cannot open shared object file: No such file or directory)
print(attempt("abc", true))
// expect: Runtime error: gzip_decompress: cannot load zlib (/nonexistent/libz.so.1: cannot open shared object file: No such file or directory)
print(attempt("again", false))
// expect: Runtime error: gzip_compress: cannot load zlib (/nonexistent/libz.so.1: cannot open shared object file: No such file or directory)
print(len(to_string(123)))                     // expect: 3
