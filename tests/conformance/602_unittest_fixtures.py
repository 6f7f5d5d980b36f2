# Fixtures: setUp/tearDown, setUpClass/tearDownClass, setUpModule/
# tearDownModule, cleanups (test, class and module level), enterContext,
# errors in fixtures reported as CPython does, nested subTests.
import io
import re
import sys
import contextlib
import unittest

events = []


def show(text):
    text = re.sub(r"in \d+\.\d+s", "in X.XXXs", text)
    text = re.sub(r'File "[^"]*[/\\]([^/\\"]+\.py)"', r'File "\1"', text)
    print(text)


def setUpModule():
    events.append("setUpModule")
    unittest.addModuleCleanup(events.append, "module cleanup")


def tearDownModule():
    events.append("tearDownModule")


@contextlib.contextmanager
def resource(name):
    events.append("enter " + name)
    yield name.upper()
    events.append("exit " + name)


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("setUpClass")
        cls.addClassCleanup(events.append, "class cleanup")

    @classmethod
    def tearDownClass(cls):
        events.append("tearDownClass")

    def setUp(self):
        events.append("setUp " + self._testMethodName)
        self.addCleanup(events.append, "cleanup " + self._testMethodName)
        self.value = self.enterContext(resource("res"))

    def tearDown(self):
        events.append("tearDown " + self._testMethodName)

    def test_a(self):
        events.append("test_a " + self.value)

    def test_b(self):
        events.append("test_b")
        self.assertEqual(self.value, "nope")


class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("class set-up broke")

    def test_never(self):
        events.append("never runs")


class BrokenTearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise ValueError("class tear-down broke")

    def test_runs(self):
        events.append("BrokenTearDownClass.test_runs")


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        raise OSError("set-up broke")

    def tearDown(self):
        events.append("tearDown is not called")

    def test_x(self):
        events.append("not reached")


class BrokenTearDown(unittest.TestCase):
    def tearDown(self):
        raise KeyError("td")

    def test_x(self):
        events.append("BrokenTearDown.test_x")


class CleanupErrors(unittest.TestCase):
    def test_cleanup_raises(self):
        self.addCleanup(events.append, "second cleanup still runs")
        self.addCleanup(lambda: 1 / 0)


class SkipInSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("no resource")

    def test_y(self):
        pass


class Nested(unittest.TestCase):
    def test_nested(self):
        for a in (1, 2):
            with self.subTest(a=a):
                for b in ("x", "y"):
                    with self.subTest(b=b):
                        if (a, b) in ((1, "y"), (2, "x")):
                            self.fail("bad pair %r" % ((a, b),))

    def test_subtest_no_params(self):
        with self.subTest():
            self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_expected_in_subtest(self):
        with self.subTest(k=1):
            self.assertEqual(1, 0)


@unittest.skipIf(True, "condition held")
class SkipIf(unittest.TestCase):
    def test_z(self):
        pass


class SkipUnless(unittest.TestCase):
    @unittest.skipUnless(False, "needs something")
    def test_u(self):
        pass

    @unittest.skipUnless(True, "fine")
    def test_v(self):
        events.append("SkipUnless.test_v ran")


def run(verbosity):
    del events[:]
    stream = io.StringIO()
    loader = unittest.TestLoader()
    suite = loader.loadTestsFromModule(sys.modules[__name__])
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    show(stream.getvalue())
    for e in events:
        print("event:", e)
    print(result)


run(1)
run(2)

# A test case run by itself gets its own result; debug() raises.
del events[:]
r = Fixtures("test_a").run()
print(type(r).__name__, r.testsRun, r.wasSuccessful(), events)
try:
    Fixtures("test_b").debug()
except AssertionError as e:
    print("debug:", e)
try:
    BrokenSetUp("test_x").debug()
except OSError as e:
    print("debug:", e)
ft = unittest.FunctionTestCase(lambda: None, description="a function test")
print(ft.shortDescription(), ft.countTestCases())
s = unittest.TestSuite([Fixtures("test_a"), unittest.TestSuite([Fixtures("test_b")])])
print(s.countTestCases(), len(list(s)))
try:
    s.addTest(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.addTest(Fixtures)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.addTests("abc")
except TypeError as e:
    print(type(e).__name__, e)
