// Methods read and update the instance's fields.
class Account(string owner)
  balance = 0
  fun deposit(n)
    this.balance += n
    return this.balance
  fun describe()
    return this.owner + ": " + to_string(this.balance)
a = Account("ann")
a.deposit(10)
a.deposit(5)
print(a.describe())   // expect: ann: 15
