// input_hidden: like input (stdin is not a terminal here)
// stdin: secret
// stdin: two
p = input_hidden("Password: ")
print(p)                            // expect: Password: secret
print(input_hidden())               // expect: two
print(input_hidden())               // expect: nil
