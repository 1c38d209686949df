// eprint: print's format, on stderr; stdout printed before it is flushed first.
print("out")                 // expect: out
eprint("err", 1, [2, "x"])   // expect stderr: err 1 [2, x]
eprint()                     // expect stderr:
eprint({"k": 1.5})           // expect stderr: {"k": 1.5}
