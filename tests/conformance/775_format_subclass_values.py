# format() of instances of int/float/str subclasses: an empty spec gives
# str(obj) (a __str__ override shows), any other spec formats the value.
class I(int):
    def __str__(self):
        return "I-str"


class F(float):
    def __str__(self):
        return "F-str"


class S(str):
    def __str__(self):
        return "S-str"


class Plain(int):
    pass


for value in [I(42), F(2.5), S("abc"), Plain(7)]:
    print(repr(format(value)), repr(format(value, "")), repr("{}".format(value)), repr(f"{value}"))
print(format(I(42), "d"), format(I(42), "05"), format(I(42), "x"), format(I(255), "#b"))
print(format(F(2.5), ".2f"), format(F(2.5), "e"), format(F(0.25), "%"))
print(format(S("abc"), ">6"), format(S("abc"), ".2"), "{:^7}".format(S("abc")))
print(f"{I(3):>4}|{F(1.0):.1f}|{S('q')!r}")
for bad in [(I(1), "s"), (S("x"), "d"), (F(1.0), "d")]:
    try:
        format(*bad)
    except ValueError as e:
        print("ValueError", e)


class NoFormat:
    pass


try:
    format(NoFormat(), "d")
except TypeError as e:
    print("TypeError", e)
n = NoFormat()
print(format(n, "") == str(n))


# str.format_map: fields looked up in the mapping, __missing__ included.
class Defaulting(dict):
    def __missing__(self, key):
        return "<%s>" % key


print("{a} {b!r} {c[0]} {a:>5} {{}}".format_map(Defaulting(a=1, c=[9])))
print("{x.real}".format_map({"x": 3}))
for bad in [lambda: "{}".format_map({}), lambda: "{0}".format_map({}), lambda: "{x}".format_map({}),
            lambda: "{x}".format_map(5)]:
    try:
        bad()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
