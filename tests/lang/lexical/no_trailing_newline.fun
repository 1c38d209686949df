// The last line of a file without a final newline still runs.
print("last")   // expect: last