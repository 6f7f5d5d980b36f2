"""asyncio on whirl's native loop (the one Tornado runs on), which follows
asyncio's scheduling. The loop, Future and Task are in `_asyncio_loop`;
the submodules here are asyncio's own parts: tasks (sleep, gather, wait,
...), locks, queues, runners, timeouts, task groups, the protocol and
transport interfaces. Streams and subprocess transports are not provided:
Tornado's IOStream and `subprocess` are the ways to sockets and children."""

from asyncio.exceptions import *
from asyncio.events import *
from asyncio.coroutines import *
from asyncio.futures import *
from asyncio.tasks import *
from asyncio.locks import *
from asyncio.queues import *
from asyncio.runners import *
from asyncio.timeouts import *
from asyncio.taskgroups import *
from asyncio.threads import *
from asyncio.protocols import *
from asyncio.transports import *
from _asyncio_loop import (
    BaseEventLoop,
    SelectorEventLoop,
    DefaultEventLoopPolicy,
    EventLoop as _EventLoop,
)
from asyncio import (
    events,
    exceptions,
    coroutines,
    futures,
    tasks,
    locks,
    queues,
    runners,
    timeouts,
    taskgroups,
    threads,
    protocols,
    transports,
)

# As in CPython 3.11, TaskGroup is importable but not in __all__.
__all__ = (
    exceptions.__all__
    + events.__all__
    + coroutines.__all__
    + futures.__all__
    + tasks.__all__
    + locks.__all__
    + queues.__all__
    + runners.__all__
    + timeouts.__all__
    + threads.__all__
    + protocols.__all__
    + transports.__all__
    + ("BaseEventLoop", "SelectorEventLoop", "DefaultEventLoopPolicy")
)
