nosuchfunction(1)   // expect runtime error: Runtime type error: CALL expects function, got nil
