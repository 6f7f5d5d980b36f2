# Backreferences, lookaround, conditionals, atomic groups and possessive
# quantifiers: spans and groups as CPython's re reports them.
import re


def show(pattern, text, flags=0):
    try:
        m = re.search(pattern, text, flags)
    except re.error as e:
        print(repr(pattern), "error:", e)
        return
    if m is None:
        print(repr(pattern), repr(text), None)
    else:
        print(repr(pattern), repr(text), m.span(), m.groups())


# Numbered and named backreferences.
show(r"(a+)b\1", "aabaa")
show(r"(a+)b\1", "aaba")
show(r"(\w+) \1", "hello hello world")
show(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' or \"bye\"")
show(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11", "abcdefghijkk")
show(r"(a)\10", "aa0")
show(r"(?i)(ab)\1", "abAB")
show(r"(a)|\1", "x")
show(r"(?:(a)|b)\1", "ba")
show(r"(a*)\1", "aaaa")
show(r"(x)?y\1?", "y")

# Lookahead and lookbehind.
show(r"foo(?=bar)", "foobaz foobar")
show(r"foo(?!bar)", "foobar foobaz")
show(r"(?<=\$)\d+", "cost: $42")
show(r"(?<!\$)\b\d+", "$42 and 17")
show(r"(?<=ab|cd)e", "xcde")
show(r"\w+(?=,)", "alpha, beta")
show(r"(?=(\w+))\w", "word")
show(r"(?<=(a))b", "ab")
show(r"(?=a)*b", "b")
show(r"(?<=\d{3})x", "123x")

# Conditionals.
for s in ["<a>", "a", "<a", "a>"]:
    show(r"^(<)?a(?(1)>)$", s)
show(r"(?P<open>\()?\d+(?(open)\)|!)", "(12) 34!")
show(r"(a)?(?(1)b|c)", "c")
show(r"(a)?(?(1)b|c)", "ab")

# Atomic groups and possessive quantifiers.
show(r"(?>a+)b", "aaab")
show(r"(?>a+)a", "aaaa")
show(r"a++a", "aaaa")
show(r"a*+b", "aaab")
show(r"(?:ab)?+ab", "ab")
show(r"x{2,3}+x", "xxxx")
show(r"\d++\.", "123.")

# Groups that take part in repeats keep their last value.
show(r"(?:(a)|b)*", "ab")
show(r"(?:(a)|(b))+", "aab")
show(r"(a|b)*c", "abac")

# findall / sub with backreferences.
print(re.findall(r"(\w)\1", "aabbcd eeff"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub(r"(?P<w>\w)(?P=w)", r"<\g<w>>", "aabbcd"))
print(re.sub(r"(?<=a)b", "X", "abab cb"))
print(re.split(r"(?<=[.!?]) ", "One. Two! Three? Four"))
