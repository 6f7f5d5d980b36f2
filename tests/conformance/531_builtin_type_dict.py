# A builtin type's __dict__ lists its slot methods and methods; the types
# of builtin methods are named as CPython names them.

print("__add__" in int.__dict__, "__radd__" in int.__dict__, "bit_length" in int.__dict__)
print("append" in list.__dict__, "__getitem__" in list.__dict__, "__iadd__" in list.__dict__)
print("__init__" in object.__dict__, "__repr__" in object.__dict__, "__eq__" in object.__dict__)
print("__add__" in bool.__dict__, "__add__" in object.__dict__)
print(int.__dict__["__add__"] is int.__add__, list.__dict__["append"] is list.append)
print(list.__dict__["__hash__"], dict.__dict__["__hash__"])
print("__doc__" in int.__dict__, "__len__" in str.__dict__, "__contains__" in dict.__dict__)
print("__add__" in vars(float), "__mul__" in vars(tuple), "__or__" in vars(dict))
print("__imul__" in list.__dict__, "__eq__" in complex.__dict__, "__radd__" in complex.__dict__)

print(type(object.__init__).__name__, type(object().__init__).__name__)
print(type(int.__add__).__name__, type((1).__add__).__name__)
print(type(list.append).__name__, type([].append).__name__, type(len).__name__)
print(type(str.join).__name__, type("".join).__name__)
print(object.__init__, int.__add__, list.append, str.join)
print(repr(len), repr(list.__dict__["append"]))

print(int.__add__.__objclass__, list.append.__objclass__, object.__init__.__objclass__)
print(int.__add__.__name__, int.__add__.__qualname__, list.append.__qualname__, len.__qualname__)
print([].append.__qualname__, (1).__add__.__name__)

# Unbound slot wrappers and method descriptors are callable with a receiver.
print(int.__add__(2, 3), list.__len__([1, 2]), complex.__radd__(3j, 4.0), float.__rsub__(3.0, 1))
lst = [1]
list.__imul__(lst, 3)
print(lst)
lst2 = [1, 2]
list.append.__get__(lst2, list)(9)
print(lst2)
try:
    list.append.__get__(5, int)
except TypeError as e:
    print(type(e).__name__, e)


class I(int):
    pass


t = I
meth = "__add__"
while meth not in t.__dict__:
    t = t.__bases__[0]
print(t.__name__, getattr(I, meth) == t.__dict__[meth])
print(bool.__add__ is int.__add__, "__and__" in bool.__dict__, bool.__and__)
