class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__("need %d, have %d" % (needed, available))
        self.needed = needed
        self.available = available


class Account:
    interest_rate = 0.02
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def add_interest(self):
        gained = int(self.balance * self.interest_rate)
        self.deposit(gained) if gained else None
        return gained

    def __repr__(self):
        return "Account(#%d, %s, %d)" % (self.id, self.owner, self.balance)


class Savings(Account):
    interest_rate = 0.05

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise RuntimeError("savings allow two withdrawals")
        return super().withdraw(amount)


a = Account("ann", 100)
s = Savings("bob", 1000)
a.deposit(50).withdraw(30)
print(a, a.history)
for amount in [500, -5]:
    try:
        a.withdraw(amount) if amount > 0 else a.deposit(amount)
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.needed, e.available, e.args)
    except ValueError as e:
        print("ValueError:", e)
try:
    a.balance = -1
except ValueError as e:
    print("ValueError:", e)
print(s.add_interest(), a.add_interest(), s, a)
s.withdraw(10).withdraw(20)
try:
    s.withdraw(1)
except RuntimeError as e:
    print("RuntimeError:", e)
print(s.history, Savings.interest_rate, Account.interest_rate, s.interest_rate)
print([acc.balance for acc in (a, s)], Account._next_id)
try:
    del a.balance
except AttributeError as e:
    print("AttributeError:", e)
