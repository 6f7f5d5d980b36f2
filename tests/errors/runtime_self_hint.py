class Account:
    def __init__(self):
        self.balance = 0
    def deposit(self, amount):
        balance = balance + amount
Account().deposit(5)
