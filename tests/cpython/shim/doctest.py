"""A small stand-in for `doctest`: CPython's test modules import it to hand
their doctests to unittest in `load_tests`; tests/cpython/harness.py finds
and runs those doctests itself, so only the names are needed here."""

OPTIONFLAGS = {}
for _i, _name in enumerate(
    [
        "DONT_ACCEPT_TRUE_FOR_1",
        "DONT_ACCEPT_BLANKLINE",
        "NORMALIZE_WHITESPACE",
        "ELLIPSIS",
        "SKIP",
        "IGNORE_EXCEPTION_DETAIL",
        "REPORT_UDIFF",
        "REPORT_CDIFF",
        "REPORT_NDIFF",
        "REPORT_ONLY_FIRST_FAILURE",
        "FAIL_FAST",
    ]
):
    OPTIONFLAGS[_name] = 1 << _i
    globals()[_name] = 1 << _i


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    import unittest

    return unittest.TestSuite()


def testmod(*args, **kwargs):
    raise NotImplementedError("the harness runs doctests itself")
