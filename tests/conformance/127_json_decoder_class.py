# json.JSONDecoder: decode, raw_decode (streams of documents), hooks as attributes, subclasses used through loads(cls=...)
import json
d = json.JSONDecoder()
print(d.decode(' {"a": [1, 2.5]} '))
print(d.raw_decode('[1, 2] trailing'))
print(d.raw_decode('xx{"k": null}yy', 2))
for s, i in [(' 1', 0), ('', 0), ('[1,', 0), ('12 34', 3)]:
    try:
        print(d.raw_decode(s, i))
    except json.JSONDecodeError as e:
        print(type(e).__name__, e)
# read a stream of concatenated documents
stream = '{"a": 1} [2, 3]  "four" 5.5 null'
pos = 0
while True:
    while pos < len(stream) and stream[pos] == " ":
        pos += 1
    if pos == len(stream):
        break
    obj, pos = d.raw_decode(stream, pos)
    print(repr(obj), pos)
d2 = json.JSONDecoder(parse_float=lambda t: "f" + t, object_hook=lambda o: sorted(o))
print(d2.decode('{"b": 1.5, "a": 2}'), d2.raw_decode('[0.25]'))
print(d2.strict, d2.parse_int, json.JSONDecoder(strict=False).decode('"a\tb"') == "a\tb")
class Tagged(json.JSONDecoder):
    def __init__(self, **kw):
        kw["object_hook"] = self.hook
        super().__init__(**kw)
    def hook(self, o):
        return ("obj", sorted(o.items()))
print(json.loads('[{"x": 1}, {"y": {"z": 2}}]', cls=Tagged))
print(json.loads('[1.5]', cls=Tagged, parse_float=lambda t: t + "!"))
try:
    json.loads('[1', cls=Tagged)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.JSONDecoder(bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.loads("1", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
class Upper(json.JSONDecoder):
    def decode(self, s):
        return super().decode(s.upper())
print(json.loads('["abc"]', cls=Upper))
