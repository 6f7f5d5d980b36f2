class Both:
    def __repr__(self):
        return "Both<repr>"

    def __str__(self):
        return "Both<str>"


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class OnlyStr:
    def __str__(self):
        return "only-str"


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return "Money(%d)" % self.cents

    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)

    def __format__(self, spec):
        if spec == "cents":
            return "%d¢" % self.cents
        return format(str(self), spec)


b, r, s, m = Both(), OnlyRepr(), OnlyStr(), Money(12345)
print(b, r, m)
print(str(b), repr(b), str(r), repr(r), str(s))
print(repr(s).startswith("<__main__.OnlyStr object at 0x"))
print([b, r, m], (m,), {"k": m}, {m.cents: [r]})
print("%s %r" % (m, m), "{} {!r} {:cents} {:>10}".format(m, m, m, m), f"{m} {m!r} {m:cents}")
print(str([m]), repr(str(m)), ascii(m), "%-8s|" % m)


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    def __repr__(self):
        return "Node(%r, %r)" % (self.name, self.children)


root = Node("root")
root.children.append(Node("kid"))
print(root)
loop = []
loop.append(loop)
d = {}
d["self"] = d
print(loop, d)
print(repr(1.0), repr(1e100), str(-0.0), repr("a'b"), repr(None), repr(...), repr(NotImplemented), repr(type), repr(int))
