throw 42   // expect runtime error: Uncaught: 42
