# Bytes patterns: bytes, bytearray and memoryview subjects, ASCII classes,
# ASCII-only case folding, mixing errors.
import re

p = re.compile(rb"(\w+)=(\d+)")
for subject in [b"a=1 bb=22", bytearray(b"x=9"), memoryview(b"key=42;")]:
    m = p.search(subject)
    print(m, m.group(), m.groups(), m.span(2), type(m.group()).__name__)
print(p.findall(b"a=1 b=2 c=x"))
print(p.sub(rb"\2=\1", b"a=1 b=2"))
print(p.sub(lambda m: m.group(1).upper(), b"a=1 b=2"))
print(p.subn(b"", bytearray(b"a=1 b=2")))
print(re.split(rb"[,;]\s*", b"a, b;c"))
print(re.split(rb"(,)", b"a,b"))
print([m.span() for m in re.finditer(rb"\d", b"a1b22")])
print(re.fullmatch(rb"[\x00-\xff]*", bytes(range(256))).span())
print(re.search(rb"\xe9", b"caf\xe9"))
print(re.findall(rb"\w", b"a\xe9_1"))
print(re.findall(rb"\s", b" \t\n\x0b\x0c\r\x1c\x85\xa0"))
print(re.findall(rb"\W", b"a\xe9!"))
print(re.findall(rb"(?i)K", b"kK"), re.findall(rb"(?i)\xe9", b"\xe9\xc9"))
print(re.match(rb"(?i)[a-z]+", b"HeLLo"))
print(re.findall(rb"\bx\b", b"x \xe9x x"))
print(re.match(rb".", b"\n"), re.match(rb"(?s).", b"\n"))
print(re.escape(b"a.b*c\x00\xff"))
print(re.compile(b"abc"), re.compile(b"a", re.I), re.compile(b"a").flags)
print(re.compile(rb"(?L)\w").flags & re.LOCALE != 0)
print(re.search(b"b+", bytearray(b"abbc")).string)
ba = bytearray(b"abcdefgh")
m = re.search(b"[a-h]+", ba)
print(m.group())
m2 = re.match(rb"(a)(b)?", b"a")
print(m2.expand(rb"[\1|\2]"), m2.groups(b"-"))

for pattern, subject in [("a", b"a"), (b"a", "a"), ("a", bytearray(b"a")),
                         (b"a", 5), ("a", None)]:
    try:
        re.search(pattern, subject)
    except TypeError as e:
        print("TypeError", e)
for args in [(b"a", "x", b"a"), ("a", b"x", "a")]:
    try:
        re.sub(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    re.sub(b"a", lambda m: "s", b"a")
except TypeError as e:
    print("TypeError", e)
