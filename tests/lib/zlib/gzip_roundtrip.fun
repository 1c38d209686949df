// gzip_compress / gzip_decompress: binary-safe round trips, data written by
// another gzip (Python's gzip module, mtime 0), concatenated members, levels.
// needs: zlib
py = "\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\x73\x2b\xcd\x63\xf8\x9f\x5e\x95\x59\xc0\xe5\x86\x85\x05\x00\x31\xd0\x82\x34\x1e\x00\x00\x00"
want = repeat("Fun\0\xffgzip\n", 3)
print(gzip_decompress(py) == want, len(want))       // expect: true 30

// every byte value survives, at every level
all = ""
for i in range(0, 256)
  all = all + chr(i)
all = repeat(all, 40)
ok = true
for level in [1, 6, 9]
  z = gzip_compress(all, level)
  ok = ok && gzip_decompress(z) == all && substr(z, 0, 3) == "\x1f\x8b\x08"
print(ok)                                           // expect: true

// text shrinks; level 9 is no larger than level 1
text = repeat("the quick brown fox jumps over the lazy dog\n", 500)
print(len(gzip_compress(text)) < len(text) / 20)    // expect: true
print(len(gzip_compress(text, 9)) <= len(gzip_compress(text, 1)))   // expect: true

// empty input: a valid empty member
print(gzip_decompress(gzip_compress("")) == "", len(gzip_compress("")))   // expect: true 20

// concatenated members read as one stream, as gunzip does
second = "\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\x2b\x4e\x4d\xce\xcf\x4b\x01\x00\x69\x11\x1f\xb6\x06\x00\x00\x00"
print(gzip_decompress(py + second) == want + "second")   // expect: true

// a large input in one call
big = repeat("0123456789abcdef", 200000)
print(gzip_decompress(gzip_compress(big)) == big)   // expect: true
