# Static methods of builtin types called through an instance take no
# receiver: s.maketrans(...) is str.maketrans(...).
s = "hello"
t = s.maketrans("el", "ip")
print(sorted(t.items()))
print(s.translate(t))
print("abc".maketrans({"a": "x", "b": None}))
print("abc".maketrans("ab", "xy", "c"))
m = "x".maketrans
print(m("a", "b"))
tb = b"abc".maketrans(b"ab", b"xy")
print(len(tb), tb[97:100])
print(b"aabbcc".translate(tb))
print(bytes.maketrans(b"", b"")[:3])
print({}.fromkeys([1, 2]))
print({"x": 1}.fromkeys("ab", 0))
print(dict.fromkeys(range(3), "v"))
class S(str):
    pass
print(sorted(S("q").maketrans("ab", "cd").items()))
try:
    s.maketrans("ab", "c")
except ValueError as e:
    print("ValueError:", e)

# dict.fromkeys is a classmethod: a subclass makes its own kind
class D(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, (v, "via D"))
x = D.fromkeys("ab", 1)
print(type(x).__name__, sorted(x.items()))
print(type(D().fromkeys([1])).__name__, type(dict.fromkeys([])).__name__)
from collections import OrderedDict
print(type(OrderedDict.fromkeys("xy")).__name__, list(OrderedDict.fromkeys("xy")))
