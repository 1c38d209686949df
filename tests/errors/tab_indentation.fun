// A tab in the indentation is a compile error.
if true
	print("tab")   // expect error: Tabs are forbidden for indentation
