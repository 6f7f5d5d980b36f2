# collections: deque, defaultdict, OrderedDict, Counter, namedtuple
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple
d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.maxlen, list(reversed(d)), 3 in d)
d.rotate(1); print(d); d.rotate(-2); print(d)
print(d.pop(), d.popleft(), d)
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["a"], isinstance(dd, dict), sorted(dd.items()))
counts = defaultdict(int)
for w in "the cat the hat the".split():
    counts[w] += 1
print(dict(counts), counts["zzz"], len(counts))
od = OrderedDict()
od["x"] = 1; od["y"] = 2; od["z"] = 3
od.move_to_end("x"); print(od, list(od))
od.move_to_end("z", last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
c = Counter("abracadabra")
print(c, c["a"], c["q"], c.most_common(2), sorted(c.elements())[:5], c.total())
c.update("aaz"); c.subtract({"b": 5})
print(c)
print(Counter("aab") + Counter("bc"), Counter("aab") - Counter("ab"), Counter("ab") | Counter("bbc"), Counter("ab") & Counter("bbc"))
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p == (1, 2), isinstance(p, tuple), p._asdict(), p._replace(x=9), Point._make([5, 6]), Point._fields)
x, y = p
print(x + y, hash(p) == hash((1, 2)), len(p), list(p))
Car = namedtuple("Car", ["make", "model", "year"], defaults=[2000])
print(Car("vw", "golf"), Car("a", "b", 1999).year)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    namedtuple("Bad", "x x")
except ValueError as e:
    print("ValueError", e)
