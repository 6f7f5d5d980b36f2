import traceback


def inner():
    raise KeyError("missing")


def outer():
    inner()


try:
    outer()
except KeyError:
    text = traceback.format_exc()
    lines = text.strip().splitlines()
    print(lines[0])
    print(lines[-1])
    print(len([l for l in lines if l.strip().startswith("File")]))
    print([l.strip() for l in lines if l.strip().startswith(("inner()", "raise", "outer()"))])
try:
    int("x")
except ValueError:
    print(traceback.format_exc().splitlines()[-1])
try:
    raise RuntimeError("printed to stderr")
except RuntimeError:
    traceback.print_exc()
print("after print_exc")
