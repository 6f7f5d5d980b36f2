# create_autospec and autospec=True: calls are checked against the real
# signatures, calls compare by binding to them, spec'd mocks pass
# isinstance, and attributes follow the spec.
import inspect
from unittest import mock
from unittest.mock import ANY, Mock, MagicMock, NonCallableMagicMock, call, create_autospec, patch


def show(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def f(a, b, *, c=3):
    return "real"


class Thing:
    attr = 1

    def __init__(self, size=0):
        self.size = size

    def method(self, x, y=2):
        return x

    @classmethod
    def cm(cls, z):
        return z

    @staticmethod
    def sm(q):
        return q


m = create_autospec(f)
print(type(m).__name__, m.__name__, inspect.signature(m))
show("no args", lambda: m())
show("too many", lambda: m(1, 2, 3))
show("unknown kw", lambda: m(1, 2, d=4))
m.return_value = "mocked"
print(m(1, 2), m(1, b=2, c=5))
m.assert_any_call(a=1, b=2)
m.assert_called_with(1, 2, c=5)
show("called with wrong", lambda: m.assert_called_with(9, 9))
print(m.call_count, m.called, m.call_args_list)
m.reset_mock()
print(m.call_count, m.called, m.call_args_list)
m.side_effect = [10, 20]
print(m(1, 2), m(3, 4))

lam = create_autospec(lambda: 0)
print(lam.__name__)

t = create_autospec(Thing)
inst = t()
print(isinstance(inst, Thing), isinstance(t, type(Thing)), isinstance(t, Mock))
show("method ok", lambda: inst.method(1) is inst.method.return_value)
show("method bad", lambda: inst.method())
show("method bad kw", lambda: inst.method(1, zz=3))
show("class bad", lambda: t(1, 2))
show("classmethod", lambda: t.cm(1) is t.cm.return_value)
show("classmethod bad", lambda: t.cm())
show("staticmethod bad", lambda: t.sm(1, 2))
show("missing attr", lambda: t.nothere)
print(type(t.attr).__name__)
inst.method.reset_mock()
inst.method(5, y=6)
inst.method.assert_called_once_with(5, 6)
inst.method.assert_called_once_with(x=5, y=6)
print(t.mock_calls[-1] == call().method(5, y=6))
print(inspect.signature(t))

try:
    create_autospec(Mock())
except Exception as e:
    print("spec a mock ->", type(e).__name__, str(e).split(" [")[0])
show("typo", lambda: create_autospec(f, set_spec=True))
lst = create_autospec([])
print(hasattr(lst, "append"), hasattr(lst, "nothing"))

# spec= (not autospec): attributes restricted, calls compared by binding
sm = Mock(spec=f)
sm(1, 2)
sm.assert_called_with(a=1, b=2)
show("spec mismatch", lambda: sm.assert_called_with(1))
show("has_calls err", lambda: sm.assert_has_calls([call(1, 2, 3)]))
print(isinstance(Mock(spec=Thing), Thing), isinstance(MagicMock(spec=Thing()), Thing))
m2 = Mock()
m2.__class__ = int
print(isinstance(m2, int), m2.__class__.__name__)
show("spec attr", lambda: Mock(spec=Thing).other)
show("spec_set set", lambda: setattr(Mock(spec_set=Thing), "other", 1))
print(Mock(spec=["a", "b"]).a is not None)

# patch with autospec
with patch(__name__ + ".f", autospec=True) as pf:
    pf.return_value = 7
    print(f(1, 2))
    show("patched bad", lambda: f())
    pf.assert_called_once_with(1, 2)
print(f(1, 2))

with patch.object(Thing, "method", autospec=True) as pm:
    obj = Thing()
    obj.method(3)
    pm.assert_called_once_with(obj, 3)
    show("patched method bad", lambda: obj.method())
print(Thing().method(4))

RealThing = Thing
with patch(__name__ + ".Thing", spec=True) as PT:
    print(isinstance(PT, type), isinstance(PT(), RealThing), Thing is PT)
    show("patched class attr", lambda: PT.other)

for kw in ({"spec": True, "autospec": True}, {"spec_set": 0, "spec": 0}):
    p = patch(__name__ + ".f", **kw)
    show("conflict " + ",".join(sorted(kw)), p.start)
show("patch typo", lambda: patch(__name__ + ".f", autospect=True))
with patch(__name__ + ".f", spec=False, spec_set=False, autospec=False) as loose:
    print(loose.anything is not None)
