// fixture
fun lib_hello(name)
  return "hello " + name
LIB_VERSION = 2
