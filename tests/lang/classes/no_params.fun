// A class without header parameters: only field initializers.
class Config
  debug = false
  level = 3
c = Config()
print(c.level)   // expect: 3
c.level = 4
print(c.level)   // expect: 4
print(Config().level)   // expect: 3
