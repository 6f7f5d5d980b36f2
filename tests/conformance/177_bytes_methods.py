b = b'  Hello, World  \n'
print(b.split(), b.split(b','), b.strip(), b.lstrip(), b.rstrip(b'\n '), b.upper(), b.lower(), b.swapcase())
print(b'-'.join([b'a', b'b', b'c']), b'a,b,,c'.split(b',', 1), b'a b  c'.rsplit(None, 1), b'abc'.replace(b'b', b'XX'))
print(b'hello'.startswith(b'he'), b'hello'.endswith((b'x', b'lo')), b'hello'.find(b'l'), b'hello'.rfind(b'l'), b'hello'.find(108))
print(b'hello'.index(b'e'), b'hello'.count(b'l'), b'hello'.count(108), b'abc'.hex(), bytes.fromhex('61 62 63'), bytes.fromhex('00ff'))
print(b'hello world'.title(), b'hello'.capitalize(), b'abc'.isalpha(), b'123'.isdigit(), b' '.isspace(), b'Ab'.istitle(), b'AB'.isupper(), b'ab1'.islower())
print(b'\xff\xfeab'.decode('utf-8', 'replace'), b'\xffab'.decode('latin-1'), b'a\xe9b'.decode('ascii', 'ignore'), b'a\xe9'.decode('utf-8', 'backslashreplace'))
for bad, enc in [(b'\xff', 'utf-8'), (b'ab\xe9', 'ascii'), (b'\xe9\x80', 'utf-8'), (b'a\xe2\x82', 'utf-8')]:
    try:
        bad.decode(enc)
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError:', e)
print('héllo'.encode(), 'héllo'.encode('latin-1'), 'héllo'.encode('ascii', 'replace'), 'h€'.encode('ascii', 'xmlcharrefreplace'), 'h€'.encode('ascii', 'backslashreplace'))
try:
    'héllo'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
t = str.maketrans('abc', 'xyz', 'd')
print(sorted(t.items()), 'aabbccdd'.translate(t), 'hello'.translate({ord('l'): 'L', ord('o'): None}))
print(str.maketrans({'a': '1', 98: None}), 'abc'.translate(str.maketrans({'a': '1', 98: None})))
tb = bytes.maketrans(b'ab', b'AB')
print(b'abcab'.translate(tb), b'abcab'.translate(None, b'b'), len(tb))
print('a\tb'.isprintable(), 'abc'.isprintable(), '\xa0'.isprintable(), 'é'.isprintable())
print(b'ab'.partition(b'a'), b'a\nb\r\nc'.splitlines(), b'abc'.center(7, b'*'), b'42'.zfill(5), b'ab'.ljust(4), b'ab'.rjust(4, b'0'))
print(b'abc'.removeprefix(b'a'), b'abc'.removesuffix(b'c'), b'a\tb'.expandtabs(4))
try:
    b'abc'.split('b')
except TypeError as e:
    print('TypeError:', e)
try:
    b'-'.join(['a'])
except TypeError as e:
    print('TypeError:', e)

# a small length-prefixed record format
def encode_record(fields):
    out = []
    for key, value in fields:
        k = key.encode()
        v = value.encode("utf-8")
        out.append(b"%d:%s=%s" % (len(k) + len(v) + 1, k, v) if False else str(len(k) + len(v) + 1).encode() + b":" + k + b"=" + v)
    return b";".join(out)

def decode_record(data):
    fields = []
    for chunk in data.split(b";"):
        size, _, body = chunk.partition(b":")
        assert int(size) == len(body), (size, body)
        key, _, value = body.partition(b"=")
        fields.append((key.decode(), value.decode("utf-8")))
    return fields

blob = encode_record([("name", "Zoë"), ("city", "Zürich"), ("note", "a=b")])
print(blob, len(blob), blob.count(b";"), blob.hex()[:20])
print(decode_record(blob))
header = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello"
head, _, body = header.partition(b"\r\n\r\n")
lines = head.split(b"\r\n")
status = lines[0].split(b" ", 2)
headers = {k.strip().lower(): v.strip() for k, v in (l.split(b":", 1) for l in lines[1:])}
print(status, headers, body, int(headers[b"content-length"]) == len(body))
print(bytes(range(65, 70)), list(b"AB"), b"x" * 3, b"ab" + b"cd", b"b" in b"abc", b"abc"[1], b"abc"[1:])
