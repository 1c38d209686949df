// exercises the runner's directives: stdin, args, env ({dir} is this test's directory)
// stdin: first line
// stdin: second
// args: one "two words"
// env: FUN_TEST_VAR=value-{dir}
print(input())    // expect: first line
print(input())    // expect: second
print(argv())     // expect: [one, two words]
print(env("FUN_TEST_VAR"))   // expect: value-tests/lang/runner
