# An instance's __dict__ is the live attribute store.
class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields)

    def __repr__(self):
        items = ", ".join("%s=%r" % kv for kv in sorted(vars(self).items()))
        return "Record(%s)" % items

    @classmethod
    def from_dict(cls, d):
        r = cls()
        for k, v in d.items():
            r.__dict__[k] = v
        return r


r = Record(name="ada", year=1815)
print(r, r.name, r.year)
r.__dict__["born"] = "London"
print(r.born, "born" in vars(r), hasattr(r, "born"))
vars(r)["year"] = 1816
print(r.year)
del r.__dict__["born"]
print(hasattr(r, "born"), r)
d = r.__dict__
r.extra = [1, 2]
print(d, d is r.__dict__, d is vars(r))
r2 = Record.from_dict({"x": 1, "y": 2})
print(r2, r2.x + r2.y)
d.clear()
print(vars(r), hasattr(r, "name"))

class Counter:
    count = 0

    def bump(self):
        self.count += 1
        return self

c = Counter()
print(vars(c), c.count)
c.bump().bump()
print(vars(c), Counter.count, c.__dict__.get("count"))
c.__dict__.pop("count")
print(c.count, vars(c))

# copying attributes between objects
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
q = Point.__new__(Point)
q.__dict__.update(p.__dict__)
q.x = 10
print(vars(p), vars(q))
print(sorted(k for k in vars(p)), list(p.__dict__.values()))
for name, value in list(vars(q).items()):
    setattr(q, name, value * 2)
print(vars(q))
state = dict(p.__dict__)
p.x = 99
print(state, vars(p))
p.__dict__.setdefault("z", 0)
print(p.z, len(p.__dict__))
