"""Module doc: doctest.testmod on this file, quiet and verbose, with
option flags, directives, expected exceptions and failure reports.

>>> 1 + 1
2
"""
import doctest
import io
import re
import sys


def masked(func, *args, **kwargs):
    """Runs func with stdout captured; prints the output with this file's
    path shortened (it is absolute and differs between machines)."""
    saved = sys.stdout
    sys.stdout = buf = io.StringIO()
    try:
        result = func(*args, **kwargs)
    finally:
        sys.stdout = saved
    print(re.sub(r'File "[^"]*[/\\]([^/\\"]+\.py)"', r'File "\1"', buf.getvalue()), end="")
    return result

def add(a, b):
    """Add.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> print('x\\n\\ny')
    x
    <BLANKLINE>
    y
    >>> [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]  # doctest: +ELLIPSIS
    [1, 2, ..., 23]
    >>> print('a   b')  # doctest: +NORMALIZE_WHITESPACE
    a b
    >>> 1/0
    Traceback (most recent call last):
      ...
    ZeroDivisionError: division by zero
    >>> raise ValueError('x')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: y
    >>> nothing = 5  # doctest: +SKIP
    >>> for i in range(2):
    ...     print(i)
    0
    1
    """
    return a + b

def bad():
    """
    >>> bad()
    42
    >>> x = 3
    >>> x * 2
    7
    >>> print('a\\nb')
    a
    c
    """
    return 41

class K:
    """Class doc.

    >>> K().m()
    'm'
    """
    def m(self):
        """
        >>> 2 * 3
        6
        """
        return 'm'
    def nodoc(self):
        pass

print(masked(doctest.testmod))
print(masked(doctest.testmod, verbose=True))
masked(doctest.run_docstring_examples, bad, {'bad': bad})
masked(doctest.run_docstring_examples, bad, {'bad': bad}, name="named")
print(masked(doctest.testmod, report=False))
print(masked(doctest.testmod, exclude_empty=True, verbose=True))
print(masked(doctest.testmod, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE))
print(masked(doctest.testmod, optionflags=doctest.REPORT_NDIFF))
print(masked(doctest.testmod, optionflags=doctest.FAIL_FAST))
print(masked(doctest.testmod, extraglobs={"extra": 1}))
