// #! is only allowed on the first line.
print(1)
#!/usr/bin/env fun   // expect error: unexpected character '#'
