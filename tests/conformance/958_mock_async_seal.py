# AsyncMock: coroutines, awaits recorded, assert_awaited*, await_args_list;
# mocks specced on async functions; seal.
import asyncio
import inspect
from unittest.mock import (ANY, AsyncMock, MagicMock, Mock, NonCallableMagicMock, call, create_autospec,
                           patch, seal)


def show(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


async def fetch(a, b, *, c):
    return "real"


class Client:
    async def get(self, url):
        return url

    def close(self):
        pass


am = AsyncMock(name="am", return_value=5)
print(inspect.iscoroutinefunction(am), asyncio.iscoroutinefunction(am))
show("assert_awaited", am.assert_awaited)
show("awaited_once", am.assert_awaited_once)
show("awaited_with", lambda: am.assert_awaited_with(1))
show("any_await", lambda: am.assert_any_await(1))
show("has_awaits", lambda: am.assert_has_awaits([call(1)]))


async def main():
    print(await am(1), await am(2, k=3))
    coro = am(4)
    print(inspect.iscoroutine(coro), am.call_count, am.await_count)
    await coro


asyncio.run(main())
print(am.await_count, am.await_args, am.await_args_list)
am.assert_awaited()
am.assert_any_await(2, k=3)
am.assert_has_awaits([call(1), call(2, k=3)])
am.assert_has_awaits([call(4), call(1)], any_order=True)
am.assert_awaited_with(4)
show("awaited_once n", am.assert_awaited_once)
show("not_awaited", am.assert_not_awaited)
show("awaited_with other", lambda: am.assert_awaited_with(9))
show("has_awaits miss", lambda: am.assert_has_awaits([call(7)]))
show("has_awaits any miss", lambda: am.assert_has_awaits([call(7)], any_order=True))
am.reset_mock()
print(am.await_count, am.await_args, am.await_args_list)

effects = AsyncMock(side_effect=[1, ValueError("boom")])


async def effects_main():
    print(await effects())
    try:
        await effects()
    except ValueError as e:
        print("raised", e)
    try:
        await effects()
    except StopAsyncIteration:
        print("StopAsyncIteration")


asyncio.run(effects_main())


async def doubled(x):
    return x * 2

asyncio.run(AsyncMock(side_effect=doubled)(21)) == 42 and print("async side_effect ok")

# children of an AsyncMock are AsyncMocks; magic sync methods are not
a = AsyncMock()
print(type(a.child).__name__, type(a.__str__).__name__, type(a.return_value).__name__)
m = MagicMock()
print(type(m.__aenter__).__name__, type(m.__aexit__).__name__, type(m.__aiter__).__name__)

# specs: async methods become AsyncMocks
cm = Mock(spec=Client)
print(type(cm.get).__name__, type(cm.close).__name__)
spec_coro = Mock(spec=fetch)()
print(type(Mock(spec=fetch)).__mro__[1].__name__, inspect.isawaitable(spec_coro))
spec_coro.close()
fm = MagicMock(fetch)
print(asyncio.run(fm(1, 2, c=3)) is fm.return_value)

auto = create_autospec(fetch)
print(inspect.iscoroutinefunction(auto))
show("autospec async bad", lambda: auto(1))
asyncio.run(auto(1, 2, c=3))
print(auto.await_count)
auto.assert_awaited_once_with(1, 2, c=3)
show("autospec instance", lambda: create_autospec(fetch, instance=True))


with patch.object(Client, "get") as pg:
    print(type(pg).__name__)
with patch(__name__ + ".fetch") as pfetch:
    print(type(pfetch).__name__)

# seal
s = Mock()
s.configured.return_value = 3
s.child.grand
seal(s)
print(s.configured(), type(s.child.grand).__name__)
show("new attr", lambda: s.nothere)
show("new grand", lambda: s.child.grand.nothere)
show("call", lambda: s())
show("set new", lambda: setattr(s, "fresh", 1))
show("set on child", lambda: setattr(s.child, "fresh", 1))
s.configured = 5
print(s.configured)
sm = MagicMock()
seal(sm)
show("sealed magic", lambda: len(sm))
show("sealed attr", lambda: sm.x)
sa = Mock(spec=Client)
seal(sa)
show("sealed spec async", lambda: sa.get)
