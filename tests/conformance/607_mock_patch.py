# unittest.mock.patch: as a decorator (stacked, on classes), a context
# manager and with start/stop; patch.object, patch.dict, patch.multiple.
import os
import sys
import json
import unittest
from unittest import mock
from unittest.mock import patch, MagicMock, Mock, sentinel, DEFAULT

CONFIG = {"debug": False, "level": 1}


class Greeter:
    def greet(self, name):
        return "hello " + name

    @classmethod
    def kind(cls):
        return "class"


def uses_json(data):
    return json.dumps(data)


def current_dir():
    return os.getcwd()


with patch("json.dumps") as fake:
    fake.return_value = "FAKE"
    print(uses_json({"a": 1}), fake.call_args)
print(uses_json({"a": 1}))

with patch("os.getcwd", return_value="/nowhere"):
    print(current_dir())
print(current_dir() == os.getcwd())

with patch("json.dumps", new=lambda data: "replaced"):
    print(uses_json(1))

with patch.object(Greeter, "greet", return_value="hi!") as g:
    print(Greeter().greet("bob"), g.call_count)
print(Greeter().greet("bob"))

with patch.object(Greeter, "kind", new=sentinel.kind):
    print(Greeter.kind)
print(Greeter.kind())


@patch("os.getcwd")
@patch("json.dumps")
def decorated(extra, fake_dumps, fake_getcwd):
    fake_dumps.return_value = "D"
    fake_getcwd.return_value = "/x"
    return uses_json(0), current_dir(), extra


print(decorated("arg"))
print(uses_json(0))


@patch("json.dumps", new=Mock(return_value="given"))
def decorated_new():
    return uses_json(0)


print(decorated_new())


with patch.dict(CONFIG, {"debug": True, "extra": 3}):
    print(sorted(CONFIG.items()))
print(sorted(CONFIG.items()))
with patch.dict(CONFIG, clear=True):
    print(CONFIG)
print(sorted(CONFIG.items()))
with patch.dict(os.environ, {"WHIRL_TEST_VAR": "set"}):
    print(os.environ.get("WHIRL_TEST_VAR"))
print(os.environ.get("WHIRL_TEST_VAR"))
with patch.dict("__main__.CONFIG", level=9):
    print(CONFIG["level"])
print(CONFIG["level"])


@patch.dict(CONFIG, {"level": 5})
def in_dict():
    return CONFIG["level"]


print(in_dict(), CONFIG["level"])

with patch.multiple("__main__", CONFIG=DEFAULT, uses_json=DEFAULT) as values:
    print(sorted(values), isinstance(values["CONFIG"], MagicMock))
print(type(CONFIG).__name__)

p = patch("os.getcwd", return_value="started")
started = p.start()
print(os.getcwd(), started.called)
p.stop()
print(os.getcwd() == current_dir())
print(p.stop())

try:
    with patch("json.no_such_thing"):
        pass
except AttributeError as e:
    print("AttributeError", str(e).split(" does not")[1])
with patch("json.no_such_thing", create=True, new="made"):
    print(json.no_such_thing)
print(hasattr(json, "no_such_thing"))
try:
    patch("nodots")
except TypeError as e:
    print("TypeError", e)
try:
    patch.object("json", "dumps")
except TypeError as e:
    print("TypeError", e)
try:
    with patch("json.dumps", new=1, new_callable=Mock):
        pass
except ValueError as e:
    print("ValueError", e)
with patch("json.dumps", new_callable=lambda: "from new_callable"):
    print(json.dumps)


@patch.object(Greeter, "greet", return_value="patched")
class PatchedTests(unittest.TestCase):
    def test_one(self, greet):
        self.assertEqual(Greeter().greet("a"), "patched")
        greet.assert_called_once_with("a")

    def test_two(self, greet):
        self.assertIs(Greeter.greet, greet)

    def not_a_test(self):
        return Greeter().greet("z")


import io
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream).run(unittest.TestLoader().loadTestsFromTestCase(PatchedTests))
print(result.testsRun, result.wasSuccessful())
print(PatchedTests("test_one").not_a_test())


class WithStartStop(unittest.TestCase):
    def setUp(self):
        patcher = patch("os.getcwd", return_value="in test")
        self.fake = patcher.start()
        self.addCleanup(patcher.stop)

    def test_it(self):
        self.assertEqual(os.getcwd(), "in test")


result = unittest.TextTestRunner(stream=io.StringIO()).run(WithStartStop("test_it"))
print(result.wasSuccessful(), os.getcwd() == current_dir())
