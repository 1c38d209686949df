fun f()
  continue   // expect error: continue used outside of loop
