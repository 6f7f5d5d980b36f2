# traceback: format_exc and format_exception inside handlers, chained exceptions, format_exception_only
# (lines of CPython 3.11's ^~~ markers are left out: whirl draws them later)
import sys
import traceback


def inner(n):
    return 10 // n


def outer():
    return inner(0)


def show(text):
    for line in text.replace(__file__, "FILE").splitlines():
        if set(line.strip()) - set("^~"):
            print(line)


try:
    outer()
except ZeroDivisionError:
    show(traceback.format_exc())
    traceback.print_exc()
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad") from e
except ValueError as e:
    show("".join(traceback.format_exception(e)))
    print(traceback.format_exception_only(type(e), e))
print(repr(traceback.format_exc()))
