fun fail()
  throw "custom failure"
fail()
// expect runtime error: custom failure
// expect stderr: {file}:2: custom failure
