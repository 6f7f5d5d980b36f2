# function attributes in __dict__ and vars(); __doc__ is None for classes without a docstring
def f(): pass
f.tag = 1
print(f.__dict__, vars(f), f.tag)
class U: pass
print(getattr(U(), "__doc__", "MISSING"), U.__doc__)
class V:
    "doc"
print(V.__doc__, V().__doc__)
