// stdout is flushed before anything is written to stderr
echo("partial")
print(" line")
x = nil
x()
// expect: partial line
// expect runtime error: Runtime type error: CALL expects function, got nil
