# str.encode with every codec and error handler, on text with lone
# surrogates and other unencodable characters.
cases = ['\ud800', 'a\udc80b', '\xe9\udcff', '\ud83d\ude00', 'abc', 'h\xe9llo\u20ac',
         '\U0001f600', '\udc00\udc01x', 'tab\t\\q"\'\x7f']
encodings = ['utf-8', 'utf8', 'UTF_8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32',
             'utf-32-le', 'utf-32-be', 'latin-1', 'iso-8859-1', 'ascii', 'unicode_escape',
             'raw_unicode_escape', 'utf-8-sig']
handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
            'surrogateescape', 'surrogatepass']
for s in cases:
    for enc in encodings:
        for err in handlers:
            try:
                print(ascii(s), enc, err, s.encode(enc, err))
            except UnicodeEncodeError as e:
                print(ascii(s), enc, err, type(e).__name__, e)
print('\ud800'.encode('utf-8', 'namereplace'), '\udc80abc'.encode('ascii', 'namereplace'))
print('abc'.encode('utf-8', 'no-such-handler'))
for enc, err in [('utf-8', 'no-such-handler'), ('no-such-codec', 'strict')]:
    try:
        '\ud800'.encode(enc, err)
    except LookupError as e:
        print(type(e).__name__, e)
print('\ud800'.encode(errors='surrogatepass'), '\udcff'.encode(encoding='ascii', errors='surrogateescape'))
