# What site adds to builtins: exit/quit, help, copyright/credits/license;
# help(obj) renders the signature and docstring as pydoc's plain text.
import builtins

print(repr(exit))
print(repr(quit))
print(str(exit), type(exit).__name__)
print(repr(help))
print(callable(copyright), callable(credits), callable(license))
for name in ["exit", "quit", "help", "copyright", "credits", "license"]:
    print(name, hasattr(builtins, name))

def greet(name, greeting="Hello", *args, punct="!", **kw):
    """Return a greeting.

    The name comes first."""
    return f"{greeting}, {name}{punct}"


def nodoc(a, /, b):
    pass


help(greet)
help(nodoc)

try:
    exit()
except SystemExit as e:
    print("SystemExit", e.code)
try:
    quit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    exit("bye")
except SystemExit as e:
    print("SystemExit", e.code)

