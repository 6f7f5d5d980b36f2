# Unicode versus ASCII meanings of \w \d \s \b, case folding, inline and
# scoped flags, $ and \Z, MULTILINE and DOTALL.
import re

text = "naïve café 123 ٣٤ Ωmega x_y\u00a0z\x1cend"
print(re.findall(r"\w+", text))
print(re.findall(r"\w+", text, re.ASCII))
print(re.findall(r"(?a)\w+", text))
print(re.findall(r"\d+", text), re.findall(r"\d+", text, re.A))
print(re.findall(r"\s", text), re.findall(r"\s", text, re.A))
print(re.findall(r"\b\w", "über naïve"), re.findall(r"\b\w", "über naïve", re.A))
print(re.findall(r"\B\w", "über"), re.findall(r"[^\W\d]+", "a1é2_"))
print(re.findall(r"[\w-]+", "très-bien ok"), re.findall(r"[\s\d]", "a 1\u20002"))
print(re.findall(r"\w(?a:\W)\w", "ààà"), re.match(r"(?a:\W(?u:\w)\W)", "ààà"))
print(re.search(r"\B", ""), re.search(r"\b", ""), re.findall(r"\B", "ab"))
print(re.findall(r"x²", "x²"), re.findall(r"\w", "²½"), re.findall(r"\d", "²٣"))

print(re.findall(r"(?i)straße", "STRASSE straße STRAßE"))
print(re.findall("(?i)k", "kK\u212a"), re.findall("(?ai)k", "kK\u212a"))
print(re.findall("(?i)[a-z]", "aZ\u017f\u212a"), re.findall("(?ai)[a-z]", "aZ\u017f\u212a"))
print(re.findall("(?i)σ", "Σσς"), re.findall("(?i)é", "ÉéE"))
print(re.match(r"(?i)(?-i:a)b", "aB"), re.match(r"(?i)(?-i:a)b", "AB"))
print(re.match(r"(?i:a)b", "Ab"), re.match(r"(?i:a)b", "aB"))
print(re.match(r"(?x) a b # c", "ab"), re.match(r"(?x)[ ]a", " a"), re.match(r"(?x)a\ b", "a b"))
print(re.match(r"a b", "ab", re.X), re.match("(?x: a )b", "ab"), re.match("(?-x:a b)", "a b", re.X))

for s in ["abc", "abc\n", "abc\n\n", "ab\nc"]:
    print(repr(s), [m.span() for m in re.finditer("$", s)],
          re.search(r"c$", s) is not None, re.search(r"c\Z", s) is not None,
          [m.span() for m in re.finditer("(?m)$", s)], re.findall("(?m)^.", s))
print(re.findall(r"a.c", "a\nc abc"), re.findall(r"(?s)a.c", "a\nc abc"))
print(re.findall(r"^\w", "a\nb\nc"), re.findall(r"^\w", "a\nb\nc", re.M))
print(re.findall(r"\A\w", "a\nb", re.M), re.findall(r"\w\Z", "a\nb\n", re.M))
print(re.sub(r"$", "#", "x\ny\n"), re.sub(r"(?m)$", "#", "x\ny\n"))
print(re.split(r"\n", "a\nb\n"), re.sub(r"^", ">", "a\nb", flags=re.M))
print(re.search(r"\N{GREEK SMALL LETTER ALPHA}+", "xαα"), re.search(r"[\N{BULLET}]", "a•"))
print(re.search(r"\u00e9\U0001F600\x41\101\0", "é😀AA\x00"))
print(re.findall(r"[\u0400-\u04ff]+", "abc привет def"))
print(re.findall("😀+", "a😀😀b😀"), [m.span() for m in re.finditer("😀", "a😀b😀")])
print(re.sub("é", "e", "été"), re.split("ü", "aüb"), re.search("b", "ééb").span())
print(re.compile("(?i)a").flags, re.compile("a", re.A).flags, re.compile("(?s)(?m)x").flags)
