# collections: ChainMap, UserDict (with __missing__), UserList, UserString.
from collections import ChainMap, UserDict, UserList, UserString
c = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(c["a"], c["b"], len(c), sorted(c), "b" in c, c.get("z", 0), c.new_child({"z": 9})["z"], c.parents["a"])
c["x"] = 5; print(c.maps[0], repr(ChainMap({1: 2})))
d = UserDict(a=1); d["b"] = 2; print(d, len(d), "a" in d, d.get("q"), sorted(d.keys()), d == {"a": 1, "b": 2}, d.pop("a"), d)
class D(UserDict):
    def __missing__(self, k): return k * 2
print(D()["ab"])
l = UserList([3, 1, 2]); l.append(0); l.sort(); print(l, l[1:], len(l), l + [9], [8] + l, l * 2, l == [0, 1, 2, 3], 2 in l, l.index(2), isinstance(l[1:], UserList))
s = UserString("abc"); print(s, repr(s), s.upper(), len(s), s + "d", "b" in s, s[1], s == "abc", s.split("b"), type(s.upper()).__name__)
