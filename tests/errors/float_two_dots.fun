x = 1.2.3   // expect error: expected a field name after '.'
