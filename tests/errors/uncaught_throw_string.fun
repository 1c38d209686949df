// A thrown String is printed as the error message itself.
fun fail()
  throw "custom failure"
fail()
// expect runtime error: custom failure
// expect stderr: {file}:3: custom failure
