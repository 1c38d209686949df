// Pop on an empty Array, uncaught: the runtime error and its line.
a = []
pop(a)   // expect runtime error: Runtime error: pop from empty array
print("not reached")
