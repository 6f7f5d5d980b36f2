# complex: constructor messages, signed zeros through complex() and
# subclasses, underscores in strings, ',' and '_' grouping in format(),
# and three-argument pow.
import math


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


show("second dict", lambda: complex(1, {}))
show("first dict", lambda: complex({}))
show("first list", lambda: complex([]))
show("second None", lambda: complex(1, None))
show("str second", lambda: complex("1", 1))
show("second str", lambda: complex(1, "1"))


class C(complex):
    pass


def signs(z):
    return (type(z).__name__, math.copysign(1, z.real), math.copysign(1, z.imag))


for x in (0.0, -0.0, math.inf):
    for y in (0.0, -0.0):
        print(x, y, signs(complex(x, y)), signs(C(x, y)),
              signs(complex(C(x, y))), signs(C(complex(x, y))))

for lit in ["1_j", "1_0j", "1.5_j", "0_0j", "1e1_0j", "1_e1j", "1__0j", "_1j",
            "1j_", "1.0_j", "1_.0j", "1+1_j", "1_000.5+2_0j", "(1_0+2_0j)", " 1_2 "]:
    show(lit, lambda: complex(lit))

print(format(1.5e20 + 3j, ",.2f"), format(1.5e20 + 3j, "_.2f"))
print(format(1234567 + 7654321j, ","), format(-1234567.5 - 7654321j, "_"))
print(format(1e20 + 3j, "^44,.2f") + "|", format(12345.678 + 0j, ",.1e"))
print(format(1234567.25 + 1j, ",g"), format(complex(-0.0, 1234567), ",.3f"))
show("pow complex mod", lambda: pow(1 + 1j, 1 + 1j, 1))
show("pow int exp mod", lambda: pow(1 + 1j, 2, 3))
show("pow complex exp", lambda: pow(2, 1j, 3))
show("pow float mod", lambda: pow(2.0, 2, 3))


class MyIndex:
    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value


show("index arg", lambda: complex(MyIndex(42)))
show("index imag", lambda: complex(123, MyIndex(42)))
show("huge index", lambda: complex(MyIndex(2 ** 2000)))
show("huge index imag", lambda: complex(1, MyIndex(2 ** 2000)))
