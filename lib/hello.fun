// hello.fun: smallest possible library, used to check that <...> includes
// resolve. hello_lib() prints one line and returns nil.
fun hello_lib()
  print("Hello from the Fun standard library!")
  return nil
