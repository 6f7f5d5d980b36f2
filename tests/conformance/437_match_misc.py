# match statement in generators, class bodies, with exceptions; library types as subjects
import collections

def g(items):
    for it in items:
        match it:
            case [x, y] if (yield x):
                print("guard true", y)
            case {"k": v}:
                yield v
            case _:
                yield "other"
gen = g([[1, 2], {"k": 3}, 5])
print(next(gen))
print(gen.send(True))
print(next(gen))

class Bad:
    def __eq__(self, other):
        raise RuntimeError("eq fails")
try:
    match Bad():
        case 1:
            pass
except RuntimeError as e:
    print("caught", e)

def inner():
    try:
        match [1, Bad()]:
            case [1, 2]:
                pass
    except RuntimeError as e:
        return "caught in function: " + str(e)
print(inner())

class RaisingLen(list):
    def __len__(self):
        raise ValueError("no len")
try:
    match RaisingLen([1]):
        case [x]:
            print("no")
except ValueError as e:
    print(type(e).__name__, e)

# deeply nested patterns and long alternatives
src = "match x:\n    case " + "[" * 100 + "y" + "]" * 100 + ":\n        print('deep', y)\n"
x = 1
for _ in range(100):
    x = [x]
exec(src)
src = "match 99:\n    case " + " | ".join(str(i) for i in range(100)) + ":\n        print('in range')\n"
exec(src)

class C:
    match 3:
        case 3:
            attr = "three"
print(C.attr)

def h(v):
    match v:
        case int() | float() as num if num > 0:
            return "positive"
    return "not positive"
print(h(1), h(-1.0), h("s"))

# objects with keys and __getitem__ are not mappings unless they are dicts
class FakeMap:
    def keys(self):
        return ["a"]
    def __getitem__(self, k):
        return 1
match FakeMap():
    case {"a": 1}:
        print("matched fake")
    case _:
        print("not a mapping")

# library types
Pt = collections.namedtuple("Pt", "x y")
match Pt(1, 2):
    case Pt(x, y=yy):
        print("namedtuple", x, yy)
match Pt(3, 4):
    case (a, b):
        print("namedtuple as sequence", a, b)
match collections.deque([1, 2, 3]):
    case [first, *others]:
        print("deque", first, others)
match collections.OrderedDict(a=1):
    case {"a": a}:
        print("OrderedDict", a)
match collections.Counter("aab"):
    case {"a": n, **rest}:
        print("Counter", n, rest)

match (1, 2, 3):
    case (1, *rest) if (n := len(rest)) == 2:
        print("rest", rest, n)

# the match statement as a dispatcher
def run(commands):
    out = []
    for cmd in commands:
        match cmd.split():
            case ["go", direction]:
                out.append(f"going {direction}")
            case ["drop", *objects] if objects:
                out.append(f"dropping {', '.join(objects)}")
            case ["quit" | "exit"]:
                out.append("bye")
                break
            case [verb, *_]:
                out.append(f"unknown verb {verb}")
            case []:
                out.append("nothing")
    return out
print(run(["go north", "drop sword shield", "drop", "", "dance now", "quit", "go south"]))
