"""IsolatedAsyncioTestCase: each test runs in a fresh asyncio event loop,
with asyncSetUp / asyncTearDown and async cleanups."""

from unittest.case import TestCase

__unittest = True


class IsolatedAsyncioTestCase(TestCase):
    def __init__(self, methodName="runTest"):
        super().__init__(methodName)
        self._asyncioRunner = None
        self._loop = None

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        self.addCleanup(*(func, *args), **kwargs)

    async def enterAsyncContext(self, cm):
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol") from None
        result = await enter(cm)
        self.addAsyncCleanup(exit, cm, None, None, None)
        return result

    def _run_maybe_async(self, func, *args, **kwargs):
        import asyncio
        value = func(*args, **kwargs)
        if asyncio.iscoroutine(value):
            return self._loop.run_until_complete(value)
        return value

    def _callSetUp(self):
        self.setUp()
        self._run_maybe_async(self.asyncSetUp)

    def _callTestMethod(self, method):
        if self._run_maybe_async(method) is not None:
            import warnings
            warnings.warn(f"It is deprecated to return a value that is not None from a test case ({method})",
                          DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._run_maybe_async(self.asyncTearDown)
        self.tearDown()

    def _callCleanup(self, function, *args, **kwargs):
        self._run_maybe_async(function, *args, **kwargs)

    def run(self, result=None):
        import asyncio
        self._loop = asyncio.new_event_loop()
        try:
            asyncio.set_event_loop(self._loop)
        except Exception:
            pass
        try:
            return super().run(result)
        finally:
            close = getattr(self._loop, "close", None)
            if close is not None:
                try:
                    close()
                except Exception:
                    pass
            self._loop = None
