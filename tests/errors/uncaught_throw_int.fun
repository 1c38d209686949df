// Throwing a non-String prints "Uncaught:" and the value.
throw 42   // expect runtime error: Uncaught: 42
