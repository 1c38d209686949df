// Global name and global name = value inside functions.
fun incr()
  global counter
  counter += 1
fun init()
  global counter = 100
counter = 0
incr()
incr()
print(counter)   // expect: 2
init()
print(counter)   // expect: 100
fun make_new()
  global fresh_name
  fresh_name = "created"
make_new()
print(fresh_name)   // expect: created
