# Builtins that take no keyword arguments reject them.
calls = [
    ("id", lambda: id(1, **{"foo": 1})),
    ("len", lambda: len([1], foo=1)),
    ("abs", lambda: abs(x=1)),
    ("repr", lambda: repr(1, k=2)),
    ("hash", lambda: hash(1, x=1)),
    ("isinstance", lambda: isinstance(1, int, x=1)),
    ("getattr", lambda: getattr(1, "real", default=0)),
    ("divmod", lambda: divmod(7, 2, x=1)),
    ("chr", lambda: chr(i=65)),
    ("ord", lambda: ord(c="a")),
    ("callable", lambda: callable(obj=1)),
    ("iter", lambda: iter([], x=1)),
    ("next", lambda: next(iter([1]), default=0)),
    ("hasattr", lambda: hasattr(1, "x", y=2)),
    ("any", lambda: any([], x=1)),
    ("map", lambda: map(str, [1], x=1)),
    ("eval", lambda: eval("1", globals={})),
    ("exec", lambda: exec("x = 1", globals={})),
    ("globals", lambda: globals(x=1)),
    ("locals", lambda: locals(x=1)),
    ("vars", lambda: vars(object=1)),
    ("dir", lambda: dir(x=1)),
    ("gen.send", lambda: (i for i in "a").send(value=None)),
]
for name, call in calls:
    try:
        call()
        print(name, "accepted")
    except TypeError as e:
        print(name, "TypeError:", e)

# builtins that do take keywords still do
print(sorted([3, 1, 2], reverse=True), sum([1, 2], start=10))
print(max([1, 5], key=lambda v: -v), min([], default="none"))
print(list(enumerate("ab", start=1)), round(2.567, ndigits=1))
print(list(zip("ab", "cd", strict=True)))
print("x", "y", sep="-", end="!\n")
class S(str):
    pass
def kw(**k):
    return k
print(kw(a=1, **{S("b"): 2}), eval("1 + 1"), "kw" in dir())
