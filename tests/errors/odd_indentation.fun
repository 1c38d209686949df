// Indentation that is not a multiple of two spaces is a compile error.
if true
   print("three spaces")   // expect error: Indentation must be multiples of two spaces
