// http_head_fields accepted any header name without a space or tab, so a bare
// CR (which some peers take for a line end), control bytes, separators and
// bytes above 0x7e passed as part of a name. A name must be an HTTP token.
print(http_head_fields("GET / HTTP/1.1\nX\rInjected: v"))   // expect: malformed header name
print(http_head_fields("GET / HTTP/1.1\nA\x01B: v"))        // expect: malformed header name
print(http_head_fields("GET / HTTP/1.1\nA(B: v"))           // expect: malformed header name
print(http_head_fields("GET / HTTP/1.1\nA\xffB: v"))        // expect: malformed header name
print(http_head_fields("GET / HTTP/1.1\nHost : x"))         // expect: malformed header name
print(http_head_fields("GET / HTTP/1.1\nX-Ok_1.~!#$%&'*+^`|: v")[3])
// expect: [x-ok_1.~!#$%&'*+^`|, v]
