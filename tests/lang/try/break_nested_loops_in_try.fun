// Return from nested loops inside a try with finally: the finally runs on each
// way out.
fun search()
  for i in range(0, 3)
    for j in range(0, 3)
      try
        if i * j == 2
          return [i, j]
      finally
        echo(".")
  return nil
r = search()
print("")
print(r)
// expect: ......
// expect: [1, 2]
