import codecs
print('caf\xe9 \u20ac'.encode('cp1252'), b'caf\xe9 \x80'.decode('cp1252'))
print('\u017c'.encode('iso-8859-2'), 'Привет'.encode('koi8-r'), b'\xf0\xd2'.decode('koi8_r'))
for enc in ['latin2', 'windows-1250', 'ISO_8859-15', 'mac-roman', 'cp437', 'l2']:
    print(enc, codecs.lookup(enc).name)
try: '\u20ac'.encode('iso-8859-2')
except UnicodeEncodeError as e: print(type(e).__name__, e)
try: 'ab\u20ac\u20acc'.encode('iso8859_2')
except UnicodeEncodeError as e: print(type(e).__name__, e)
try: b'\x81'.decode('cp1252')
except UnicodeDecodeError as e: print(type(e).__name__, e)
print('a\u20acb'.encode('iso8859_2', 'replace'), 'a\u20acb'.encode('koi8_r', 'xmlcharrefreplace'), b'a\x81b'.decode('cp1252', 'replace'), b'a\x81b'.decode('cp1252', 'backslashreplace'))
def h(exc):
    return ('[%x]' % ord(exc.object[exc.start]), exc.end)
codecs.register_error('brackets', h)
print('a\xe9b'.encode('ascii', 'brackets'), b'a\xffb'.decode('utf-8', 'brackets') if False else '')
def hd(exc): return ('<%d>' % exc.object[exc.start], exc.end)
codecs.register_error('angle', hd)
print(b'a\xffb'.decode('ascii', 'angle'), b'a\x81b'.decode('cp1252', 'angle'))
try: 'x'.encode('rot13')
except LookupError as e: print(type(e).__name__, e)
try: b'x'.decode('hex')
except LookupError as e: print(type(e).__name__, e)
try: 'x'.encode('nonesuch')
except LookupError as e: print(type(e).__name__, e)
try: 'x\xe9'.encode('ascii', 'nonesuch')
except LookupError as e: print(type(e).__name__, e)
print(bytes('\xf6', 'raw-unicode-escape'), bytes('\xf6', encoding='latin-1'), bytes('\u20ac', 'cp1252'))
class S(str): pass
print('-'.join(['a', S('b'), 'c']))
# transform codecs through codecs.encode/decode
print(codecs.encode(b'hello', 'base64'), codecs.decode(b'68656c6c6f', 'hex'))
print(codecs.encode('Hello, World', 'rot13'), codecs.lookup('rot13').name)
print(codecs.decode(codecs.encode(b'x' * 50, 'zlib'), 'zlib') == b'x' * 50)
print(codecs.encode(b'a=b \xff', 'quopri'))
print(codecs.decode(codecs.encode(b'hi there', 'uu'), 'uu'))
# charmap_build / charmap_encode / charmap_decode
table = 'abc?\ufffe'
m = codecs.charmap_build(table)
print(codecs.charmap_decode(b'\x00\x01\x02', 'strict', table), codecs.charmap_encode('cab', 'strict', m))
print(codecs.charmap_decode(b'\x00\x04', 'replace', table), codecs.charmap_encode('axb', 'replace', m))
print(codecs.charmap_decode(b'\x00\x01', 'strict', {0: 'X', 1: 0x263a}))
# splitlines knows every line boundary
print('a\u2028b\x85c\x1cd\x0be\x0cf\r\ng\rh'.splitlines(), 'x\u2029y'.splitlines(True))
# incremental and stream charmap codecs
dec = codecs.getincrementaldecoder('cp1252')()
print(dec.decode(b'\x80'), dec.decode(b'abc', final=True))
import io
r = codecs.getreader('koi8-r')(io.BytesIO('строка\nещё'.encode('koi8-r')))
print(r.readline(), r.read())
for b in (b'\x80', b'\xa4'):
    for enc in ('cp1252', 'iso8859-15', 'cp437', 'mac-roman', 'koi8-u', 'cp850'):
        print(enc, repr(b.decode(enc)), end='; ')
    print()
