class Dv:
    def __divmod__(self, o):
        return ("dm", o)
    def __rdivmod__(self, o):
        return ("rdm", o)
print(divmod(Dv(), 3), divmod(3, Dv()), divmod(Dv(), Dv())[0])

class NI:
    def __divmod__(self, o):
        return NotImplemented
    def __rdivmod__(self, o):
        return "r-from-NI"
print(divmod(3, NI()))
try:
    divmod(NI(), NI())
except TypeError as e:
    print("TypeError:", e)

class Only:
    def __floordiv__(self, o):
        return 1
    def __mod__(self, o):
        return 2
try:
    divmod(Only(), 2)
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(1, "x")
except TypeError as e:
    print("TypeError:", e)

class I(int):
    pass
print(divmod(I(7), 2), divmod(7, I(2)), divmod(-7, 2), divmod(7.5, 2))

class I2(int):
    def __divmod__(self, o):
        return "mine"
print(divmod(I2(1), 5))
