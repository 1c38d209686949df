// fixture
print("included top-level code runs at the include point")
