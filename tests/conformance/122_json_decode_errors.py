# json.loads errors: JSONDecodeError messages, positions, attributes, lines and columns, TypeError for non-text
import json

print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)

bad = [
    '', '   ', 'x', '[', ']', '{', '}', '[1,]', '[1 2]', '[1,,2]', '{"a" 1}', '{"a":}',
    '{"a":1,}', '{a:1}', "{'a':1}", '{"a":1 "b":2}', '{"a":1', '[1, 2', '"abc', '"abc\\',
    '"bad \\x escape"', '"\\u12"', '"\\u12G4"', '"\\uXYZW"', '"ctrl \x01 char"', '"new\nline"',
    '1 2', '[1] x', '{} {}', 'nul', 'tru', 'falsy', 'True', 'None', 'nan', 'inf', '-', '-x',
    '01', '1.', '.5', '1e', '1e+', '-Inf', '+1', '0x10', '[1]\n\n  ]', '{\n  "a": 1,\n  "b" 2\n}',
    '\ufeff[1]', '"\\ud83d\\uZZZZ"', '[1, 2] // c', '{"a": [1, {"b": }]}',
]
for d in bad:
    try:
        r = json.loads(d)
        print(repr(d), "parsed", repr(r))
    except json.JSONDecodeError as e:
        print(repr(d), type(e).__name__, e)
        print("   ", repr(e.msg), e.pos, e.lineno, e.colno, e.doc == d, e.args)

# the prefix of a number parses, the rest is extra data
for d in ['1.', '1e', '1ex', '-0.5e']:
    try:
        json.loads(d)
    except ValueError as e:
        print(type(e).__name__, e)

try:
    json.loads('[1, 2, oops]')
except ValueError as e:
    print("caught as ValueError:", e)

for v in [1, None, [1], 2.5]:
    try:
        json.loads(v)
    except TypeError as e:
        print(type(e).__name__, e)

e = json.JSONDecodeError("Custom message", "line one\nline two", 12)
print(e)
print(e.msg, e.pos, e.lineno, e.colno)
print(isinstance(e, ValueError), isinstance(e, Exception))
try:
    raise json.JSONDecodeError("Raised by hand", "abc", 1)
except ValueError as err:
    print(type(err).__name__, err)

# strict=False allows control characters inside strings
print(repr(json.loads('"a\tb\nc"', strict=False)))
try:
    json.loads('["ok", "a\tb"]')
except ValueError as e:
    print(type(e).__name__, e)
