// fixture
state_hits = 0
