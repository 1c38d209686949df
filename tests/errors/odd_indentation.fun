if true
   print("three spaces")   // expect error: Indentation must be multiples of two spaces
