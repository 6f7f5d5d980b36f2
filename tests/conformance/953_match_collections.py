# match: sequence/mapping flags follow the MRO, registration, star-only
# sequence patterns need no len(), size limits.
import array
import collections
import collections.abc


def seq_then_map(x):
    match x:
        case [*_]:
            return "seq"
        case {}:
            return "map"
    return None


def map_then_seq(x):
    match x:
        case {}:
            return "map"
        case [*_]:
            return "seq"
    return None


class C: pass
class M1(collections.UserDict, collections.abc.Sequence): pass
class M2(C, collections.UserDict, collections.abc.Sequence): pass
class M3(collections.UserDict, C, list): pass
class M4(dict, collections.abc.Sequence, C): pass
class S1(collections.UserList, collections.abc.Mapping): pass
class S2(C, collections.UserList, collections.abc.Mapping): pass
class S3(list, C, collections.abc.Mapping): pass
class S4(collections.UserList, dict, C): pass

for cls in [M1, M2, M3, S1, S2]:
    print(cls.__name__, seq_then_map(cls()), map_then_seq(cls()))


class Parent: pass
class ChildPre(Parent): pass
collections.abc.Sequence.register(Parent)
class ChildPost(Parent): pass
for cls in [Parent, ChildPre, ChildPost]:
    print(cls.__name__, seq_then_map(cls()), map_then_seq(cls()))

for v in [[1], (1, 2), range(3), "abc", b"ab", bytearray(b"ab"),
          memoryview(b"ab"), array.array("b", b"ab"), collections.deque([1]),
          {1: 2}, collections.UserDict({0: 1}), collections.OrderedDict(),
          collections.UserList([1]), 5, None]:
    print(type(v).__name__, seq_then_map(v))


def three(w):
    match w:
        case (x, y, z):
            return x, y, z
    return None

print(three(array.array("b", b"abc")), three(memoryview(b"abc")),
      three(bytearray(b"abc")), three("abc"))

x = collections.UserDict({0: 1, 2: 3})
match x:
    case {2: 3, **z}:
        print("userdict", z)

match bytearray(b"x"):
    case bytearray(z):
        print("bytearray self", z)

for n in [255, 256, 257]:
    src = ", ".join("a%d" % i for i in range(n)) + ", *rest = range(%d)" % (n + 1)
    try:
        compile(src, "test", "exec")
        print(n, "ok")
    except SyntaxError as e:
        print(n, type(e).__name__, e.msg)
    src = "match x:\n case [" + ", ".join("a%d" % i for i in range(n)) + ", *rest]: pass\n"
    try:
        compile(src, "test", "exec")
        print(n, "pattern ok")
    except SyntaxError as e:
        print(n, type(e).__name__, e.msg)


# UserDict/UserList are collections.abc classes now; copying them still works.
import copy


class MyD(collections.UserDict):
    pass

for obj in (collections.UserDict({1: 2}), collections.UserList([1, 2]), MyD(a=1)):
    obj.x = 5
    c = copy.copy(obj)
    print(type(c).__name__, c, c.x, c.data is obj.data, c == obj,
          type(obj.copy()).__name__, obj.copy())
print(isinstance(collections.UserDict(), collections.abc.MutableMapping),
      isinstance(collections.UserList(), collections.abc.MutableSequence),
      isinstance(collections.UserString(""), collections.abc.Sequence))
