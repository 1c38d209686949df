// fixture
shared = 1
