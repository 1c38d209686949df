// Blank and comment lines inside blocks do not end them, whatever their
// indentation.
fun f()
  a = 1

  b = 2
      // an oddly indented comment line is ignored
  return a + b

print(f())   // expect: 3
if false
  print("no")

// comment between if block and else

else
  print("else")  // expect: else
