# Dict and set keys of a user class equal to an int/str of the same hash:
# found, replaced and removed through the class's __eq__, whichever came first.
class D:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == (o.v if isinstance(o, D) else o)
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f"D({self.v!r})"

d = {D(1): "d"}
d[1] = "int"
print(d, len(d), d[1], d.get(1), 1 in d, d[D(1)])
d2 = {1: "int"}
d2[D(1)] = "d"
print(d2, len(d2))
print({D(1): 1, 1: 2}, {1: 1, D(1): 2})
print(d.pop(1), d)
d = {D(10): 1}
print(10 in d, d.get(10), d.get(11, "missing"))
del d[10]
print(d)
s = {D(2)}
s.add(2)
print(s, 2 in s, len(s))
s.discard(2)
print(s)
s = {D(3)}
s.remove(3)
print(s)
print({D(5), 5}, {5, D(5)}, len({D(5), 5, 5.0}))
print(set([D(7)]) == {7}, {7} == set([D(7)]))
try:
    {D(1): 0}[2]
except KeyError as e:
    print("KeyError", e)
