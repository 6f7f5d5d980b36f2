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
