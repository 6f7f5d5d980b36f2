import json, json.decoder, json.scanner
from json.decoder import py_scanstring as scanstring, JSONObject, JSONArray
print(json.decoder.py_scanstring is not None)
for s in ['"abc', '"a\x01"', '"a\\q"', '"\\u12"', '"\\ud800\\udc00"', '"x\\n\\u00e9y" tail', '"\\ud800x"']:
    try: print(scanstring(s, 1))
    except Exception as e: print(type(e).__name__, e)
d = json.JSONDecoder()
sc = json.scanner.py_make_scanner(d)
for s in ['[1, 2.5, "x", {"a": [true, false, null]}]', '{"a" 1}', '{1:2}', '[1 2]', '{"a":1,}', '[1,]', '[', 'nul', '-', '1.5e', '-0', 'NaN', '-Infinity', '12e3', '{}', '[]', '  1']:
    try: print(repr(s), sc(s, 0))
    except StopIteration as e: print("StopIteration", e.value)
    except Exception as e: print(type(e).__name__, e)
d2 = json.JSONDecoder(object_pairs_hook=list, parse_int=float)
print(json.scanner.make_scanner(d2)('{"a": 1, "b": [2]}', 0))
print(json.scanner.NUMBER_RE.match("-12.5e3").groups())
