if true
	print("tab")   // expect error: Tabs are forbidden for indentation
