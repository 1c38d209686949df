// note: \x must be followed by two hex digits (Python-like error)
x = "abc\xZZ"   // expect error: invalid \x escape: expected two hex digits
