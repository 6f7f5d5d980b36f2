# doctest's classes: DocTestParser, Example, DocTest, DocTestFinder,
# DocTestRunner, OutputChecker, option flags, and the unittest side:
# DocTestSuite, DocFileSuite, testfile.
import doctest
import io
import os
import re
import sys
import unittest


def shorten(text):
    # The frame of doctest's own runTest differs between implementations.
    text = re.sub(r'  File "[^"]*doctest[^"]*", line \d+, in runTest\n(    .*\n)*', "  (doctest frame)\n", text)
    text = re.sub(r'File "[^"]*[/\\]([^/\\"]+\.(py|txt))"', r'File "\1"', text)
    # DocFileSuite names a test by the file's absolute path.
    text = text.replace(os.getcwd() + os.sep, "")
    return re.sub(r"in \d+\.\d+s", "in X.XXXs", text)


text = """
Some text.

    >>> x = 1 + 1
    >>> x
    2
    >>> for i in range(2):
    ...     print(i)
    0
    1
    >>> raise KeyError('k')
    Traceback (most recent call last):
      File "<stdin>", line 1, in <module>
    KeyError: 'k'
    >>> print('spaced')  # doctest: +NORMALIZE_WHITESPACE, -ELLIPSIS
    spaced

Closing text.
"""
parser = doctest.DocTestParser()
pieces = parser.parse(text, "sample")
for p in pieces:
    if isinstance(p, doctest.Example):
        print("Example", repr(p.source), repr(p.want), repr(p.exc_msg), p.lineno, p.indent, sorted(p.options.items()))
    else:
        print("text", repr(p))
examples = parser.get_examples(text)
print(len(examples))
test = parser.get_doctest(text, {"y": 5}, "sample", "sample.txt", 10)
print(test, test.name, test.filename, test.lineno, len(test.examples), sorted(test.globs))
print(doctest.Example("1+1", "2").source, repr(doctest.Example("1+1", "2").want))
print(doctest.Example("x", "") == doctest.Example("x", ""), doctest.Example("x", "1") == doctest.Example("x", "2"))
print(doctest.DocTest([], {}, "empty", None, None, ""))

for bad in ["    >>>x = 1\n", "  >>> x = 1\n 2\n", ">>> x  # doctest: +NOPE\n"]:
    try:
        parser.parse(bad, "bad")
    except ValueError as e:
        print("ValueError", e)

runner = doctest.DocTestRunner(verbose=False)
out = []
print(runner.run(test, out=out.append))
print(out)
print(runner.summarize(verbose=False))
runner2 = doctest.DocTestRunner(verbose=True)
out2 = []
runner2.run(parser.get_doctest(">>> 1 + 2\n3\n>>> print('no')\n", {}, "v", None, None), out=out2.append)
print("".join(out2), end="")
print(runner2.summarize())

checker = doctest.OutputChecker()
cases = [
    ("1\n", "True\n", 0), ("1\n", "True\n", doctest.DONT_ACCEPT_TRUE_FOR_1),
    ("a\n<BLANKLINE>\nb\n", "a\n\nb\n", 0), ("a\n<BLANKLINE>\nb\n", "a\n\nb\n", doctest.DONT_ACCEPT_BLANKLINE),
    ("a b  c\n", "a  b\nc\n", doctest.NORMALIZE_WHITESPACE), ("a...z\n", "abcz\n", doctest.ELLIPSIS),
    ("a...z\n", "abcz\n", 0), ("...x...\n", "axbxc\n", doctest.ELLIPSIS), ("a...b...a\n", "aba\n", doctest.ELLIPSIS),
]
for want, got, flags in cases:
    print(repr(want), repr(got), flags, checker.check_output(want, got, flags))
ex = doctest.Example("f()", "one\ntwo\nthree\nfour\n")
print(checker.output_difference(ex, "one\ntwo\nTHREE\nfour\n", 0), end="")
print(checker.output_difference(ex, "one\ntwo\nTHREE\nfour\n", doctest.REPORT_UDIFF), end="")
print(checker.output_difference(ex, "one\ntwo\nTHREE\nfour\n", doctest.REPORT_NDIFF), end="")
print(checker.output_difference(doctest.Example("f()", ""), "x\n", 0), end="")
print(checker.output_difference(doctest.Example("f()", "x\n"), "", 0), end="")
print(checker.output_difference(doctest.Example("f()", "x\n"), "a\n\nb\n", 0), end="")
print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))
print(doctest.ELLIPSIS, doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS)


def square(n):
    """Square a number.

    >>> square(3)
    9
    >>> square(-2)
    4
    """
    return n * n


def broken(n):
    """
    >>> broken(2)
    5
    """
    return n


class Holder:
    """
    >>> Holder.VALUE
    3
    """
    VALUE = 3

    def method(self):
        """
        >>> Holder().method()
        'm'
        """
        return "m"

    @staticmethod
    def static():
        """
        >>> Holder.static()
        's'
        """
        return "s"

    @classmethod
    def klass(cls):
        """
        >>> Holder.klass()
        'Holder'
        """
        return cls.__name__

    @property
    def prop(self):
        """
        >>> Holder().prop
        'p'
        """
        return "p"


__test__ = {"extra": """
>>> square(5)
25
"""}

finder = doctest.DocTestFinder()
module = sys.modules[__name__]
for t in finder.find(module):
    print(t.name, len(t.examples), t.lineno)
print([t.name for t in doctest.DocTestFinder(exclude_empty=False).find(square)])
print([t.name for t in doctest.DocTestFinder(recurse=False).find(Holder)])

suite = doctest.DocTestSuite(module)
print(suite.countTestCases())
for case in suite:
    print(case.id(), str(case), case.shortDescription())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(shorten(stream.getvalue()))
print(result.testsRun, len(result.failures))

# testfile and DocFileSuite over a text file next to this program
name = "_611_doctest_tmp.txt"
with open(name, "w") as f:
    f.write("A text file.\n\n>>> 6 * 7\n42\n>>> 'abc'.upper()\n'ABD'\n")
try:
    buf = io.StringIO()
    saved = sys.stdout
    sys.stdout = buf
    try:
        r = doctest.testfile(name)
        r2 = doctest.testfile(name, verbose=True)
        r3 = doctest.testfile(os.path.join(os.getcwd(), name), module_relative=False)
    finally:
        sys.stdout = saved
    print(shorten(buf.getvalue()))
    print(r, r2, r3)
    fsuite = doctest.DocFileSuite(name)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream).run(fsuite)
    print(shorten(stream.getvalue()))
    for case in fsuite:
        print(case.id(), shorten('File "%s"' % case))
finally:
    os.remove(name)
