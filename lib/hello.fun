// hello.fun: smallest possible library, used to check that <...> includes
// resolve. hello_lib() prints the reference's greeting and returns nil.
fun hello_lib()
  print("Hello from system lib!")
  return nil
