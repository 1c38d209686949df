// gzip_decompress refuses what is not gzip, truncated data and output beyond
// its limit with catchable errors; gzip_compress checks its level.
// needs: zlib
z = gzip_compress(repeat("a", 100000))
fun try_it(data, limit)
  try
    if limit == nil
      gzip_decompress(data)
    else
      gzip_decompress(data, limit)
    return "ok"
  catch e
    return to_string(e)
print(try_it("not gzip at all", nil))          // expect: Runtime error: gzip_decompress: incorrect header check
print(try_it(substr(z, 0, len(z) - 4), nil))   // expect: Runtime error: gzip_decompress: truncated gzip data
print(try_it(z, 1000))                         // expect: Runtime error: gzip_decompress: output larger than the limit
print(try_it(z, 100000))                       // expect: ok
// a flipped byte in the compressed data or its CRC is caught
bad = substr(z, 0, len(z) - 8) + "\x00\x00\x00\x00" + substr(z, len(z) - 4, 4)
print(try_it(bad, nil))                        // expect: Runtime error: gzip_decompress: incorrect data check
try
  gzip_compress("x", 10)
catch e
  print(e)                                     // expect: Runtime error: gzip_compress: level must be 1 to 9, got 10
gzip_compress(5)                               // expect runtime error: gzip_compress
