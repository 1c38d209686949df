// fixture
print("once.fun runs")
ONCE_VALUE = 7
