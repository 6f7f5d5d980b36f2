# json.dumps: every type, indent, separators, sort_keys, ensure_ascii, skipkeys, allow_nan
import json

values = [
    None, True, False, 0, -7, 123456789012345678901234567890, -2**70,
    0.0, -0.0, 1.5, 1e16, 1e-5, 3.141592653589793, 1e300, 0.1 + 0.2,
    float("nan"), float("inf"), float("-inf"),
    "", "plain", 'quote " and \\ backslash', "tab\there\nnew\rret\bback\fform",
    "\x00\x01\x1f\x7f", "caf\u00e9", "\u20ac uro", "emoji \U0001F600", "/slash/",
    [], (), {}, [1, [2, [3, []]]], (1, "two", 3.0), {"a": 1, "b": [True, None]},
]
for v in values:
    print(json.dumps(v))
    print(json.dumps(v, ensure_ascii=False))

doc = {"name": "whirl", "tags": ["py", "rust"], "nested": {"z": 1, "a": [1, 2, {"x": None}]},
       "empty_list": [], "empty_dict": {}, "pi": 3.14, "ok": True}
print(json.dumps(doc))
print(json.dumps(doc, sort_keys=True))
print(json.dumps(doc, indent=2))
print(json.dumps(doc, indent=0))
print(json.dumps(doc, indent=-3))
print(json.dumps(doc, indent="\t", sort_keys=True))
print(json.dumps(doc, indent="--"))
print(json.dumps(doc, separators=(",", ":")))
print(json.dumps(doc, separators=(" , ", " : "), indent=1))
print(json.dumps([1, [2, 3]], indent=4, separators=(", ", ": ")))
print(json.dumps([[], {}, [[]]], indent=2))

# dict keys of every allowed type
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", "s": "str",
                  -3: "neg", 10**20: "big", float("inf"): "inf"}))
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True, indent=1))
print(json.dumps({(1, 2): "tuple key", "ok": 1}, skipkeys=True))
print(json.dumps({(1, 2): "tuple key"}, skipkeys=True))
print(json.dumps({(1, 2): "tuple key"}, skipkeys=True, indent=2))
print(json.dumps({"k\u00e9y": "v\u00e4l"}))
print(json.dumps({"k\u00e9y": "v\u00e4l"}, ensure_ascii=False))

# repeated (non-circular) references are fine
shared = [1, 2]
print(json.dumps([shared, shared, {"a": shared}]))
print(json.dumps([shared, shared], check_circular=False))

# allow_nan=False with finite values is fine
print(json.dumps([1.0, 2], allow_nan=False))

# errors
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: json.dumps({(1, 2): 3}))
attempt(lambda: json.dumps({frozenset(): 3}))
attempt(lambda: json.dumps(object()))
attempt(lambda: json.dumps({1, 2}))
attempt(lambda: json.dumps(b"bytes"))
attempt(lambda: json.dumps([1, {2: range(3)}]))
attempt(lambda: json.dumps(float("nan"), allow_nan=False))
attempt(lambda: json.dumps([float("inf")], allow_nan=False))
attempt(lambda: json.dumps({float("-inf"): 1}, allow_nan=False))
attempt(lambda: json.dumps({1: 1, "a": 2}, sort_keys=True))
class Thing:
    pass
attempt(lambda: json.dumps([Thing()]))
attempt(lambda: json.dumps(1, 2))
attempt(lambda: json.dumps())
attempt(lambda: json.dumps(1, bogus=True))

a = [1]
a.append(a)
attempt(lambda: json.dumps(a))
d = {}
d["self"] = d
attempt(lambda: json.dumps(d))
attempt(lambda: json.dumps({"x": [d]}, indent=2))
deep = []
for i in range(5000):
    deep = [deep]
for kw in ({}, {"indent": 2}, {"check_circular": False}):
    try:
        json.dumps(deep, **kw)
    except RecursionError as e:
        print(type(e).__name__, e)
ok = []
for i in range(300):
    ok = [ok, {"k": ok}] if i % 50 == 0 else [ok]
print(len(json.dumps(ok)), len(json.dumps(ok, indent=1)))

# CPython's limit on converting huge ints to text
attempt(lambda: len(json.dumps(10**4299)))
attempt(lambda: json.dumps([10**4300]))
attempt(lambda: json.dumps({-10**4300: 1}))

# the pure-Python encoder CPython uses with indent (and for dump) names the value
attempt(lambda: json.dumps([float("nan")], allow_nan=False, indent=2))
attempt(lambda: json.dumps({float("inf"): 1}, allow_nan=False, indent=2))
attempt(lambda: json.dumps({(1,): 1}, indent=2))
attempt(lambda: json.dumps([Thing()], indent=2))
