if true
   print("three spaces")   // expect error:
