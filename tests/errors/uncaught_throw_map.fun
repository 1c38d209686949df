throw {"a": 1}   // expect runtime error: Uncaught: {"a": 1}
// expect stderr: {file}:1: Uncaught: {"a": 1}
