# MagicMock: the magic methods it configures, their defaults, setting
# them, and how their calls are recorded; mock_open; AsyncMock.
import asyncio
from unittest.mock import MagicMock, Mock, call, mock_open, patch, AsyncMock, NonCallableMock

m = MagicMock()
print(len(m), list(iter(m)), bool(m), 3 in m, int(m), float(m), m.__index__())
print(m == m, m == 1, m != m, m != 1)
print(isinstance(hash(m), int), str(m).startswith("<MagicMock id="))
print(m[0] is m[1], m[0] is m.__getitem__.return_value)
m[1] = 2
m.__setitem__.assert_called_once_with(1, 2)
with m as entered:
    print(entered is m.__enter__.return_value)
print(m.__exit__.call_args)
print([c[0] for c in m.mock_calls])
print(m.mock_calls[-6:])

m.__len__.return_value = 7
m.__iter__.return_value = iter([1, 2, 3])
m.__contains__.return_value = True
m.__getitem__.side_effect = lambda key: key * 2
m.__bool__.return_value = False
m.__int__.return_value = 42
print(len(m), list(m), "x" in m, m[21], bool(m), int(m))
m.__eq__.return_value = True
print(m == 5)
print(m.__len__.call_count, m.__getitem__.call_args_list)

n = MagicMock()
n.__lt__.return_value = True
print(n < 1)
try:
    MagicMock() < 1
except TypeError as e:
    print("TypeError", e)

# independent mocks keep their own magic methods
a = MagicMock()
b = MagicMock()
a.__len__.return_value = 3
print(len(a), len(b))

# setting a magic method to a function
f = MagicMock()
f.__len__ = lambda self: 11
print(len(f))
p = Mock()
try:
    len(p)
except TypeError as e:
    print("TypeError", e)

# child mocks are MagicMocks too
print(type(m.child).__name__, type(m.child.grandchild()).__name__, len(m.child))
print(type(Mock().child).__name__)

# mock_open
opener = mock_open(read_data="line one\nline two\n")
with patch("builtins.open", opener):
    with open("some/file.txt") as fh:
        print(repr(fh.read()))
    with open("other.txt") as fh:
        print(fh.readline(), end="")
        print(fh.readlines())
    with open("out.txt", "w") as fh:
        fh.write("data")
print(opener.call_args_list)
opener().write.assert_called_once_with("data")

# AsyncMock
am = AsyncMock(return_value=5)


async def use():
    value = await am(1, x=2)
    return value


print(asyncio.run(use()))
print(am.call_args, am.await_count)
am.assert_awaited_once_with(1, x=2)
try:
    AsyncMock().assert_awaited()
except AssertionError as e:
    print("AssertionError", e)
am2 = AsyncMock(side_effect=ValueError("async boom"))


async def use2():
    try:
        await am2()
    except ValueError as e:
        return "caught " + str(e)


print(asyncio.run(use2()))
nc = NonCallableMock()
try:
    nc()
except TypeError as e:
    print("TypeError", e)
print(nc.attr.called)
