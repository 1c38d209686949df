// Indexing and assigning inside nested Arrays.
grid = [[1, 2], [3, 4]]
print(grid[1][0])     // expect: 3
grid[0][1] = 20
print(grid)           // expect: [[1, 20], [3, 4]]
print(grid[-1][-1])   // expect: 4
print([[]])           // expect: [[]]
print(len([[1, 2], [3]]))   // expect: 2
