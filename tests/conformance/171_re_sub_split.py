import re

# sub with templates
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "joe@home.com and ann@work.com"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Ada Lovelace"))
print(re.sub(r"(\d)", r"<\g<1>0>", "a1b2"), re.sub(r"(\d)", r"\g<0>\g<0>", "a1b2"))
print(re.sub(r"a", r"\n", "banana").split("\n"), re.sub(r"a", r"\\", "banana"))
print(re.sub(r"x", r"\-", "axb"), re.sub(r"(b)?a", r"[\1]", "ab a"))
print(re.sub(r"\s+", " ", "  lots   of \t\n space  "))
print(re.sub(r"x*", "-", "abxd"), re.sub(r"", "-", "abc"), re.sub(r"b*", "X", "abbbc"))
print(re.sub(r"a", "o", "banana", count=2), re.sub(r"a", "o", "banana", 1))
print(re.subn(r"a", "o", "banana"), re.subn(r"z", "o", "banana"))

# callable replacement
def shout(m):
    return m.group(0).upper()

print(re.sub(r"\b\w", shout, "the quick brown fox"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
prices = {"apple": 3, "pear": 5}
print(re.sub(r"\{(\w+)\}", lambda m: str(prices.get(m.group(1), "?")), "{apple} + {pear} + {kiwi}"))
counter = [0]

def number(m):
    counter[0] += 1
    return "%s#%d" % (m.group(), counter[0])

print(re.sub(r"item", number, "item, item, item"), counter)
print(re.compile(r"(\w+)=(\w+)").sub(lambda m: m.expand(r"\2=\1"), "a=1 b=2"))

# split
print(re.split(r",\s*", "a, b,c,   d"))
print(re.split(r"(,)\s*", "a, b,c"))
print(re.split(r"\s+", "  leading and trailing  "))
print(re.split(r"x*", "axbc"), re.split(r"", "abc"))
print(re.split(r"[;,]", "a;b,c;d", maxsplit=2), re.split(r"[;,]", "a;b,c;d", 1))
print(re.split(r"(a)|(b)", "1a2b3"))
print(re.split(r"\d", "no digits here"), re.split(r"-", ""))

# template errors
for pattern, template in [(r"(a)", r"\2"), (r"(a)", r"\g<name>"), (r"a", "\\q"), (r"(a)", r"\g<1")]:
    try:
        print(re.sub(pattern, template, "a"))
    except re.error as e:
        print("re.error:", e)
    except IndexError as e:
        print("IndexError:", e)

# a small tokenizer
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(\w+)|(.))")
def tokenize(text):
    pos = 0
    out = []
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            break
        number, name, op = m.groups()
        if number:
            out.append(("NUM", number))
        elif name:
            out.append(("NAME", name))
        elif op and not op.isspace():
            out.append(("OP", op))
        pos = m.end()
    return out

print(tokenize("x = 3.14 * (radius + 2)"))
print(tokenize("  total=price*qty  "))

# log parsing
LOG = """\
2024-01-05 10:00:01 INFO  server started on port 8080
2024-01-05 10:00:07 WARN  slow request /api/users took 1200ms
2024-01-05 10:01:13 ERROR database timeout after 30s
2024-01-05 10:02:00 INFO  request /api/items took 35ms
"""
line_re = re.compile(r"^(\S+) (\S+) (?P<level>[A-Z]+)\s+(?P<msg>.*)$", re.M)
levels = {}
for m in line_re.finditer(LOG):
    levels[m.group("level")] = levels.get(m.group("level"), 0) + 1
    took = re.search(r"took (\d+)ms", m.group("msg"))
    print(m.group(2), m.group("level"), repr(m.group("msg")), took.group(1) if took else None)
print(levels)
print(re.findall(r"/api/\w+", LOG), len(re.findall(r"^2024", LOG, re.M)))
