// + concatenates Strings, also in chains and with empty Strings.
print("foo" + "bar")      // expect: foobar
s = "a"
s = s + "b" + "c"
print(s)                  // expect: abc
print("" + "")            // expect:
print("n=" + to_string(5))   // expect: n=5
