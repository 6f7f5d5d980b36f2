def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1), append_to(2), append_to(3, []))


def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(append_safe(1), append_safe(2))
print(append_to.__defaults__, append_safe.__defaults__)


def connect(host, port=80, *, timeout=10, retries=3, **extra):
    return "%s:%d t=%d r=%d %s" % (host, port, timeout, retries, sorted(extra.items()))


print(connect("a"))
print(connect("b", 8080, timeout=1))
print(connect("c", retries=0, secure=True, user="x"))
try:
    connect("d", 1, 2)
except TypeError as e:
    print("TypeError:", e)


def pos_only(a, b=2, /, c=3):
    return a, b, c


print(pos_only(1), pos_only(1, 5), pos_only(1, c=9), pos_only(1, 2, 3))
try:
    pos_only(a=1)
except TypeError as e:
    print("TypeError:", e)


def stamp(prefix, counter=[0]):
    counter[0] += 1
    return "%s-%d" % (prefix, counter[0])


print(stamp("x"), stamp("y"), stamp("z", [100]), stamp("w"))
x = 10


def late(v=x):
    return v


x = 20
print(late(), late(1))


def varargs_only(*args):
    return len(args), args


print(varargs_only(), varargs_only(None), varargs_only(*"abc"))


def kw_only_required(*, name):
    return name


try:
    kw_only_required()
except TypeError as e:
    print("TypeError:", e)
print(kw_only_required(name="n"), kw_only_required.__kwdefaults__)


def annotated(a: int, b: "str" = "x") -> list:
    return [a, b]


print(annotated(1), annotated.__name__)
