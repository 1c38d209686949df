// note: the error is reported at the line of the failing operation
x = [1,
  2,
  nil + 1]   // expect runtime error: Runtime type error: ADD
