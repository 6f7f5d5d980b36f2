# ExceptionGroup / BaseExceptionGroup: construction, attributes, split,
# subgroup, derive, subclassing.
def t(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


def show(e, ind=""):
    if isinstance(e, BaseExceptionGroup):
        print(ind + type(e).__name__, repr(e.message), len(e.exceptions))
        for x in e.exceptions:
            show(x, ind + "  ")
    else:
        print(ind + repr(e))


t(1, lambda: ExceptionGroup())
t(2, lambda: ExceptionGroup("a"))
t(3, lambda: ExceptionGroup("a", [], 3))
t(4, lambda: ExceptionGroup(1, [ValueError()]))
t(5, lambda: ExceptionGroup("a", 5))
t(6, lambda: ExceptionGroup("a", []))
t(7, lambda: ExceptionGroup("a", ()))
t(8, lambda: ExceptionGroup("a", [1]))
t(9, lambda: ExceptionGroup("a", [ValueError(), 1]))
t(10, lambda: ExceptionGroup("a", [ValueError, TypeError()]))
t(11, lambda: ExceptionGroup("a", [KeyboardInterrupt()]))
t(12, lambda: BaseExceptionGroup("a", [KeyboardInterrupt()]))
t(13, lambda: BaseExceptionGroup("a", [ValueError()]))
t(14, lambda: BaseExceptionGroup("a", (ValueError(), TypeError("t"))))
t(15, lambda: ExceptionGroup("a", [ValueError()], x=1))
t(16, lambda: ExceptionGroup(message="a", exceptions=[ValueError()]))
t(17, lambda: ExceptionGroup("a", "xy"))
t(18, lambda: ExceptionGroup("a", {ValueError()}))
t(19, lambda: BaseExceptionGroup("a", [ValueError(), SystemExit(2)]))
t(20, lambda: ExceptionGroup("a", [ExceptionGroup("b", [ValueError()])]))

print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(isinstance(ExceptionGroup("m", [ValueError()]), BaseExceptionGroup))

excs = [ValueError(1), TypeError(2)]
eg = ExceptionGroup("msg", excs)
print(str(eg), "|", repr(eg))
print(eg.message, eg.exceptions, type(eg.exceptions).__name__, eg.args)
print(eg.exceptions[0] is excs[0], eg.args[1] is excs)
print(str(ExceptionGroup("one", [ValueError()])))
print(str(ExceptionGroup("", [ValueError(), ValueError(), ValueError()])))
for attr in ["message", "exceptions"]:
    try:
        setattr(eg, attr, "x")
    except AttributeError as e:
        print(attr, type(e).__name__, e)
print(eg.__dict__)
excs.append(KeyError(3))
print(len(eg.exceptions))

# split and subgroup
tree = ExceptionGroup(
    "top",
    [
        ValueError(1),
        TypeError(2),
        ExceptionGroup("mid", [ValueError(3), KeyError(4), ExceptionGroup("low", [TypeError(5)])]),
        OSError(6),
    ],
)
tree.add_note("a note")
for cond in [ValueError, TypeError, (ValueError, KeyError), OSError, LookupError,
             Exception, ExceptionGroup, ZeroDivisionError,
             lambda e: isinstance(e, TypeError),
             lambda e: isinstance(e, ExceptionGroup) and e.message == "low",
             lambda e: False]:
    name = getattr(cond, "__name__", None) or str(cond)
    if name == "<lambda>":
        name = "pred"
    m, r = tree.split(cond)
    print("split", name)
    show(m, "  ") if m is not None else print("  None")
    show(r, "  ") if r is not None else print("  None")
    s = tree.subgroup(cond)
    print("subgroup", name, s is tree)
    show(s, "  ") if s is not None else print("  None")

m, r = tree.split(ValueError)
print(m.__notes__, r.__notes__, m.__notes__ is tree.__notes__)
print(tree.split(ExceptionGroup)[0] is tree, tree.subgroup(Exception) is tree)

for bad in [1, "x", int, (ValueError, 1), [ValueError], None]:
    try:
        tree.split(bad)
    except TypeError as e:
        print("split", repr(bad), type(e).__name__, e)
    try:
        tree.subgroup(bad)
    except TypeError as e:
        print("subgroup", repr(bad), type(e).__name__, e)
try:
    tree.split()
except TypeError as e:
    print(type(e).__name__)

calls = []
def pred(e):
    calls.append(type(e).__name__)
    return isinstance(e, OSError)
tree.subgroup(pred)
print(calls)

def boom(e):
    raise RuntimeError("pred failed")
try:
    tree.split(boom)
except RuntimeError as e:
    print(type(e).__name__, e)

# metadata is copied to the parts
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as g:
    m, r = g.split(ValueError)
    print(repr(m.__cause__), repr(m.__context__), m.__suppress_context__)
    print(repr(r.__cause__), repr(r.__context__), r.__suppress_context__)

# derive
d = tree.derive([KeyError(9)])
print(type(d).__name__, repr(d), hasattr(d, "__notes__"))
d = tree.derive([KeyboardInterrupt()])
print(type(d).__name__, repr(d))
t("derive-empty", lambda: tree.derive([]))


# subclasses
class MyEG(ExceptionGroup):
    def __new__(cls, message, excs, code=0):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def __init__(self, message, excs, code=0):
        super().__init__(message, excs)

    def derive(self, excs):
        return MyEG(self.message, excs, self.code)


g = MyEG("mine", [ValueError(1), TypeError(2)], code=42)
print(type(g).__name__, g.code, repr(g), str(g), g.args)
m, r = g.split(ValueError)
print(type(m).__name__, m.code, type(r).__name__, r.code)


class Plain(ExceptionGroup):
    pass


p = Plain("p", [ValueError(1), TypeError(2)])
m, r = p.split(TypeError)
print(type(p).__name__, type(m).__name__, type(r).__name__, repr(p))
t("plain-base", lambda: Plain("p", [KeyboardInterrupt()]))


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 5


t("bad-derive", lambda: BadDerive("b", [ValueError(), TypeError()]).split(ValueError))


class BaseSub(BaseExceptionGroup):
    pass


t("basesub", lambda: BaseSub("b", [ValueError()]))
t("basesub2", lambda: BaseSub("b", [SystemExit()]))
print(isinstance(BaseSub("b", [ValueError()]), Exception))

# catching with plain except
try:
    raise ExceptionGroup("caught", [ValueError(1)])
except Exception as e:
    print("except Exception:", type(e).__name__, e)
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt()])
except Exception:
    print("wrong")
except BaseExceptionGroup as e:
    print("except BaseExceptionGroup:", repr(e))
