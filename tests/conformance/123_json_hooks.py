# json hooks and files: default=, object_hook, object_pairs_hook, parse_float/int/constant, dump/load via write/read objects
import json

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def enc(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("cannot encode " + type(o).__name__)

data = {"p": Point(1, 2), "s": {3, 1, 2}, "list": [Point(0, 0)]}
s = json.dumps(data, default=enc)
print(s)
print(json.dumps(data, default=enc, indent=2, sort_keys=True))
try:
    json.dumps({"x": object()}, default=enc)
except TypeError as e:
    print(type(e).__name__, e)

def dec(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d

back = json.loads(s, object_hook=dec)
print(type(back["p"]).__name__, back["p"].x, back["p"].y, back["s"], type(back["list"][0]).__name__)
print(json.loads('{"b": 1, "a": {"c": 2}, "b": 3}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"b": 1}', object_pairs_hook=lambda p: ("pairs", p), object_hook=lambda d: "hook"))
print(json.loads('[1, 2.5, 3e2, NaN, -Infinity]', parse_float=lambda t: "F" + t,
                 parse_int=lambda t: "I" + t, parse_constant=lambda t: "C" + t))
print(json.loads('[1.5, 2]', parse_float=float))

# default that returns something which needs default again
class Wrapper:
    def __init__(self, inner):
        self.inner = inner
print(json.dumps(Wrapper(Wrapper([1, Wrapper("x")])), default=lambda o: o.inner))
# default returning the same object is circular
class Loop:
    pass
try:
    json.dumps(Loop(), default=lambda o: [o])
except ValueError as e:
    print(type(e).__name__, e)

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def getvalue(self):
        return "".join(self.parts)

class Source:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text

sink = Sink()
print(json.dump({"a": [1, 2, {"b": None}], "c": "d\u00e9"}, sink))
print(sink.getvalue())
sink = Sink()
json.dump([1, {"x": 2}], sink, indent=2, sort_keys=True)
print(sink.getvalue())
print(json.load(Source(sink.getvalue())))
print(json.load(Source('{"k": [true, false]}'), object_hook=lambda d: sorted(d.items())))
try:
    json.load(Source("[1, 2"))
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
try:
    json.dump([1, float("-inf")], Sink(), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
