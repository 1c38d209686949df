// random_seed pins the sequence on every platform: xoshiro256** seeded through
// splitmix64, unbiased ranges by rejection, floats from the top 53 bits
// (values checked against an independent Python implementation)
random_seed(42)
print(random_int(0, 1000000), random_int(0, 1000000), random_int(-5, 5))  // expect: 558742 543102 4
print(random_float())                    // expect: 0.9246929453253876
random_seed(-1)
print(random_int(0, 1000000000000))      // expect: 420357168392
