// needs: sqlite
// examples/sqlite_example.fun prints this with an in-memory database
#include "../../../examples/sqlite_example.fun"
// expect: added up to id 3
// expect: updated 1 row
// expect: [ ] 1 Write the report
// expect: [x] 2 Water the plants
// expect: [ ] 3 Call O'Neil; it's urgent
// expect: open tasks: 2
// expect: error: no such table: no_such_table
