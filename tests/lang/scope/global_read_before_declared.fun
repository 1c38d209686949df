fun bump()
  global tally
  if tally == nil
    tally = 0
  tally += 1
  return tally
bump()
print(bump())   // expect: 2
print(tally)    // expect: 2
