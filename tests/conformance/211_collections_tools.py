from collections import deque, defaultdict, OrderedDict, namedtuple, Counter

q = deque([1, 2, 3], maxlen=5)
q.append(4)
q.appendleft(0)
q.append(5)
print(q, len(q), q[0], q[-1], q.maxlen)
print(q.popleft(), q.pop(), q)
q.rotate(1)
print(q)
q.extend([7, 8, 9])
print(q, list(reversed(q)), 8 in q)
q.clear()
print(q, bool(q))
graph = defaultdict(list)
for a, b in [("a", "b"), ("a", "c"), ("b", "c"), ("c", "a")]:
    graph[a].append(b)
print(dict(graph), graph["zzz"], sorted(graph))
counts = defaultdict(int)
for ch in "abracadabra":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], dict(nested["x"]))
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
od.move_to_end("b")
print(list(od), od.popitem(), od.popitem(last=False), od)
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields, tuple(p), p == (3, 4))
Person = namedtuple("Person", "name age city", defaults=["?"])
print(Person("a", 1), Person(name="b", age=2, city="c"), len(Person._fields))
x, y = p
print(x + y, sum(p), max(p))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
c = Counter("mississippi")
print(c.most_common(2), c["s"], c["z"], sorted(c.elements())[:5], sum(c.values()))
c.update("ssx")
print(c.most_common(1), c["x"])
c2 = Counter(a=3, b=1) + Counter(a=1, b=2, c=5)
print(sorted(c2.items()), Counter([1, 1, 2]) - Counter([1]))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3))
