# list/tuple/sorted/[*x]/f(*x)/extend presize from the length hint, as
# CPython does: a huge one is MemoryError (or OverflowError) at once.
class Len:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __iter__(self):
        return iter([1, 2])

class Hint:
    def __init__(self, h):
        self.h = h
    def __length_hint__(self):
        return self.h
    def __iter__(self):
        return iter([3])

class BadLen:
    def __len__(self):
        raise TypeError("no len")
    def __iter__(self):
        return iter([4])

def f(*a):
    return len(a)

cases = [
    "list(range(2**62))", "tuple(range(2**62))", "sorted(range(2**62))",
    "[*range(2**62)]", "(*range(2**62),)", "f(*range(2**62))",
    "list(iter(range(2**62)))", "list(iter(range(2**64)))",
    "list(range(2**64))", "tuple(range(-2**63, 2**63))",
    "list(reversed(range(2**62)))[:0]" if False else "list(range(0, 2**63, 2))",
    "''.join(range(2**62))", "[].extend(range(2**62))",
    "list(Len(2**62))", "list(Len(2))", "list(Hint(2**62))", "list(Hint(5))",
    "list(Hint(-1))", "list(Hint('x'))", "list(Hint(NotImplemented))",
    "list(BadLen())", "list(range(10))", "tuple(iter(range(5, 0, -2)))",
]
for src in cases:
    try:
        print(src, eval(src))
    except Exception as e:
        print(src, type(e).__name__, e)

for src in ["a, *b = range(2**62)", "l = []; l += range(2**62)"]:
    try:
        exec(src)
        print(src, "ok")
    except Exception as e:
        print(src, type(e).__name__, e)
