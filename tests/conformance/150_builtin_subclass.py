# classes derived from dict, list, str and int: builtin methods, __missing__, super().__init__, protocols falling through to the value
class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1)
d["b"] = 5
print(d["a"], d["zz"], isinstance(d, dict), len(d), "b" in d, d, sorted(d))
class L(list):
    def total(self):
        return sum(self)
l = L([1, 2])
l.append(3)
print(l, len(l), l.total(), l[1:], l + [4], l == [1, 2, 3], bool(L()))
class Stack(list):
    def __init__(self, name):
        super().__init__()
        self.name = name
    def push(self, x):
        self.append(x)
s = Stack("s")
s.push(1); s.push(2)
print(s.name, s, s.pop(), list(s))
class Counter2(dict):
    def __init__(self, items=()):
        super().__init__()
        for i in items:
            self[i] = self.get(i, 0) + 1
c = Counter2("abca")
print(c, c["a"], dict(c), list(c.items()))
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n, n.shout(), len(n), n == "bob", n + "x", isinstance(n, str))
class Num(int):
    pass
print(Num(5) + 1, Num(7) * 2)
for x in L([9, 8]):
    print(x, end=" ")
print()
