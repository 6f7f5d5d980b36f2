# dict.__init__ called on a dict subclass instance
class D(dict):
    def __init__(self, *a, **k):
        dict.__init__(self, *a, **k)
        self["extra"] = 1
d = D([("a", 1)], b=2)
print(sorted(d.items()), isinstance(d, dict), len(d))

class E(dict):
    def __init__(self):
        dict.__init__(self)
        dict.__setitem__(self, "k", "v")
e = E()
print(e, dict.get(e, "k"), dict.keys(e))

class L(list):
    def __init__(self, it):
        list.__init__(self, it)
        list.append(self, "end")
print(L("ab"), list.__len__(L([1])))

# keyword names that are str subclasses name their text
class S(str):
    pass
def kw(**k):
    return k
print(kw(**{S("a"): 1}))
def pos(a, b=0):
    return a, b
print(pos(**{S("a"): 5, S("b"): 6}))
print(dict(**{S("q"): 1}))
# non-string keys are an error, never dropped
for bad in ({1: 2}, {None: 1}, {(1,): 2}):
    try:
        kw(**bad)
    except TypeError as ex:
        print("TypeError:", ex)
try:
    pos(**{1: 2})
except TypeError as ex:
    print("TypeError:", ex)
