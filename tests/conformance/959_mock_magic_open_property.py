# MagicMock magic methods (defaults, configuring, deleting, specs),
# mock_open, PropertyMock, patch.dict, patch.multiple, calls, ANY.
import math
from unittest.mock import (ANY, DEFAULT, MagicMock, Mock, NonCallableMagicMock, PropertyMock, call,
                           mock_open, patch, sentinel)


def show(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


m = MagicMock()
print(int(m), float(m), complex(m), len(m), list(m), bool(m), 3 in m, oct(m), hex(m))
print(hash(m) == object.__hash__(m), str(m) == object.__str__(m))
print(m == m, m != m, m == 3, m != 3)
print(type(m.__getitem__).__name__, isinstance(m.__int__, MagicMock))
m.__len__.return_value = 4
m.__iter__.return_value = iter("ab")
m.__getitem__.side_effect = lambda k: k * 2
m.__eq__.return_value = True
print(len(m), list(m), m[3], m == 1)
with m as entered:
    print(entered is m.__enter__.return_value)
print(m.mock_calls[:3])
del m.__len__
show("deleted len", lambda: len(m))
print(hasattr(m, "__len__"))
m2 = MagicMock()
m2.__int__.return_value = 7
m2.mock_add_spec(int)
print(int(m2))
show("spec removes getitem", lambda: m2[0])
m3 = MagicMock()
m3.mock_add_spec(object)
show("spec object int", lambda: int(m3))

plain = Mock()
show("plain len", lambda: len(plain))
plain.__len__ = lambda self: 9
print(len(plain))
plain.__getitem__ = Mock(return_value="x")
print(plain[1], plain.__getitem__ is plain.__getitem__)
show("unsupported", lambda: setattr(plain, "__getattr__", None))
nc = NonCallableMagicMock()
show("noncallable", lambda: nc())
print(len(nc))
init = MagicMock(**{"__str__.return_value": "configured", "method.return_value": 3})
print(str(init), init.method())

# mock_open
opener = mock_open(read_data="line1\nline2\nline3\n")
with patch("builtins.open", opener):
    with open("whatever") as fh:
        print(repr(fh.readline()), repr(fh.read()))
    with open("whatever") as fh:
        print(fh.readlines())
    with open("whatever") as fh:
        print([line for line in fh])
    with open("whatever") as fh:
        print(repr(next(fh)), repr(next(fh)))
    handle = open("again")
    print(repr(handle.read(3)), repr(handle.read()))
    handle.write("out")
print(opener.call_args_list)
opener.return_value.write.assert_called_once_with("out")
print(opener.mock_calls[:3])
bopen = mock_open(read_data=b"\x00\x01")
print(bopen().read())
ropen = mock_open()
ropen.return_value.readline.return_value = "fixed"
print(ropen().readline(), next(ropen()))

# PropertyMock
class Config:
    @property
    def value(self):
        return "real"


with patch.object(Config, "value", new_callable=PropertyMock) as prop:
    prop.return_value = "mocked"
    c = Config()
    print(c.value)
    c.value = "set"
    print(prop.mock_calls)
print(Config().value)
pm = PropertyMock(return_value=3)
type(plain).size = pm
print(plain.size)
pm.assert_called_once_with()

# patch.dict
target = {"a": 1}
with patch.dict(target, {"b": 2}, c=3) as d:
    print(sorted(d.items()), d is target)
print(target)
with patch.dict(target, {"z": 0}, clear=True):
    print(target)
print(target)


@patch.dict(target, {"deco": 1})
def decorated():
    return dict(target)


print(decorated(), target)
import os
with patch.dict("os.environ", {"MOCK_TEST_VAR": "yes"}):
    print(os.environ["MOCK_TEST_VAR"])
print("MOCK_TEST_VAR" in os.environ)
p = patch.dict(target, {"started": 1})
p.start()
print(target)
p.stop()
print(target)

# patch.multiple
class Holder:
    one = 1
    two = 2


with patch.multiple(Holder, one=10, two=DEFAULT) as made:
    print(Holder.one, sorted(made), isinstance(Holder.two, MagicMock))
print(Holder.one, Holder.two)


@patch.multiple(Holder, two=DEFAULT)
def with_multiple(two):
    return isinstance(two, MagicMock) and Holder.two is two


print(with_multiple())
show("multiple empty", lambda: patch.multiple(Holder))
show("multiple missing", lambda: patch.multiple(Holder, nothere=1).start())
print(Holder.one, Holder.two)

# calls and ANY
c = Mock()
c(1, key="v")
c.meth(2)
c.meth().chained(3)
print(c.mock_calls)
print(c.mock_calls == [call(ANY, key=ANY), call.meth(2), call.meth(), call.meth().chained(ANY)])
print([call(1, key="v")] == c.call_args_list, c.call_args_list == [call(ANY, key="v")])
print(call(1).call_list(), call.a(1).b(2).call_list())
print(call.count(1), call().__getitem__("k"), call.index)
print(c.call_args.args, c.call_args.kwargs)
show("misspelt assert", lambda: c.assret_called())
c.assert_any_call(ANY, key="v")
show("any_call miss", lambda: c.assert_any_call(5))
show("has_calls miss", lambda: c.assert_has_calls([call(9)]))
show("not called", lambda: Mock(name="n").assert_called_with(1))
show("called once", lambda: c.meth.assert_called_once())
show("not_called", lambda: c.meth.assert_not_called())
print(sentinel.thing is sentinel.thing, sentinel.thing)
print(sorted(x for x in dir(Mock(spec=["alpha", "beta"])) if not x.startswith("assert")))
d = Mock()
d.child
del d.child
show("deleted child", lambda: d.child)
print("child" in dir(d))
