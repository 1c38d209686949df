// skip: demonstrates the skip directive (never run)
print("this would fail")
