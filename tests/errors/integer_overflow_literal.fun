// D3/Q21: an integer literal above INT64_MAX is a parse error
x = 9223372036854775808   // expect error:
