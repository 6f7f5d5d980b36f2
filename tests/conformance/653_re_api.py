# The re API around a compiled pattern: Pattern and Match attributes,
# repr, flags, split/findall/finditer/sub/subn details, scanners.
import re

p = re.compile(r"(?P<key>\w+)\s*=\s*(?P<val>[^;]*)", re.I | re.M)
print(p.pattern, p.flags, p.groups, sorted(p.groupindex.items()))
print(repr(p))
print(re.compile("x"), re.compile("x", re.A), re.compile("x", re.S | re.X))
print(repr(re.I), repr(re.I | re.M), re.M | re.S, repr(re.NOFLAG))
print(repr(re.I | re.S | re.X | (1 << 20)), int(re.I | re.M), re.I & 2)
print(re.I == 2, isinstance(re.I, int), re.IGNORECASE is re.I)

m = p.search("  name = value; x=1")
print(m)
print(m.group(), m.group(0, "key", 2), m["val"], m[1])
print(m.groups(), m.groupdict(), m.span("val"), m.start(1), m.end(2))
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.re is p, m.string)
print(m.regs)
print(m.expand(r"\g<val> <- \g<key> [\g<0>] \1\n"))
m = re.match(r"(a)(b)?(c)?", "ac")
print(m.groups(), m.groups(0), m.lastindex, m.lastgroup, m.span(2), m.start(2))
print(re.match(r"(?P<outer>(?P<inner>a))", "a").lastgroup)
print(re.match("a", "a" * 100))
print(re.compile("x" * 300).pattern == "x" * 300, len(repr(re.compile("y" * 300))) < 300)

t = "a1b22c333"
print(re.findall(r"\d+", t), re.findall(r"([a-z])(\d+)", t))
print(re.findall(r"(\d)?x", "1x x"))
print([(m.group(), m.span()) for m in re.finditer(r"\d+", t)])
print(re.split(r"\d+", t), re.split(r"(\d)(\d)?", t), re.split(r"\d", t, maxsplit=2))
print(re.split(r"x*", "axbc"), re.split(r"\b", "a b"), re.split("", "abc"))
print(re.sub(r"\d", "#", t, count=2), re.subn(r"\d", "#", t))
print(re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 2), t))
print(re.sub("x*", "-", "abxd"), re.sub("", "-", "abc"), re.subn("$", "!", "a\nb\n"))
print(re.sub(r"(?P<n>\d)", r"\g<n>\g<0>\g<1>", "a1"), re.sub("a", r"\n\t\\", "a"))
print(re.sub(r"(b)?a", r"[\1]", "a ba"))
print(re.findall(r"\b|:+", "a::bc"), re.findall(r"^|\w+", "foo bar"))
print([m.span() for m in re.finditer(r"\b|\w+", "a::bc")])
print(re.split(r"(?<!\w)(?=\w)|:+", "a::bc"))

print(re.search("b", "abcb", ).span(), p.search("k=v", 1), re.compile("b").search("abcb", 2).span())
print(re.compile(r"^b").search("ab", 1), re.compile(r"b$").search("ab\nc", 0, 2))
print(re.compile("a").match("ba", 1), re.compile("a$").fullmatch("xa\n", 1, 2))
print(re.compile("abc").fullmatch("abcd", 0, 3), re.compile("a|ab").fullmatch("ab"))
print(re.compile(r"\d").findall("1a2b3", 1, 4), re.compile("a").search("a", 5, 3))

s = re.compile(r"\d+|[a-z]+").scanner("ab12cd")
print(s.match(), s.match(), s.search(), s.search())
sc = re.compile(r"a*").scanner("baa")
print(sc.search(), sc.search(), sc.search(), sc.search())


def ident(scanner, token):
    return ("ID", token)


scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", ident),
    (r"\d+(\.\d*)?", lambda s, t: ("NUM", float(t))),
    (r"[=+*/-]", lambda s, t: ("OP", t)),
    (r"\s+", None),
    (r"#", "HASH"),
])
print(scanner.scan("x = 3.5 * y1 + 2 # end"))
print(scanner.scan("x @ y"))

print(re.escape("a.b*c?d"), re.escape("path/to file"), re.escape("é-ü_1"))
re.purge()
print(re.compile("abc") == re.compile("abc"), re.compile("a") == re.compile("a", re.I))
print(hash(re.compile("q")) == hash(re.compile("q")))
import copy
print(copy.copy(p) is p, copy.deepcopy(m) is m)
