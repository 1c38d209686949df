// handlers never go stale: many catches in a loop
n = 0
for i in range(0, 1000)
  try
    if i % 3 == 0
      throw i
  catch e
    n += 1
print(n)   // expect: 334
