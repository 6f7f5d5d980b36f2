# MagicMock's asynchronous magic methods (async with, async for) and the
# names mocks show in their reprs.
import asyncio
from unittest import mock

m = mock.MagicMock()


async def main():
    async with m as x:
        print(x is m.__aenter__.return_value)
    m.__aiter__.return_value = [1, 2]
    out = []
    async for v in m:
        out.append(v)
    print(out)
    print(m.__aexit__.call_args, m.__aenter__.await_count)
    empty = mock.MagicMock()
    got = []
    async for v in empty:
        got.append(v)
    print(got)


asyncio.run(main())
for made in (mock.Mock(name="n"), mock.Mock().a.b, mock.Mock()().x, mock.MagicMock().f(), mock.Mock(name="svc").conn.cursor()):
    print(repr(made).split(" id=")[0])
