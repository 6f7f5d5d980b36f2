# IsolatedAsyncioTestCase: async set-up, tests, tear-down and cleanups in
# an event loop of their own.
import asyncio
import io
import re
import unittest

events = []


class AsyncTests(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append("setUp")

    async def asyncSetUp(self):
        await asyncio.sleep(0)
        events.append("asyncSetUp")
        self.addAsyncCleanup(self.cleanup, "async cleanup")

    async def cleanup(self, what):
        await asyncio.sleep(0)
        events.append(what)

    async def test_await(self):
        value = await self.compute(20)
        events.append("test_await")
        self.assertEqual(value, 42)

    async def compute(self, x):
        await asyncio.sleep(0)
        return x * 2 + 2

    async def test_fails(self):
        await asyncio.sleep(0)
        events.append("test_fails")
        self.assertEqual(await self.compute(1), 5)

    def test_sync(self):
        events.append("test_sync")

    async def asyncTearDown(self):
        events.append("asyncTearDown")

    def tearDown(self):
        events.append("tearDown")


stream = io.StringIO()
suite = unittest.TestLoader().loadTestsFromTestCase(AsyncTests)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
# The traceback of an async failure runs through the event loop's frames,
# which differ between implementations: show the verbose lines and the
# failure's last line only.
text = stream.getvalue()
print(text[:text.index("=====")])
for test, err in result.failures:
    print(test, err.strip().splitlines()[-1])
for e in events:
    print(e)
print(result.testsRun, len(result.failures), len(result.errors))
