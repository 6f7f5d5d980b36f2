# What __int__, __index__ and __float__ return is checked; hex/oct/bin
# and float() take any object with __index__; slices compare by value
# wherever they are (inside tuples and lists too).


def t(f, *a):
    try:
        print("ok", repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)


class Good:
    def __int__(self):
        return 7

    def __index__(self):
        return 9

    def __float__(self):
        return 2.5


for f in (int, float, hex, oct, bin, complex):
    t(f, Good())


class IndexOnly:
    def __index__(self):
        return 5


for f in (int, float, hex, oct, bin):
    t(f, IndexOnly())
print([10, 20, 30, 40, 50, 60][IndexOnly()], range(10)[IndexOnly()])


class Bad:
    def __int__(self):
        return None

    __float__ = __int__
    __index__ = __int__


class BadStr:
    def __int__(self):
        return "7"

    def __float__(self):
        return 1

    def __index__(self):
        return 2.0


for f in (int, float, hex, oct, bin):
    t(f, Bad())
    t(f, BadStr())
t(lambda x: [1, 2, 3][x], Bad())


class IntSub(int):
    pass


class FloatSub(float):
    pass


t(hex, IntSub(255))
t(float, IntSub(4))
t(int, True)
t(hex, True)


class Nothing:
    pass


for f in (int, float, hex):
    t(f, Nothing())

# Slices
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3))
print(("getitem", slice(0, 10)) == ("getitem", slice(0, 10)))
print([slice(None, 42)] == [slice(None, 42)], [slice(1)] == [slice(2)])
print({"k": slice(1, 2, 3)} == {"k": slice(1, 2, 3)})
print(slice(1, 2) == (1, 2), slice(1.0, 2) == slice(1, 2))


class Recorder:
    def __getitem__(self, key):
        return ("getitem", key)


r = Recorder()
print(r[0:10] == ("getitem", slice(0, 10)), r[::2] == ("getitem", slice(None, None, 2)))
print(r[1:2, 3] == ("getitem", (slice(1, 2), 3)))
