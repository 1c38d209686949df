// test/include_divzero.fun: a fixture for error line mapping across includes.
//   ok()    -> 1
//   boom()  divides by zero on line 8 of this file; the error names this
//           file and that line, wherever the file is included
fun ok()
  return 1
fun boom()
  x = 1 / 0
  return x
