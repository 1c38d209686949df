// Echo prints without a newline.
echo("a")
echo(1)
echo([1, 2])
print("")     // expect: a1[1, 2]
echo("no newline at end")
// expect: no newline at end
