import re
pats = [
    (r"^[a-zA-Z0-9!#$%&'*+\-.^_`|~]+$", ["Content-Type", "bad header", "x"]),
    (r"[&<>\"']", ["a<b>&'\"c"]),
    (r"\\(.)", ["a\\.b\\/c"]),
    (r"/user/([^/]+)/?$", ["/user/bob", "/user/bob/", "/user/", "/user/a/b"]),
    (r"(?P<year>\d{4})/(?P<slug>[\w-]+)$", ["2024/hello-world", "2024/x\n"]),
    (r"^\s*([\w.-]+)\s*=\s*(.*?)\s*$", ["  key = value  ", "k=", "=v"]),
    (r"[\x00-\x1f]", ["ab\tc\x01"]),
    (r"(\d+)(?:px|em)?", ["12px 3em 4"]),
    (r"\bword\b", ["a word, swordfish words word"]),
    (r"(?i)hello", ["HeLLo there hello"]),
    (r"(?s)a.b", ["a\nb"]),
    (r"(?x) \d+ \s* [a-z]+  # comment", ["12 abc"]),
    (r"^$", ["", "\n", "a"]),
    (r"$", ["ab\n"]),
    (r"[^\w\s]", ["a-b c!"]),
    (r"(a|b)*c", ["ababc"]),
    (r"((a)|b)+", ["ab"]),
    (r"\d+\.?\d*", ["3.14 and 42."]),
    (r"[]a]", ["]a"]),
    (r"[\]\[]", ["[]"]),
    (r"\w+@\w+\.com", ["x@y.com"]),
]
for p, ss in pats:
    c = re.compile(p)
    for s in ss:
        m = c.search(s)
        print(repr(p), repr(s), m and m.span(), m and m.groups(), c.findall(s), c.sub("#", s), c.split(s))
print(re.compile(r"\\(.)", re.DOTALL).sub(lambda m: m.group(1), "a\\.b\\/c"))
