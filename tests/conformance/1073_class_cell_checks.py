# __build_class__ checks that the class it made is the one in its __class__ cell.
class Meta(type):
    def __new__(cls, name, bases, namespace):
        namespace.pop('__classcell__', None)
        return super().__new__(cls, name, bases, namespace)
class WithoutClassRef(metaclass=Meta):
    pass
try:
    class WithClassRef(metaclass=Meta):
        def f(self):
            return __class__
except RuntimeError as e:
    print("RuntimeError", e)
class Meta2(type):
    def __new__(cls, name, bases, namespace):
        cls = super().__new__(cls, name, bases, namespace)
        B = type("B", (), namespace)
        return cls
try:
    class A(metaclass=Meta2):
        def f(self):
            return __class__
except TypeError as e:
    print("TypeError", e)
class C:
    def f(self): return __class__
    def g(self): return super().__repr__
print(C().f() is C, C().g() is not None)
class Meta3(type):
    def __new__(cls, name, bases, ns):
        return 42
class D(metaclass=Meta3):
    def f(self): return __class__
print(D)
