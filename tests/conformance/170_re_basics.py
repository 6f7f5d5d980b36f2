import re

# match / search / fullmatch and the Match object
m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m)
print(m.group(0), "|", m.group(1), "|", m.group(2))
print(m.group(1, 2), m.groups(), m.span(), m.span(2), m.start(2), m.end(2))
print(m[0], m[1], m.lastindex, m.lastgroup, m.pos, m.endpos, m.string)
print(m.re, m.re.pattern, m.re.groups)
print(re.match(r"\d+", "abc123"), re.search(r"\d+", "abc123"))
print(re.fullmatch(r"a|ab", "ab"), re.fullmatch(r"\d+", "123x"))
print(re.search(r"x", ""), re.match(r"", ""))

# named groups
date = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)")
print(date, date.groups, date.groupindex, date.pattern)
m = date.search("Released on 2023-10-02, patched 2023-11-15.")
print(m.groupdict(), m["year"], m.group("month", "day"), m.lastgroup, m.lastindex)
print(m.start("day"), m.end("day"), m.span("year"), m.regs)
for found in date.finditer("2021-01-01 / 2022-02-02 / bad 20x3-03-03"):
    print(" ", found.group(), found.span(), found.groupdict())

# optional groups
m = re.match(r"(a)(b)?(c)?", "ac")
print(m.groups(), m.groups("-"), m.group(2), m.span(2), m.start(2), m.lastindex)
print(re.match(r"(?P<x>a)|(?P<y>b)", "b").groupdict(), re.match(r"(?P<x>a)|(?P<y>b)", "b").groupdict(0))
m = re.match(r"((a)(b))", "ab")
print(m.lastindex, m.groups())

# pos / endpos
p = re.compile(r"\d+")
print(p.match("ab12cd34", 2), p.match("ab12cd34", 1), p.search("ab12cd34", 4))
print(p.search("ab12cd34", 0, 3), p.findall("1 22 333 4444", 2, 9))
print(p.fullmatch("ab12cd", 2, 4), re.compile(r"^\w").search("ab", 1))
print(re.compile(r"(?m)^\w").search("ab\ncd", 1))

# findall shapes
print(re.findall(r"\d+", "a1b22c333"))
print(re.findall(r"(\w)=(\d)", "a=1, b=2, c=x"))
print(re.findall(r"(\w)=(\d)?", "a=1, b="))
print(re.findall(r"o(\w)", "foo boo zoo"))
print(re.findall(r"", "abc"))
print(re.findall(r"\b\w", "hello big world"))

# flags
print(re.findall(r"[a-c]+", "ABCabcXYZ", re.I), re.search(r"HELLO", "say hello", re.IGNORECASE))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"^\w+", "one\ntwo"))
print(re.findall(r"a.c", "a\nc abc", re.S), re.findall(r"a.c", "a\nc abc"))
print(re.findall(r"\w+$", "one\ntwo\nthree", re.M))
verbose = re.compile(r"""
    (\d{3})   # area code
    [-\s]?    # optional separator
    (\d{4})   # number
""", re.VERBOSE)
print(verbose.findall("call 555-1234 or 555 9876 or 5551111"))
print(re.compile("(?i)abc").flags, re.compile("abc").flags, re.compile("a", re.I | re.M))
print(re.compile(r"x", re.S | re.X), re.compile(r"\d", re.A).flags)
print(re.I, re.M, re.S, re.X, re.A, re.IGNORECASE | re.MULTILINE)

# $ before a final newline
print(re.search(r"a$", "ba\n"), re.search(r"a$", "a\nba\n"), re.search(r"a$", "a\nb"))
print(re.search(r"^a$", "x\na", re.M), re.findall(r"\w$", "ab\ncd\n"), re.search(r"a\Z", "a\n"))
print(re.match(r"(\w+)$", "line\n"), re.match(r"(\w+)\n$", "line\n"))

# Unicode text
print(re.findall(r"\w+", "café naïve straße"), re.findall(r"\d", "1٢3"))
print(re.search(r"é+", "caféé").span(), re.sub(r"\s+", "_", "a\u3000b c"))
print(re.search(r"É", "café", re.I), re.findall(r"[à-ÿ]", "voilà ÿes"))
print(re.split(r"\W+", "naïve—café, déjà"))

# escape
print(re.escape("a.b*c"), re.escape("1+1=2?"), re.escape("path/to file.txt"), re.escape("_-#~"))
print(re.search(re.escape("(x)"), "f(x) = 2").span())

# cache returns the same pattern object
print(re.compile(r"ab+") is re.compile(r"ab+"), re.compile(r"ab+") == re.compile(r"ab+"))
print(bool(re.match("a", "a")), bool(re.match("a", "b")))
