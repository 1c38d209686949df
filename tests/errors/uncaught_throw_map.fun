// Throwing a Map prints "Uncaught:" with the Map's display text and the line.
throw {"a": 1}   // expect runtime error: Uncaught: {"a": 1}
// expect stderr: {file}:2: Uncaught: {"a": 1}
