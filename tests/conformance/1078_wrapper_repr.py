# staticmethod and classmethod objects show what they wrap, as CPython 3.10+.
import re
class MyStatic(staticmethod): pass
class MyClass(classmethod): pass
def f(): pass
for w in (staticmethod(f), classmethod(f), MyStatic(f), MyClass(f), staticmethod(len), classmethod(print)):
    print(re.sub("0x[0-9a-f]+", "ADDR", repr(w)))
