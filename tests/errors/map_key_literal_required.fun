// note: map literal keys are string literals; a bare word is not a key
m = {a: 1}   // expect error: map keys must be string literals
