# Lone surrogates in str literals, chr/ord, repr/ascii and the operations
# that only move characters.
s = '\ud800'
print(len(s), repr(s), ascii(s), ord(s), hex(ord('\udfff')))
t = 'a\udc80b\U0001f600\udbff'
print(len(t), repr(t), ascii(t), [hex(ord(c)) for c in t])
print(repr(t[1]), repr(t[1:3]), repr(t[::-1]), repr(t * 2))
print(chr(0xd800) == '\ud800', chr(0xdc80) == '\udc80', repr(chr(0xdbff) + chr(0xdc00)))
print('\ud83d\ude00' == '\U0001f600', len('\ud83d\ude00'))
print(f'{s!r}', '%r' % s, '{!r}'.format(t), '%a' % t)
print(repr('x\udc80y'.split('\udc80')), repr('\udc80'.join(['p', 'q'])))
print(repr('ab\ud800cd'.replace('\ud800', '-')), 'ab\ud800cd'.find('\ud800'), '\ud800' in t, '\udc80' in t)
print(repr('\ud800'.upper()), repr('\ud800 '.strip()), '\ud800'.isprintable(), '\ud800'.isalpha(), '\ud800'.isspace())
print(hash('\ud800') == hash(chr(0xd800)), {'\ud800': 1}[chr(0xd800)], len({'\ud800', chr(0xd800), '\udc00'}))
print(repr('\ud800'.center(5, '*')), repr(format('\udc80', '>3')), repr(f'{s:^5}'))
print(repr(str(['\ud800'])), repr('\ud800'.encode('utf-8', 'surrogatepass')))
print(repr(b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass')))
print(repr('\ud800'.translate({0xd800: 'S'})), repr(str.maketrans('\udc80', 'x')))
print(repr('%c' % 0xdc80), repr(format(0xd800, 'c')))
for bad in [0x110000, -1, 0xd800 - 0x10000000]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, 'chr', hex(bad))
for bad in ['', '\ud800\ud800']:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(repr(eval("'\\ud800'")), repr(eval(r"'\udcff'")))
