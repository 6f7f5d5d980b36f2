# match statement: sequence and mapping patterns
import collections

def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [x, y]:
            return f"two {x!r} {y!r}"
        case (x, y, z):
            return f"three {x!r} {y!r} {z!r}"
        case [first, *middle, last]:
            return f"first {first!r} middle {middle!r} last {last!r}"
        case _:
            return "not a sequence"

for v in [[], (), [1], (2,), [1, 2], (1, 2), [1, 2, 3], (4, 5, 6), [1, 2, 3, 4], list(range(7)),
          range(2), range(5), "ab", b"ab", {1: 2}, {1, 2}, 3, None]:
    print(repr(v), "->", seq(v))

def star(v):
    match v:
        case [*_]:
            pass
    match v:
        case [*all_of_it]:
            print("all", all_of_it)
    match v:
        case [a, *_, b]:
            print("ends", a, b)
        case _:
            print("too short for ends")
    match v:
        case [*init, 0]:
            print("ends with zero, init", init)
        case [0, *tail]:
            print("starts with zero, tail", tail)
        case _:
            print("no zero at the ends")

star([1, 2, 3])
star([0, 5])
star([7, 0])
star((9,))

# nested sequences and open sequence patterns
def nested(v):
    match v:
        case [(a, b), [c, *d]]:
            return ("nested", a, b, c, d)
        case x, y:
            return ("open pair", x, y)
        case x, *y:
            return ("open star", x, y)
        case [[[deep]]]:
            return ("deep", deep)
    return None

print(nested([(1, 2), [3, 4, 5]]))
print(nested([1, 2]))
print(nested([1, 2, 3]))
print(nested([[[9]]]))

class MySeq(list):
    pass
match MySeq([1, 2]):
    case [a, b]:
        print("list subclass", a, b)

match "abc":
    case [*chars]:
        print("str is a sequence?!")
    case str():
        print("a str is not matched by a sequence pattern")

# mapping patterns
def mapping(m):
    match m:
        case {}:
            pass
    match m:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x} {y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle {r} rest {rest}"
        case {1: one, 2.5: f, None: n, False: t}:
            return f"numbers {one} {f} {n} {t}"
        case {"empty": {}}:
            return "empty is a mapping"
        case {**everything}:
            return f"everything {sorted(everything.items())}"
        case _:
            return "not a mapping"

for m in [{"type": "point", "x": 1, "y": 2}, {"type": "point", "x": 1},
          {"type": "circle", "r": 3, "color": "red", "z": 0},
          {1: "a", 2.5: "b", None: "c", False: "d"},
          {"empty": {"x": 1}}, {"empty": []}, {"b": 2, "a": 1}, [], "str", 5]:
    print(m, "->", mapping(m))

class Missing(dict):
    def __missing__(self, key):
        return "made up"
match Missing(a=1):
    case {"b": b}:
        print("found b", b)
    case {"a": a}:
        print("__missing__ is not used, a =", a)

class LoggingDict(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)
match LoggingDict(a=1, b=2):
    case {"a": 1, "b": bb}:
        print("bb", bb)

od = collections.OrderedDict([("k", "v")])
match od:
    case {"k": v}:
        print("OrderedDict", v)

dd = collections.defaultdict(list)
match dd:
    case {"nothing": x}:
        print("defaultdict created", x)
    case _:
        print("defaultdict: key not created", dict(dd))

# the rest dict is a fresh dict
src = {"a": 1, "b": 2}
match src:
    case {"a": _, **others}:
        others["c"] = 3
        print(others, src)

# duplicate keys found at run time
class K:
    A = "a"
    B = "a"
try:
    match {"a": 1}:
        case {K.A: 1, K.B: 1}:
            print("no")
except ValueError as e:
    print(type(e).__name__, e)

# values from dotted names as keys
match {"a": 1, "c": 3}:
    case {K.A: 1, "c": c}:
        print("dotted key", c)

# sequences of mappings and mappings of sequences
match [{"a": [1, 2]}, {"b": (3,)}]:
    case [{"a": [x, y]}, {"b": [z]}]:
        print("mixed", x, y, z)
