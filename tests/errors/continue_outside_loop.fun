fun f()
  continue   // expect error:
