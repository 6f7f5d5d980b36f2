# Strings with lone surrogates order by Python code point: a surrogate
# sorts below U+E000 and above U+D7FF, and above no astral character.
items = ['\ue000', '\ud800', 'a', '\U00010000', '\udc00', '\ud7ff', '\uffff',
         '\U0010ffff', 'a\udc80', 'a\ue000', 'a', '', '\udfff', 'a\U0001f600']
print([hex(ord(c)) if len(c) == 1 else ascii(c) for c in sorted(items)])
print(ascii(min(items)), ascii(max(items)))
print(ascii(sorted(items, reverse=True)))
pairs = [('\ud800', '\ue000'), ('\ud800', '\ud7ff'), ('\udfff', '\U00010000'),
         ('\ud800', '\udc00'), ('x\ud800', 'x\uffff'), ('\ud800', '\ud800'),
         ('\ud800a', '\ud800'), ('\U0010ffff', '\udbff')]
for a, b in pairs:
    print(ascii(a), ascii(b), a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted(['\ud800', '\ue000']) == ['\ud800', '\ue000'])
print(ascii(max('\ud83d', '\uffff')), ascii(min('\udc00x', '\uf000')))
print(ascii(sorted({'\udc80': 1, '\ue001': 2, 'z': 3})))
print(('\ud800', 1) < ('\ue000', 0), ['\udfff'] > ['\U00010000'])
