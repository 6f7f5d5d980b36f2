class Foo: pass
Foo.__repr__ = Foo.__str__
try: str(Foo())
except RecursionError as e: print("RecursionError", e)
try: repr(Foo())
except RecursionError as e: print("RecursionError", e)
