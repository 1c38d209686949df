// input(prompt): the prompt's display text goes to stdout without newline
// stdin: Ada
// stdin: 7
name = input("Name: ")
print("hello " + name)              // expect: Name: hello Ada
n = to_number(input(3))
print(n + 1)                        // expect: 38
