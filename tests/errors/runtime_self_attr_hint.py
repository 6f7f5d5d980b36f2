class Account:
    def __init__(self):
        self.balance = 100

    def report(self):
        return f"balance: {balance}"

print(Account().report())
