// D1: keywords are whole words
iffy = 1
format = 2
whilex = 3
tryit = 4
funny = 5
classy = 6
printer = 7
returned = 8
exiting = 9
breaker = 10
continued = 11
globals = 12
throwing = 13
print(iffy + format + whilex + tryit + funny + classy + printer)   // expect: 28
print(returned + exiting + breaker + continued + globals + throwing) // expect: 63
