// any deeper indentation opens the block
if true
    print("four")
    if true
          print("ten")
print("out")
// expect: four
// expect: ten
// expect: out
