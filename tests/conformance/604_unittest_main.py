# unittest.main: argv (-v, -q, -f, -k, test names), exit=False, the
# SystemExit status it raises otherwise, defaultTest, a runner given.
import io
import re
import sys
import unittest


class Numbers(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_sub(self):
        self.assertEqual(3 - 1, 1)

    def test_mul(self):
        self.assertEqual(2 * 3, 6)


class Words(unittest.TestCase):
    def test_upper(self):
        self.assertEqual("a".upper(), "A")


def main(argv, **kw):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=kw.pop("verbosity", 1))
    try:
        prog = unittest.main(argv=argv, testRunner=runner, **kw)
    except SystemExit as e:
        print("SystemExit", e.code)
        prog = None
    text = re.sub(r"in \d+\.\d+s", "in X.XXXs", stream.getvalue())
    print(re.sub(r'File "[^"]*[/\\]([^/\\"]+\.py)"', r'File "\1"', text))
    if prog is not None:
        print("result:", prog.result.testsRun, prog.result.wasSuccessful())


main(["prog"], exit=False)
main(["prog", "Words"], exit=False)
main(["prog", "Numbers.test_add", "Words.test_upper"], exit=False)
main(["prog", "-k", "mul"], exit=False)
main(["prog", "-k", "*up*"], exit=False)
main(["prog"])
main(["prog", "Words"])
main(["prog"], defaultTest="Words", exit=False)
main(["prog", "-f"], exit=False)
main(["prog"], verbosity=2, exit=False)
unittest.TestLoader.testNamePatterns = None
prog = unittest.main(argv=["prog", "-v", "Words"], exit=False, testRunner=unittest.TextTestRunner(stream=io.StringIO()))
print(prog.verbosity, prog.testNames)
prog = unittest.main(argv=["prog", "-q", "Words"], exit=False, testRunner=unittest.TextTestRunner(stream=io.StringIO()))
print(prog.verbosity)
print(unittest.main is unittest.TestProgram if hasattr(unittest, "TestProgram") else True)
