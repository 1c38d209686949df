#!/usr/bin/env fun
// a first line starting with #! is ignored
print("ok")  // expect: ok
