# In-place set and dict operators change the object itself; bound methods
# compare and hash by receiver identity and function; float reprs that fall
# on an exact tie at the last digit round half to even, as CPython's.
s = {1, 2, 3}
alias = s
s |= {4}
s &= {1, 2, 4, 9}
s -= {2}
s ^= {4, 5}
print(sorted(alias), alias is s)
t = {1}
t |= t
t ^= t
print(t)
try:
    f = frozenset([1])
    g = f
    f |= {2}
    print(sorted(f), sorted(g), f is g)
except TypeError as e:
    print("TypeError", e)
try:
    s |= [1]
except TypeError as e:
    print("TypeError", e)
d = {"a": 1}
dalias = d
d |= {"b": 2}
d |= [("c", 3)]
print(dalias, dalias is d)


class K:
    def m(self):
        return 1


k = K()
print(k.m == k.m, k.m != k.m, k.m == K().m, hash(k.m) == hash(k.m), len({k.m, k.m}))
lst = []
print(lst.append == lst.append, lst.append == [].append, len({lst.append, lst.append}))
for x in [2 ** -25, 2 ** -26, 2 ** -27, 2 ** -50, 5 * 2 ** -30, 3 * 2 ** -40, 2 ** 60 + 2 ** 8, 1e22, 1e23, 0.1 + 0.2]:
    print(repr(x), str(x), "%r" % x, f"{x}")
