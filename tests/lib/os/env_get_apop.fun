// Q47: names the reference documented but never built exist here as aliases
// env: FUN_TEST_ALIAS=yes
print(env_get("FUN_TEST_ALIAS"))   // expect: yes
a = [1, 2, 3]
print(apop(a), a)                  // expect: 3 [1, 2]
