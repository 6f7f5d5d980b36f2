# a bank-account simulation: classes, inheritance, properties, custom exceptions, class methods, sorting, formatting
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f}: balance is {account.balance:.2f}")
        self.account = account
        self.amount = amount


class FrozenAccount(BankError):
    pass


class Account:
    _next_number = 1000
    interest_rate = 0.0

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.history = []
        self.frozen = False

    @property
    def balance(self):
        return self._balance

    @classmethod
    def open(cls, owner, deposit):
        acct = cls(owner)
        acct.deposit(deposit)
        return acct

    def _check(self):
        if self.frozen:
            raise FrozenAccount(f"account {self.number} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def month_end(self):
        interest = round(self._balance * self.interest_rate, 2)
        if interest:
            self._balance += interest
            self.history.append(("interest", interest))

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance:.2f})"

    def __lt__(self, other):
        return self._balance < other._balance


class Savings(Account):
    interest_rate = 0.015

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise BankError("savings accounts allow two withdrawals a month")
        super().withdraw(amount)


class Checking(Account):
    overdraft = 100.0

    def withdraw(self, amount):
        self._check()
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except BankError as e:
        print("transfer failed:", e)
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print(f"  after transfer: {src!r} {dst!r}")


accounts = [
    Savings.open("ann", 500),
    Checking.open("bob", 50),
    Account.open("cy", 20.5),
]
transfer(accounts[0], accounts[1], 120)
transfer(accounts[1], accounts[2], 200)
transfer(accounts[1], accounts[2], 60)
transfer(accounts[0], accounts[2], 10)
transfer(accounts[0], accounts[2], 10)
accounts[2].frozen = True
try:
    accounts[2].deposit(5)
except FrozenAccount as e:
    print(type(e).__name__, e, isinstance(e, BankError))
try:
    accounts[1].deposit(-3)
except ValueError as e:
    print("ValueError", e)
for a in accounts:
    a.month_end()
for a in sorted(accounts, reverse=True):
    print(f"{a.number} {a.owner:<5}{a.balance:>10.2f} {len(a.history)} ops: {', '.join(k for k, _ in a.history)}")
total = sum(a.balance for a in accounts)
print(f"total {total:,.2f}", max(accounts).owner, min(accounts, key=lambda a: a.number).owner)
