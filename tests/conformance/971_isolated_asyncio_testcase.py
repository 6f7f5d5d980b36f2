# IsolatedAsyncioTestCase: the order of the hooks, cleanups on the test's
# loop, leftover tasks cancelled when the test ends, a fresh loop per test.
import asyncio
import io
import unittest

events = []
loops = []


class Case(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append("setUp")

    async def asyncSetUp(self):
        events.append("asyncSetUp")
        loops.append(asyncio.get_running_loop())
        self.addAsyncCleanup(self.on_cleanup, "async")
        self.addCleanup(events.append, "sync cleanup")

    async def on_cleanup(self, what):
        await asyncio.sleep(0)
        events.append("cleanup " + what)
        loops.append(asyncio.get_running_loop())

    async def test_ok(self):
        events.append("test_ok")

    async def test_leak(self):
        async def forever():
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                events.append("leaked task cancelled")
                raise

        asyncio.create_task(forever())
        events.append("test_leak")

    async def test_fail(self):
        events.append("test_fail")
        self.assertEqual(1, 2)

    def test_sync(self):
        events.append("test_sync")

    async def asyncTearDown(self):
        events.append("asyncTearDown")

    def tearDown(self):
        events.append("tearDown")


for name in ["test_ok", "test_leak", "test_fail", "test_sync"]:
    events.clear()
    loops.clear()
    result = Case(name).run()
    print(name, result.wasSuccessful(), len(result.failures), len(result.errors))
    print("  ", events)
    print("   same loop for cleanup:", loops[0] is loops[-1], "closed after:", loops[0].is_closed())

suite = unittest.TestLoader().loadTestsFromTestCase(Case)
out = io.StringIO()
r = unittest.TextTestRunner(stream=out, verbosity=0).run(suite)
print(r.testsRun, len(r.failures), len(r.errors))
