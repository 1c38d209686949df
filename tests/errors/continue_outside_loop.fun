// Continue in a function body but outside a loop is a compile error.
fun f()
  continue   // expect error: continue used outside of loop
