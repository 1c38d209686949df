// a comment on its own line
print(1) // a comment after code
  // an indented comment line is ignored too
   // even with odd indentation
print(2)//no space
// expect: 1
// expect: 2
