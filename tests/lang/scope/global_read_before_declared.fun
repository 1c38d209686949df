// Global names a global that does not exist yet: it reads nil until assigned.
fun bump()
  global tally
  if tally == nil
    tally = 0
  tally += 1
  return tally
bump()
print(bump())   // expect: 2
print(tally)    // expect: 2
