// Calling an Int is an uncaught type error naming the type.
x = 5
x(1)   // expect runtime error: Runtime type error: CALL expects function, got int
