# A str-subclass key in an instance __dict__ is an attribute name like any
# other; builtin binary slots answer NotImplemented for operands that are not
# theirs (`'a%s'.__rmod__(3)`), and keep their own errors.


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


class S(str):
    pass


class T(S):
    def extra(self):
        return "T"


class O:
    def method(self):
        return "method"

    cls_attr = "class"


o = O()
o.__dict__[S("x")] = 1
print(o.x, getattr(o, "x"), hasattr(o, "x"), sorted(o.__dict__))
o.__dict__[T("y")] = 2
print(o.y, getattr(o, "y", None))
# An instance value for a name the class has as a plain attribute/method.
o.__dict__[S("cls_attr")] = "mine"
print(o.cls_attr, O.cls_attr)
o.__dict__[S("method")] = lambda: "replaced"
print(o.method())
# Assignment and deletion through the str name find the subclass key.
o.x = 10
print(o.x, [type(k).__name__ for k in o.__dict__])
del o.x
show("o.x after del", lambda: o.x)
print(sorted(o.__dict__))
setattr(o, S("z"), 3)
print(o.z, getattr(o, S("z")), getattr(o, T("z")))
delattr(o, T("z"))
show("o.z after delattr", lambda: o.z)
# A dict built from str-subclass keys, then set as __dict__.
p = O()
p.__dict__.update({S("a"): 1, T("b"): 2})
print(p.a, p.b, vars(p) == {"a": 1, "b": 2})


class Plain:
    pass


q = Plain()
q.__dict__[S("w")] = "w"
print(q.w, q.__dict__["w"], "w" in q.__dict__)

# Builtin binary slots.
cases = [
    ("'a%s'.__rmod__(3)", lambda: "a%s".__rmod__(3)),
    ("'a%s'.__rmod__('b%s')", lambda: "a%s".__rmod__("b%s")),
    ("'a%s'.__rmod__('b')", lambda: "a%s".__rmod__("b")),
    ("'a%s'.__mod__(3)", lambda: "a%s".__mod__(3)),
    ("'a'.__mod__(3)", lambda: "a".__mod__(3)),
    ("'a'.__rmod__(3)", lambda: "a".__rmod__(3)),
    ("'%s%s'.__mod__((1, 2))", lambda: "%s%s".__mod__((1, 2))),
    ("'%d'.__mod__('x')", lambda: "%d".__mod__("x")),
    ("b'a%s'.__rmod__(3)", lambda: b"a%s".__rmod__(3)),
    ("b'a%s'.__rmod__(b'x%s')", lambda: b"a%s".__rmod__(b"x%s")),
    ("b'a%d'.__mod__(3)", lambda: b"a%d".__mod__(3)),
    ("bytearray(b'a%s').__rmod__(3)", lambda: bytearray(b"a%s").__rmod__(3)),
    ("(3).__rmod__('a%s')", lambda: (3).__rmod__("a%s")),
    ("(2.0).__rmod__('%s')", lambda: (2.0).__rmod__("%s")),
    ("(5).__mod__('a')", lambda: (5).__mod__("a")),
    ("(5).__rmod__(7)", lambda: (5).__rmod__(7)),
    ("(3).__add__(1.5)", lambda: (3).__add__(1.5)),
    ("(1.5).__add__(3)", lambda: (1.5).__add__(3)),
    ("(3).__mul__([1])", lambda: (3).__mul__([1])),
    ("(3).__rmul__('ab')", lambda: (3).__rmul__("ab")),
    ("(2).__add__(1j)", lambda: (2).__add__(1j)),
    ("(1j).__add__(2)", lambda: (1j).__add__(2)),
    ("(2.5).__radd__(1j)", lambda: (2.5).__radd__(1j)),
    ("True.__and__(1)", lambda: True.__and__(1)),
    ("(7).__floordiv__(True)", lambda: (7).__floordiv__(True)),
    ("S('a%s').__mod__(1)", lambda: S("a%s").__mod__(1)),
    ("S('a%s').__rmod__('x%s')", lambda: S("a%s").__rmod__("x%s")),
    ("'x'.__add__(1)", lambda: "x".__add__(1)),
    ("[1].__add__((1,))", lambda: [1].__add__((1,))),
    ("'ab'.__rmul__(2)", lambda: "ab".__rmul__(2)),
]
for label, f in cases:
    show(label, f)
