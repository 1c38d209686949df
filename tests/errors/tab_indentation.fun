if true
	print("tab")   // expect error:
