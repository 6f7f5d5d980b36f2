# Every assert* method's failure message, as CPython 3.11 words it,
# including the diffs of long strings, lists, tuples, dicts and sets.
import unittest
import warnings
import logging


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(label, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except AssertionError as e:
        print("%s: AssertionError" % label)
        print(str(e))
        print("--")
    except Exception as e:
        print("%s: %s %s" % (label, type(e).__name__, e))
    else:
        print("%s: passed" % label)


check("eq ints", t.assertEqual, 1, 2)
check("eq ok", t.assertEqual, "a", "a")
check("eq msg", t.assertEqual, 1, 2, "custom")
check("eq str one line", t.assertEqual, "spam", "eggs")
check("eq str similar", t.assertEqual, "the quick brown fox", "the quick brown box")
check("eq str multi", t.assertEqual, "one\ntwo\nthree\n", "one\ntoo\nthree\nfour\n")
check("eq long str", t.assertEqual, "x" * 100 + "a", "x" * 100 + "b")
check("eq long diff", t.assertEqual, "a" * 50 + "b" * 50, "c" * 30 + "d" * 70)
check("eq list", t.assertEqual, [1, 2, 3], [1, 2, 4])
check("eq list longer", t.assertEqual, [1, 2], [1, 2, 3, 4])
check("eq list shorter", t.assertEqual, [1, 2, 3], [1])
check("eq tuple", t.assertEqual, (1, "a"), (1, "b"))
check("eq long list", t.assertEqual, list(range(30)), list(range(29)) + [99])
check("eq dict", t.assertEqual, {"a": 1, "b": 2}, {"a": 1, "b": 3, "c": 4})
check("eq long dict", t.assertEqual, {"k%d" % i: i for i in range(12)}, {"k%d" % i: i * 2 for i in range(12)})
check("eq set", t.assertEqual, {1, 2, 3}, {2, 3, 4})
check("eq frozenset", t.assertEqual, frozenset([1]), frozenset([2]))
check("eq mixed types", t.assertEqual, [1], (1,))
check("ne", t.assertNotEqual, 3, 3)
check("true", t.assertTrue, 0)
check("true msg", t.assertTrue, [], "should be truthy")
check("false", t.assertFalse, "x")
check("is", t.assertIs, 1, None)
check("is not", t.assertIsNot, None, None)
check("is none", t.assertIsNone, 5)
check("is not none", t.assertIsNotNone, None)
check("in", t.assertIn, 4, [1, 2, 3])
check("not in", t.assertNotIn, "b", "abc")
check("isinstance", t.assertIsInstance, 1, str)
check("not isinstance", t.assertNotIsInstance, 1, int)
check("greater", t.assertGreater, 1, 2)
check("greater equal", t.assertGreaterEqual, 1, 2)
check("less", t.assertLess, 2, 1)
check("less equal", t.assertLessEqual, 2, 1)
check("almost", t.assertAlmostEqual, 1.0, 1.1)
check("almost places", t.assertAlmostEqual, 1.0, 1.001, places=2)
check("almost places fail", t.assertAlmostEqual, 1.0, 1.01, places=2)
check("almost delta", t.assertAlmostEqual, 10, 12, delta=1)
check("almost both", t.assertAlmostEqual, 1, 2, places=1, delta=1)
check("not almost", t.assertNotAlmostEqual, 1.0, 1.00000001)
check("not almost delta", t.assertNotAlmostEqual, 10, 10.5, delta=1)
check("count equal", t.assertCountEqual, [1, 1, 2], [1, 2, 2, 3])
check("count equal ok", t.assertCountEqual, "abc", "cba")
check("count unhashable", t.assertCountEqual, [[1], [2]], [[1], [1]])
check("regex", t.assertRegex, "hello", r"\d+")
check("not regex", t.assertNotRegex, "abc123", r"\d+")
check("multiline type", t.assertMultiLineEqual, 1, "a")
check("list type", t.assertListEqual, (1,), [1])
check("dict type", t.assertDictEqual, [], {})
check("seq", t.assertSequenceEqual, [1, 2], (1, 3))
check("seq same", t.assertSequenceEqual, [1, 2], (1, 2))
check("set difference", t.assertSetEqual, {1}, 1)
check("fail", t.fail, "boom")
check("fail none", t.fail)

t.longMessage = False
check("short message", t.assertEqual, 1, 2, "only this")
check("short message none", t.assertEqual, 1, 2)
t.longMessage = True
t.maxDiff = 40
check("maxDiff", t.assertEqual, [1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4, 5, 6, 7, 9])
t.maxDiff = None
check("maxDiff none", t.assertEqual, "a" * 30 + "\n" + "b", "a" * 30 + "\n" + "c")

# assertRaises and friends, as context managers and as calls
with t.assertRaises(ValueError) as cm:
    int("x")
print(type(cm.exception).__name__, cm.exception)
check("raises none", lambda: t.assertRaises(ValueError).__enter__() and None)


def no_raise():
    pass


def raiser(kind, text):
    raise kind(text)


def ctx_not_raised():
    with t.assertRaises(KeyError):
        pass


def ctx_not_raised_tuple():
    with t.assertRaises((KeyError, IndexError)):
        pass


def ctx_msg():
    with t.assertRaises(KeyError, msg="wanted a KeyError"):
        pass


def ctx_other():
    with t.assertRaises(KeyError):
        raise TypeError("not this one")


check("raises ctx", ctx_not_raised)
check("raises tuple", ctx_not_raised_tuple)
check("raises msg", ctx_msg)
check("raises other", ctx_other)
check("raises callable", t.assertRaises, ValueError, no_raise)
check("raises callable ok", t.assertRaises, ValueError, raiser, ValueError, "x")
check("raises bad type", t.assertRaises, 5, no_raise)
check("raises bad kw", t.assertRaises, ValueError, foo=1)
check("raises regex", t.assertRaisesRegex, ValueError, "^abc", raiser, ValueError, "xyz")
check("raises regex ok", t.assertRaisesRegex, ValueError, "y.", raiser, ValueError, "xyz")
check("raises regex none", t.assertRaisesRegex, ValueError, "y", no_raise)


def warn(text, cat=UserWarning):
    warnings.warn(text, cat)


check("warns ok", t.assertWarns, UserWarning, warn, "careful")
check("warns none", t.assertWarns, UserWarning, no_raise)
check("warns regex", t.assertWarnsRegex, UserWarning, "^x", warn, "careful")
with t.assertWarns(DeprecationWarning) as wcm:
    warn("old stuff", DeprecationWarning)
print(type(wcm.warning).__name__, wcm.warning)


def ctx_warns():
    with t.assertWarns(RuntimeWarning):
        pass


check("warns ctx", ctx_warns)

log = logging.getLogger("app.part")
with t.assertLogs("app", level="INFO") as lcm:
    log.info("first %d", 1)
    log.warning("second")
    log.debug("hidden")
print(lcm.output)
print([r.getMessage() for r in lcm.records])


def logs_none():
    with t.assertLogs("app", level="ERROR"):
        log.warning("not enough")


def no_logs_fail():
    with t.assertNoLogs("app"):
        log.error("oops")


def no_logs_ok():
    with t.assertNoLogs("app", "ERROR"):
        log.info("fine")


check("logs none", logs_none)
check("no logs fail", no_logs_fail)
check("no logs ok", no_logs_ok)
with t.assertLogs() as root_cm:
    logging.getLogger().error("root error")
print(root_cm.output)
