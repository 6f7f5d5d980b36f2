# json and lone surrogates: escaped with ensure_ascii, kept without it,
# decoded from \u escapes (pairs combine, lone halves stay).
import json
for s in ['\ud800', 'a\udc80b', '\ud83d\ude00', '\U0001f600', '\udbff\udfff', '\udfff\udbff']:
    print(json.dumps(s), ascii(json.dumps(s, ensure_ascii=False)), json.dumps([s, {s: s}]))
for doc in ['"\\ud800"', '"\\ud83d\\ude00"', '"\\udc00\\ud800"', '"x\\ud800y\\udc01z"',
            '["\\udbff", "\\udfff"]', '{"\\ud800": 1}', '"\\ud800\\u0041"', '"\\ud800\\"']:
    try:
        print(doc, ascii(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(doc, type(e).__name__, e)
print(ascii(json.loads(json.dumps('\ud800\udc80 \udfff'))) == ascii('\ud800\udc80 \udfff'))
print(json.loads(json.dumps({'k\udc80': ['\ud800']}, ensure_ascii=False)) == {'k\udc80': ['\ud800']})
print(ascii(json.dumps({'\udc80': 1, '\ud7ff': 2, '\ue000': 3}, sort_keys=True, ensure_ascii=False)))
