# re.error for bad patterns and templates: message, pos, lineno, colno, as
# CPython reports them; and the ValueError/OverflowError/TypeError cases.
import re

patterns = [
    "(a", "a)", "a{3,2}", "^*", "a**", "a*??", "*a", "+", "?", "x{2}{3}",
    r"(?<=a+)b", r"(?<=a|bc)d", r"(?<!x*)y", "[z-a]", "[a", r"[\d-z]",
    "(?<x)", "(?z)", "(?", "(?i", "(?P", "(?Px", "(?P<a", "(?P<1>x)",
    "(?P<a>x)(?P<a>y)", r"(?P<a>x)(?P=b)", r"(?P<a>(?P=a))", "(?P=", "(?P=a",
    r"(\1)", r"\1", r"\8", r"(a)\2", r"\q", r"[\q]", r"[\8]", r"\477",
    r"\x1", r"\xg", r"\u12", r"\U1234", r"\N", r"\N{", r"\N{NO SUCH NAME}",
    "\\", "(?(1)a|b|c)(x)", "(?(x)a)", "(?(0)a)", "(?(2)a)(b)", "(?(1",
    "(?(1)a", "x(?i)", "(?#abc", "(?-", "(?-z", "(?-i", "(?-i)", "(?i-i:a)",
    "(?au:a)", r"(?a)(?-a:\w)", "(?L)a", "(?u)x(", "a\n(?i)",
    "abc\n  (\n", r"(a)b(?<=(.)\2)(c)", r"(?<=(?P<a>.)(?P=a))c",
]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), "compiles")
    except re.error as e:
        print(repr(p), "|", e.msg, "|", e.pos, e.lineno, e.colno, "|", e)
        print(e.pattern == p)

for p in [b"(?u)a", b"(a", b"\\u1234", b"[\\N{X}]"]:
    try:
        re.compile(p)
        print(p, "compiles")
    except re.error as e:
        print(p, "|", e.msg, e.pos, "|", e)

for p, f in [("a", re.LOCALE), ("a", re.ASCII | re.UNICODE), (b"a", re.UNICODE),
             (b"a", re.ASCII | re.LOCALE)]:
    try:
        re.compile(p, f)
    except ValueError as e:
        print(type(e).__name__, e)

try:
    re.compile("a{99999999999}")
except OverflowError as e:
    print("OverflowError", e)

try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError", e)
try:
    re.compile(42)
except TypeError as e:
    print("TypeError", e)

templates = [r"\g<a", r"\g<", r"\g", r"\g<a a>", r"\g<>", r"\g<1a1>",
             r"\g<3>", r"\3", r"\q", "\\", r"\400", r"\g<b>"]
for t in templates:
    try:
        print(repr(re.sub("(?P<a>x)(y)", t, "xy")))
    except re.error as e:
        print(repr(t), "|", e.msg, "|", e.pos, "|", e)
    except IndexError as e:
        print(repr(t), "IndexError", e)

m = re.match("(a)(?P<n>b)?", "a")
for g in (3, -1, "x", "nope"):
    try:
        m.group(g)
    except IndexError as e:
        print("IndexError", e)
print(m.group("n"), m.groups("-"), m.groupdict("-"), m.groupdict())
print(isinstance(re.error("x"), Exception), re.error is re.error)
e = re.error("boom")
print(e.msg, e.pattern, e.pos, e.lineno, e.colno, str(e))
