// An uncaught index error names the line of the indexing expression.
x = 1
y = [1, 2]
z = y[x + 5]   // expect runtime error: Runtime error: index out of range
print("not reached")
