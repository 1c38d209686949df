// A shared object that opens but lacks zlib's functions (here libm, named by
// FUN_DLOPEN_ZLIB) is refused whole, naming the first missing symbol.
// needs: zlib
// env: FUN_DLOPEN_ZLIB=libm.so.6
try
  gzip_compress("abc")
catch e
  print(e)                                     // expect: Runtime error: gzip_compress: cannot load zlib (libm.so.6: no symbol deflateInit2_)
gzip_decompress("abc")                         // expect runtime error: gzip_decompress: cannot load zlib (libm.so.6: no symbol deflateInit2_)
