# unittest.mock: Mock calls and their records, return_value, side_effect,
# the assert_* methods and their messages, call, ANY, sentinel, spec.
from unittest import mock
from unittest.mock import Mock, MagicMock, call, ANY, sentinel, DEFAULT


def expect_error(label, func):
    try:
        func()
    except AssertionError as e:
        print(label, "AssertionError:", repr(str(e)))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
    else:
        print(label, "passed")


m = Mock(name="svc")
print(m.called, m.call_count, m.call_args, m.call_args_list, m.mock_calls)
r = m(1, 2, key="v")
print(r is m.return_value, m.called, m.call_count)
print(m.call_args, m.call_args.args, m.call_args.kwargs)
m.fetch("url", timeout=3)
m.fetch.return_value.read()
m.conn.cursor().execute("SELECT 1")
print(m.call_args_list)
print(m.mock_calls)
print(m.method_calls)
print(m.fetch.mock_calls)

expect_error("called_with ok", lambda: m.assert_called_with(1, 2, key="v"))
expect_error("called_with ANY", lambda: m.assert_called_with(ANY, 2, key=ANY))
expect_error("called_with bad", lambda: m.assert_called_with(1, 2))
expect_error("once_with ok", lambda: m.assert_called_once_with(1, 2, key="v"))
expect_error("child called_with", lambda: m.fetch.assert_called_with("other"))
expect_error("child once", lambda: m.fetch.assert_called_once())
expect_error("not_called", lambda: m.assert_not_called())
expect_error("called", lambda: Mock().assert_called())
expect_error("called once", lambda: Mock().assert_called_once())
expect_error("never called_with", lambda: Mock().assert_called_with(5))
expect_error("any_call ok", lambda: m.assert_any_call(1, 2, key="v"))
expect_error("any_call bad", lambda: m.fetch.assert_any_call("nope"))
expect_error("has_calls ok", lambda: m.assert_has_calls([call.fetch("url", timeout=3), call.fetch().read()]))
expect_error("has_calls bad", lambda: m.assert_has_calls([call.fetch("url")]))
expect_error("has_calls any order", lambda: m.assert_has_calls([call.fetch().read(), call(1, 2, key="v")], any_order=True))
expect_error("bad assert name", lambda: m.assert_caled_with(1))

twice = Mock()
twice(1)
twice(2)
expect_error("once_with twice", lambda: twice.assert_called_once_with(2))
expect_error("once twice", lambda: twice.assert_called_once())

# return_value and side_effect
f = Mock(return_value=10)
print(f(), f("x"), f.return_value)
f.return_value = "changed"
print(f())
f.side_effect = lambda x: x * 3
print(f(4))
f.side_effect = [1, 2, DEFAULT]
print(f(), f(), f())
try:
    f()
except StopIteration:
    print("StopIteration when side_effect runs out")
f.side_effect = KeyError("gone")
try:
    f()
except KeyError as e:
    print("KeyError", e)
f.side_effect = ValueError
try:
    f()
except ValueError as e:
    print("ValueError raised from class", repr(e))
f.side_effect = [ValueError("in a list"), 7]
try:
    f()
except ValueError as e:
    print("ValueError", e)
print(f())
f.side_effect = None
print(f())

# reset_mock, configure_mock, constructor keywords
g = Mock(**{"method.return_value": 3, "other.side_effect": KeyError, "attr": "plain"})
print(g.method(), g.attr)
try:
    g.other()
except KeyError:
    print("KeyError from configured side_effect")
g.method(1)
g.reset_mock()
print(g.method.call_count, g.mock_calls, g.method())
g.configure_mock(attr="new", **{"deep.er.return_value": 9})
print(g.attr, g.deep.er())

# call objects
print(call(1, a=2), call.x.y(3), call(), call.attr)
print(call(1) == call(1), call(1) == call(2), call(1, a=2) == ((1,), {"a": 2}))
print(call.foo(1) == ("foo", (1,), {}), call(1) == ("", (1,), {}))
print(call(ANY, b=ANY) == call(5, b="x"), ANY == object(), repr(ANY))
print(call(1).call_list() if False else call.a(1).b(2).call_list())
c = call(1, 2, z=3)
print(c.args, c.kwargs)

# sentinel and DEFAULT
print(sentinel.token, sentinel.token is sentinel.token, sentinel.a is sentinel.b, DEFAULT)

# spec
class Service:
    name = "s"

    def start(self):
        pass

    def stop(self, force=False):
        pass


s = Mock(spec=Service)
s.start()
print(s.start.called)
try:
    s.restart()
except AttributeError as e:
    print("AttributeError", e)
s2 = Mock(spec=["only"])
s2.only
try:
    s2.other
except AttributeError as e:
    print("AttributeError", e)
s3 = Mock(spec_set=["a"])
s3.a = 1
try:
    s3.b = 2
except AttributeError as e:
    print("AttributeError", e)

# wraps
class Real:
    def double(self, x):
        return x * 2


w = Mock(wraps=Real())
print(w.double(21), w.double.call_args)

# attributes set on a mock and children
parent = Mock()
child = Mock()
parent.attach_mock(child, "child")
child(1)
print(parent.mock_calls)
parent.value = 5
print(parent.value)
