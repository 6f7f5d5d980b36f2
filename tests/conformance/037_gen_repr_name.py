# generator objects: type name, repr prefix, __name__, __qualname__, iter(g) is g
def simple():
    yield

class K:
    def method(self):
        yield self

def outer():
    def inner():
        yield
    return inner()

g = simple()
print(repr(g).split(" at 0x")[0] + ">")
print(type(g).__name__)
print(g.__name__, g.__qualname__)
m = K().method()
print(repr(m).split(" at 0x")[0] + ">")
print(m.__name__, m.__qualname__)
print(repr(outer()).split(" at 0x")[0] + ">")
print(iter(g) is g, str(g) == repr(g))
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"), hasattr(g, "__next__"))
print(callable(simple), callable(g), type(simple).__name__)
