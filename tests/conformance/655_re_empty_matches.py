# Empty matches in findall/finditer/sub/subn/split (CPython 3.7+ rules:
# an empty match may follow a non-empty one; after an empty match the next
# one must make progress), with pos/endpos windows and anchors.
import re

cases = [
    (r"", "abc"), (r"x*", "axxb"), (r"x*?", "axb"), (r"\b", "ab cd"),
    (r"\B", "ab cd"), (r"^", "a\nb"), (r"(?m)^", "a\nb\n"), (r"$", "a\nb\n"),
    (r"(?m)$", "a\nb\n"), (r"a|", "bab"), (r"|a", "bab"), (r"(a)|b?", "ab"),
    (r"\d*", "12ab3"), (r"(?=b)", "abab"), (r"(?<=a)", "abab"), (r"a??", "aa"),
    (r"(?:a|)+", "aab"), (r"\s*", "a  b"), (r"\w*\b", "hi there"),
]
for p, s in cases:
    print(repr(p), repr(s))
    print("  findall ", re.findall(p, s))
    print("  finditer", [m.span() for m in re.finditer(p, s)])
    print("  sub     ", repr(re.sub(p, "-", s)), re.subn(p, "<\\g<0>>", s))
    print("  split   ", re.split(p, s), re.split(p, s, maxsplit=1))

c = re.compile(r"\w*")
print(c.findall("ab cd", 1), c.findall("ab cd", 1, 4), c.findall("ab cd", 3, 3))
print([m.span() for m in c.finditer("ab cd", 2)], c.search("ab cd", 5), c.search("ab cd", 6))
print(re.compile(r"^a").findall("aaa", 1), re.compile(r"(?m)^a").findall("a\na", 1))
print(re.compile(r"a$").findall("aa\n", 0, 2), re.compile(r"\Aa").search("ba", 1))
print(re.compile(r"b\b").search("abc", 0, 2), re.compile(r"\bb").search("abc", 1))
print(re.sub(r"(?m)^(?=.)", "> ", "line1\n\nline3\n"))
print(re.sub(r"\s+$", "", "trailing   \n"), re.sub(r"^\s+|\s+$", "", "  both  "))
print(re.split(r"(\s*)", "a b  c"), re.split(r"(?:,|;)\s*", "a, b;c,,d"))
print(re.split(r"(x)|(y)", "axbyc"), re.split(r"[\W_]+", "Words, words_words."))
print(re.split(r"\W*", "...words..."), re.split(r"(\W*)", "...words..."))
print(re.sub("a|(b)", r"[\1]", "abc"), re.sub("(?:a|(b))+", r"[\1]", "ab"))
print(re.sub("(a)|b", lambda m: m.group(1) or "B", "ab"))
print(re.subn("", "", ""), re.findall("", ""), re.split("", ""), re.split("x", ""))
print(re.sub("x", "y", "xxx", count=0), re.sub("x", "y", "xxx", count=-1), re.subn("x", "y", "xxx", 2))
print(re.split("x", "axbxc", maxsplit=-1), re.split("x", "axbxc", maxsplit=0))
