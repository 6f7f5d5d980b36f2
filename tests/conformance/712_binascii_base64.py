# binascii and base64: every encoding, with their error messages
import base64
import binascii

for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(0, 256, 7))]:
    print(base64.b64encode(s), base64.b32encode(s), base64.b32hexencode(s), base64.b16encode(s))
    print("  ", base64.a85encode(s), base64.b85encode(s), base64.urlsafe_b64encode(s))
    assert base64.b64decode(base64.b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
    assert base64.a85decode(base64.a85encode(s)) == s
    assert base64.b85decode(base64.b85encode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("-_8=", altchars="-_"))
print(base64.standard_b64encode(b"xy"), base64.standard_b64decode(b"eHk="))
print(base64.urlsafe_b64decode("-_8="), base64.b64decode("YW Jj\nZA=="), base64.b64decode(bytearray(b"YQ==")))
print(base64.b32decode(b"mzxw6===", casefold=True), base64.b32decode(b"MZXW6Y1=", map01=b"L"))
print(base64.b16decode(b"0aff", casefold=True), base64.b32hexdecode("cpng====", casefold=True))
print(base64.a85encode(b"\0\0\0\0    xyz", foldspaces=True, adobe=True, wrapcol=5))
print(base64.a85encode(b"hello world", wrapcol=4), base64.a85encode(b"abc", pad=True))
print(base64.a85decode(b"<~z+<VdL~>", adobe=True), base64.a85decode(b"87cURD]i,\"Ebo80"))
print(base64.a85decode(b"y+<VdL", foldspaces=True), base64.b85encode(b"abc", pad=True))
print(base64.encodebytes(b"x" * 100))
print(base64.decodebytes(base64.encodebytes(b"y" * 70)))
print(base64.encodebytes(b""), base64.encodebytes(memoryview(b"abc")))
for f in [lambda: base64.b64decode(b"ab!c", validate=True), lambda: base64.b64decode(b"ab==c", validate=True),
          lambda: base64.b64decode(b"abc", validate=True), lambda: base64.b64decode(b"abc"),
          lambda: base64.b64decode(b"abcde"), lambda: base64.b64decode(1), lambda: base64.b64encode("x"),
          lambda: base64.encodebytes("x"), lambda: base64.b64decode("é"), lambda: base64.b32decode(b"abc"),
          lambda: base64.b32decode(b"MZXW6==="[:7] + b"!"), lambda: base64.b32decode(b"MZXW6Y=="),
          lambda: base64.b16decode(b"0g"), lambda: base64.b16decode(b"0"), lambda: base64.b16decode(b"0a"),
          lambda: base64.a85decode(b"zz"[:1] + b"a" + b"z"), lambda: base64.a85decode(b"~"),
          lambda: base64.a85decode(b"uuuuu"), lambda: base64.a85decode(b"abc", adobe=True),
          lambda: base64.b85decode(b"|NsC0~"), lambda: base64.b85decode(b"~~~~~")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(binascii.hexlify(b"\x01\x02\x03\x04\x05"), binascii.b2a_hex(b"\xff\x00"))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-", 2), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", -2))
print(binascii.hexlify(b"\x01\x02\x03", "-"), binascii.hexlify(b"", "-"), binascii.hexlify(bytearray(b"ab")))
print(binascii.unhexlify(b"0aFF"), binascii.a2b_hex("00ab"), binascii.unhexlify(""))
print(binascii.b2a_base64(b"hello"), binascii.b2a_base64(b"hello", newline=False), binascii.a2b_base64("aGVsbG8="))
print(binascii.a2b_base64(b"aGVs\nbG8=\n"), binascii.a2b_base64(b"YQ==YQ=="), binascii.a2b_base64(b""))
print(binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"hello", 0xFFFF), binascii.crc32(b"hello"),
      binascii.crc32(b"hello", 1), binascii.crc32(b""))
print(binascii.b2a_uu(b"hello world"), binascii.a2b_uu(binascii.b2a_uu(b"hello world")))
print(binascii.b2a_uu(b""), binascii.b2a_uu(b"\0\0", backtick=True), binascii.a2b_uu(b""))
print(binascii.b2a_qp(b"h\xe9llo = world\t\nline two \n"), binascii.a2b_qp(b"h=E9llo =3D=\nworld"))
print(binascii.b2a_qp(b"a b", header=True), binascii.a2b_qp(b"a_b", header=True), binascii.b2a_qp(b"x" * 80))
for f in [lambda: binascii.unhexlify(b"abc"), lambda: binascii.unhexlify(b"zz"),
          lambda: binascii.a2b_base64(b"abcde"), lambda: binascii.a2b_base64(b"ab=c"),
          lambda: binascii.a2b_base64(b"=abc", strict_mode=True),
          lambda: binascii.a2b_base64(b"ab!c", strict_mode=True),
          lambda: binascii.a2b_base64(b"ab==cd", strict_mode=True),
          lambda: binascii.a2b_base64(b"ab=c=", strict_mode=True),
          lambda: binascii.hexlify(b"ab", "--"), lambda: binascii.hexlify("ab"),
          lambda: binascii.unhexlify("é"), lambda: binascii.a2b_base64(5),
          lambda: binascii.b2a_uu(b"x" * 46), lambda: binascii.crc32("x"), lambda: binascii.crc_hqx(b"x")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception),
      binascii.Error.__module__, base64.binascii is binascii)
