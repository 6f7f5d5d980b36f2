# bytes.decode with every codec and error handler: invalid bytes, encoded
# surrogates, truncated data, escapes.
datas = [b'\xff', b'a\x80b', b'\xed\xa0\x80', b'\xed\xb2\x80x', b'\xc3', b'\xe2\x82', b'\xf0\x9f\x98',
         b'\xc3\xa9t\xc3', b'\x00\xd8', b'\x00\xdc\x00', b'\x00\xd8a\x00', b'\x3d\xd8\x00\xde',
         b'\xff\xfe\x00\x00\x00\xd8\x00\x00', b'\x00\x00\x11\x00', b'\\ud800\\x41\\n', b'\\',
         b'\\x4', b'\\u12', b'\\N{', b'\xe9\\t', b'\\U0001f600\\101\\q', b'ok\\\nmore',
         b'\xef\xbb\xbfbom', b'\xff\xfeh\x00i\x00', b'\xfe\xff\x00h\x00i']
encodings = ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le',
             'latin-1', 'ascii', 'unicode_escape', 'raw_unicode_escape', 'utf-8-sig']
handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape',
            'surrogatepass']
for d in datas:
    for enc in encodings:
        for err in handlers:
            try:
                print(d, enc, err, ascii(d.decode(enc, err)))
            except UnicodeDecodeError as e:
                print(d, enc, err, type(e).__name__, e)
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'ascii', 'unicode_escape']:
    try:
        b'\xff\xff\xff'.decode(enc, 'xmlcharrefreplace')
    except TypeError as e:
        print(enc, type(e).__name__, e)
print(b'abc'.decode('ascii', 'no-such-handler'))
try:
    b'\xff'.decode('ascii', 'no-such-handler')
except LookupError as e:
    print(type(e).__name__, e)
# Round trips through surrogateescape and surrogatepass.
for raw in [b'\xff\xfe', b'caf\xe9', b'\x80abc\xc3']:
    s = raw.decode('utf-8', 'surrogateescape')
    print(ascii(s), s.encode('utf-8', 'surrogateescape') == raw, s.encode('latin-1', 'surrogateescape'))
for text in ['\ud800', '\udfff\ud800', 'a\udc00b']:
    for enc in ['utf-8', 'utf-16-le', 'utf-32-be']:
        b = text.encode(enc, 'surrogatepass')
        print(ascii(text), enc, b, b.decode(enc, 'surrogatepass') == text)
