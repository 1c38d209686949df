a = []
pop(a)   // expect runtime error: Runtime error: pop from empty array
print("not reached")
