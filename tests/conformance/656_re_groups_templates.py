# Groups: numbering with named and nested groups, lastindex/lastgroup,
# group defaults, expand and replacement templates with every escape form.
import re

m = re.match(r"((a)(?P<b>b)?)(?:c)(?P<d>(d)|x)?(e)", "ace")
print(m.groups(), m.groupdict(), m.groupdict("?"), m.lastindex, m.lastgroup)
print(m.span(1), m.span(3), m.start("d"), m.end(6), m.group(1, 6), m.re.groupindex)
for p, s in [(r"(a)(b)", "ab"), (r"(a(b))", "ab"), (r"((a)b)", "ab"), (r"(a)|(b)", "b"),
             (r"(?P<x>a)(?P<y>b)?", "a"), (r"(a)(?:b)", "ab"), (r"a", "a"), (r"(a)*", "aa")]:
    m = re.match(p, s)
    print(p, m.lastindex, m.lastgroup, m.regs)

m = re.search(r"(?P<first>\w+) (?P<last>\w+)", "Ada Lovelace")
templates = [r"\g<last>, \g<first>", r"\2 \1", r"\g<2>\g<0>", r"[\g<0>]",
             r"\n\t\\", r"\x41", r"\0", r"\07", r"\101", r"\12\1", r"a\&b", r"\\g<1>"]
for t in templates:
    try:
        print(repr(t), repr(m.expand(t)), repr(re.sub(r"(?P<first>\w+) (?P<last>\w+)", t, "Ada Lovelace")))
    except re.error as e:
        print(repr(t), "error", e)
print(re.sub(r"(\d)", r"\g<1>0", "a1b2"), re.sub(r"(x)?y", r"[\1]", "y xy"))
print(re.sub("(?P<n>a)", lambda m: m.expand(r"<\g<n>>"), "banana"))
print(re.sub("a", "\\\\", "a"), re.sub("a", r"\\n", "a"), re.sub("a", "$1", "a"))
m = re.match(r"(?P<a>x)|(?P<b>y)", "y")
print(m.group("a"), m.group("b"), m["b"], m.groupdict(), m.groups())
print(re.compile(r"(?P<one>1)(2)(?P<three>3)").groupindex, re.compile(r"(a)(b)").groupindex)
big = re.compile("".join("(%s)" % chr(97 + i % 26) for i in range(120)))
m = big.match("abcdefghijklmnopqrstuvwxyz" * 5)
print(big.groups, m.group(100), m.span(120), m.lastindex)
print(re.sub(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)", r"\11\10\1", "abcdefghijk"))
