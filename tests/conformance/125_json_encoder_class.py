# json.JSONEncoder: subclasses overriding default/__init__, cls= for dumps and dump, encode/iterencode, attributes
import json
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=SetEncoder))
print(json.dumps({"s": {3, 1, 2}, "b": [1]}, cls=SetEncoder, indent=2, sort_keys=True))
try:
    json.dumps({"x": object()}, cls=SetEncoder)
except TypeError as e:
    print(type(e).__name__, e)
enc = SetEncoder(separators=(",", ":"))
print(enc.encode([1, {2, 1}]), enc.item_separator, enc.key_separator, enc.indent, enc.sort_keys)
print(json.JSONEncoder().encode({"a": None}))
print(json.JSONEncoder(indent=1).item_separator)
print("".join(json.JSONEncoder().iterencode([1, 2])))
class Custom(json.JSONEncoder):
    def __init__(self, **kw):
        kw["sort_keys"] = True
        super().__init__(**kw)
    def default(self, o):
        return repr(o)
print(json.dumps({"b": object, "a": 1}, cls=Custom))
sink = []
class W:
    def write(self, s): sink.append(s)
json.dump({"z": {1}}, W(), cls=SetEncoder)
print("".join(sink))
try:
    json.JSONEncoder().default(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps([1], cls=SetEncoder, bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
