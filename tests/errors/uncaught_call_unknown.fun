// Calling a name that was never defined is an uncaught type error.
nosuchfunction(1)   // expect runtime error: Runtime type error: CALL expects function, got nil
