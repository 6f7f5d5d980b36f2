# __repr__ and __str__: print and str() use __str__, containers and !r use __repr__, str falls back to repr
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
        return "only str"

class Neither:
    pass

b = Both()
print(b, str(b), repr(b), [b], (b,), {"k": b})
print(f"{b} {b!r} {b!s}", "{} {!r}".format(b, b), "%s %r" % (b, b))
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print(OnlyStr(), repr(OnlyStr()).split(" at 0x")[0] + ">")
n = Neither()
print(repr(n).startswith("<__main__.Neither object at 0x"), str(n) == repr(n))
print(str("text"), repr("text"), ["text"], str(["text"]))
