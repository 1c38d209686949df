// fixture
x = = 1
