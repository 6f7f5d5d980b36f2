# super() without arguments that the compiler cannot rewrite finds its class and
# first argument in the calling frame at run time, with CPython's errors.
def f():
    super()
try: f()
except RuntimeError as e: print("RuntimeError", e)
def g(x):
    super()
try: g(1)
except RuntimeError as e: print("RuntimeError", e)
class Y:
    def f(self):
        return super
    def g(self):
        s = super
        return s().__repr__() is not None
    def h(self):
        def inner():
            return self
        s = super
        return type(s()).__name__
print(Y().f())
print(Y().g())
print(Y().h())
class Base:
    def who(self): return "Base"
class Z(Base):
    def who(self):
        s = super
        return "Z>" + s().who()
print(Z().who())
