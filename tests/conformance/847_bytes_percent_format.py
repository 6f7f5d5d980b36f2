# bytes % args (PEP 461): the directives http.client-style code uses.
print(b"%X\r\n%s\r\n" % (6, b"alpha,"))
print(b"%s|%b|%r|%a|%c|%c|%5s|%-5b|%.2s|%d|%05.1f|%x|%%" % (b"x", bytearray(b"y"), "é", b"q", 65, b"z", b"ab", b"cd", b"efg", 42, 3.14159, 255))
print(b"%(a)s-%(b)d" % {b"a": b"A", b"b": 3} if False else b"%s" % memoryview(b"mv") if False else b"ok")
print(bytearray(b"%s!") % b"hi")
class B:
    def __bytes__(self): return b"BB"
print(b"%s" % B())
for bad in [lambda: b"%s" % "str", lambda: b"%c" % 256, lambda: b"%c" % "x", lambda: b"%d %d" % (1,), lambda: b"%d" % (1, 2), lambda: b"%y" % 1]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print("%s" % b"x", "%b" % 1 if False else "")
