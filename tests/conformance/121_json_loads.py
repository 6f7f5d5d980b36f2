# json.loads: the whole grammar, whitespace, escapes, numbers, big ints, constants, duplicate keys, bytes, round trips
import json

docs = [
    'null', 'true', 'false', '0', '-0', '12', '-12', '1.5', '-1.5e3', '1E2', '1e-2', '2.5E+2',
    '123456789012345678901234567890', '-98765432109876543210', '1e400', '-1e400', '0.1',
    '"str"', '""', '"esc \\" \\\\ \\/ \\b \\f \\n \\r \\t"', '"\\u0041\\u00e9\\u20AC"',
    '"\\ud83d\\ude00"', '"caf\u00e9 raw"', '"tab\\there"',
    '[]', '[ ]', '{}', '{ }', ' \t\n\r [1, 2 ,3 ] \n',
    '{"a": 1, "b": [true, false, null], "c": {"d": "e"}}',
    '{"a": 1, "a": 2, "b": 3, "a": 4}',
    '[[[[[]]]], {"": {"": []}}]',
    'NaN', 'Infinity', '-Infinity', '[NaN, Infinity, -Infinity]',
    '{"num":1,"list":[1,2.0,"3"],"obj":{}}',
]
for d in docs:
    v = json.loads(d)
    print(repr(d), "->", repr(v), type(v).__name__)

print(json.loads(b'{"bytes": [1, 2]}'))
print(json.loads(b'"caf\xc3\xa9"'))

# round trips
objs = [
    {"name": "x", "vals": [1, 2.5, -3, 10**30, None, True, False], "nested": {"a": {"b": {}}}},
    ["unicode \u00e9 \u20ac \U0001F600", "\x00\x1f", "quote\"back\\"],
    [1e-7, 1e22, 123.456, -0.0, 5e-324, 1.7976931348623157e308],
]
for o in objs:
    for kw in ({}, {"indent": 2}, {"ensure_ascii": False}, {"sort_keys": True, "separators": (",", ":")}):
        s = json.dumps(o, **kw)
        back = json.loads(s)
        print(back == o, json.dumps(back, **kw) == s)
print(json.loads(json.dumps({1: 2, True: 3, None: 4})))
print(json.loads(json.dumps((1, (2, 3)))))

# big documents
big = {"k%d" % i: [i, str(i), i * 0.5] for i in range(200)}
print(json.loads(json.dumps(big)) == big)
deep = "[" * 500 + "]" * 500
v = json.loads(deep)
n = 0
while v:
    v = v[0]
    n += 1
print("depth", n + 1)
for d in ["[" * 100000 + "]" * 100000, '{"a":' * 100000, '[{"a": ' * 50000]:
    try:
        json.loads(d)
    except RecursionError as e:
        print(type(e).__name__, e)

# CPython's limit on converting long digit strings to int
print(json.loads("9" * 4300) % 1000, json.loads("-" + "9" * 4300) % 1000)
for d in ["1" * 4301, "[-" + "2" * 5000 + "]"]:
    try:
        json.loads(d)
    except ValueError as e:
        print(type(e).__name__, e)
print(json.loads("1" * 5000 + ".5") > 1e300, json.loads("1" * 5000, parse_int=len))
