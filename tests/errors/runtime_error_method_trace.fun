// An uncaught error in a method shows the method in the trace.
class Box(v)
  fun open()
    return this.v / 0
b = Box(1)
b.open()
// expect runtime error: Runtime error: division by zero
// expect stderr: {file}:4: Runtime error: division by zero
// expect stderr:   at Box.open ({file}:4)
// expect stderr:   at <main> ({file}:6)
