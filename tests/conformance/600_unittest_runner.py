# unittest's text runner: the progress line, verbose lines, error reports
# and the summary, as CPython 3.11 prints them (time and paths masked).
import io
import re
import unittest


def show(text):
    text = re.sub(r"in \d+\.\d+s", "in X.XXXs", text)
    text = re.sub(r'File "[^"]*[/\\]([^/\\"]+\.py)"', r'File "\1"', text)
    print(text)


class Basics(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1, 1)

    def test_fail(self):
        self.assertEqual(1, 2)

    def test_error(self):
        {}["missing"]

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_docstring(self):
        """First line of the doc.

        More lines are not shown.
        """
        self.assertEqual("hello world\nsecond", "hello wurld\nsecond")

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_subtest_message(self):
        with self.subTest("labelled", x=1):
            raise ValueError("inside a subtest")

    def test_fail_message(self):
        self.assertEqual([1, 2, 3], [1, 2, 4], "lists should match")

    def test_fail_call(self):
        self.fail("explicit failure")

    def helper(self):
        raise KeyError("from helper")

    def test_error_in_helper(self):
        self.helper()


@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass


class Passing(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertIn(1, [1])


def run(*classes, verbosity=1, **kw):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    show(stream.getvalue())
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
    print(repr(result).split(" run=")[1])


run(Basics)
run(Basics, SkippedClass, verbosity=2)
run(Passing)
run(Passing, verbosity=2)
run(Passing, verbosity=0)
run(Basics, verbosity=2, failfast=True)
run(SkippedClass, Passing, descriptions=False, verbosity=2)
print(str(Basics("test_ok")), repr(Basics("test_ok")), Basics("test_ok").id())
print(Basics("test_docstring").shortDescription(), Basics("test_ok").shortDescription())
try:
    Basics("no_such_test")
except ValueError as e:
    print(type(e).__name__, e)
print(Basics("test_ok") == Basics("test_ok"), Basics("test_ok") == Basics("test_fail"))
print(Basics("test_ok").countTestCases())
