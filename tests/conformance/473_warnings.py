# warnings: filters, catch_warnings(record=True), categories, stacklevel,
# warnings as errors, the printed format (redirected to stdout here).
import sys
import warnings


def show(w):
    for m in w:
        print(" ", m.category.__name__, str(m.message), m.lineno, m.filename == __file__)


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("plain")
    warnings.warn("dep", DeprecationWarning)
    warnings.warn("rt", category=RuntimeWarning)
    warnings.warn(UserWarning("instance"))
    warnings.warn(DeprecationWarning("instance dep"), UserWarning)

    def deep():
        warnings.warn("level2", stacklevel=2)

    def deeper():
        deep()

    deep()
    deeper()
    print(len(w))
    show(w)
    print(type(w[3].message).__name__, w[3].message.args)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("once per location")
    print("default:", len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
    print("ignore:", len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("error", category=RuntimeWarning)
    warnings.warn("skip this")
    warnings.warn("SKIP me too")
    warnings.warn("keep this")
    try:
        warnings.warn("bad", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", type(e).__name__, e)
    show(w)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    for cat in [UserWarning, DeprecationWarning, RuntimeWarning]:
        try:
            warnings.warn("as error", cat)
        except Warning as e:
            print(type(e).__name__, e, e.args)
    try:
        warnings.warn("caught as Exception")
    except Exception as e:
        print("Exception catches", type(e).__name__)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("error", UserWarning)
    warnings.simplefilter("always", DeprecationWarning)
    warnings.warn("not an error", DeprecationWarning)
    try:
        warnings.warn("an error")
    except UserWarning as e:
        print("error only for UserWarning:", e)
    show(w)

for bad in [("bogus",), ("error", 5), ("error", "", int), ("error", "", 3), ("error", "", Warning, 3), ("error", "", Warning, "", -1)]:
    try:
        warnings.filterwarnings(*bad)
    except (AssertionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in [("bogus",), ("error", Warning, -1)]:
    try:
        warnings.simplefilter(*bad)
    except (AssertionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    warnings.warn("x", int)
except TypeError as e:
    print(type(e).__name__, e)

print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "  line text  "))
print(warnings.formatwarning("msg", RuntimeWarning, "f.py", 3), end="")

# printed warnings go to stderr; captured here, with the script's path
# (which depends on where the repository is) replaced
import io

saved = sys.stderr
sys.stderr = captured = io.StringIO()
try:
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("shown on stderr")
        warnings.warn("a deprecation", DeprecationWarning)

        def f():
            warnings.warn("from f, blamed on caller", stacklevel=2)

        f()
finally:
    sys.stderr = saved
print(captured.getvalue().replace(__file__, "<this file>"), end="")


class MyWarning(UserWarning):
    pass


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("custom", MyWarning)
    show(w)
with warnings.catch_warnings():
    warnings.simplefilter("error", MyWarning)
    try:
        warnings.warn("custom error", MyWarning)
    except MyWarning as e:
        print("custom raised", type(e).__name__, e)
print("done")
