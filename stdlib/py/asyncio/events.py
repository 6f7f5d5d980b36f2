"""Event loops and policies: whirl's are in `_asyncio_loop`, over the one
native loop of the thread."""

from _asyncio_loop import (
    AbstractEventLoop,
    AbstractEventLoopPolicy,
    BaseEventLoop,
    DefaultEventLoopPolicy,
    Handle,
    TimerHandle,
    _get_running_loop,
    _set_running_loop,
    get_event_loop,
    get_event_loop_policy,
    get_running_loop,
    new_event_loop,
    set_event_loop,
    set_event_loop_policy,
)

__all__ = (
    "AbstractEventLoopPolicy",
    "AbstractEventLoop",
    "AbstractServer",
    "Handle",
    "TimerHandle",
    "get_event_loop_policy",
    "set_event_loop_policy",
    "get_event_loop",
    "set_event_loop",
    "new_event_loop",
    "get_child_watcher",
    "set_child_watcher",
    "_set_running_loop",
    "get_running_loop",
    "_get_running_loop",
)


class AbstractServer:
    """What loop.create_server() returns."""

    def close(self):
        raise NotImplementedError

    def get_loop(self):
        raise NotImplementedError

    def is_serving(self):
        raise NotImplementedError

    async def start_serving(self):
        raise NotImplementedError

    async def serve_forever(self):
        raise NotImplementedError

    async def wait_closed(self):
        raise NotImplementedError

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


def get_child_watcher():
    raise NotImplementedError("whirl's asyncio has no child watchers (no subprocess transports)")


def set_child_watcher(watcher):
    raise NotImplementedError("whirl's asyncio has no child watchers (no subprocess transports)")
