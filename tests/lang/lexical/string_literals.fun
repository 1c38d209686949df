// Single- and double-quoted strings; len counts bytes.
print("double")          // expect: double
print('single')          // expect: single
print("it's")            // expect: it's
print('say "hi"')        // expect: say "hi"
print("")                // expect:
print(len("héllo"))      // expect: 6
