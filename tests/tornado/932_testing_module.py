# tornado.testing: AsyncTestCase (gen_test, stop/wait, timeouts),
# AsyncHTTPTestCase (fetch), ExpectLog, bind_unused_port,
# get_async_test_timeout, setup_with_context_manager.
import logging
import os
import sys
import unittest
import warnings

from tornado import gen
from tornado.ioloop import IOLoop
from tornado.testing import (
    AsyncHTTPTestCase,
    AsyncTestCase,
    ExpectLog,
    bind_unused_port,
    gen_test,
    get_async_test_timeout,
    setup_with_context_manager,
)
from tornado.web import Application, RequestHandler

logging.basicConfig(stream=sys.stdout, format="LOG %(levelname)s %(name)s %(message)s")
log = logging.getLogger("t932")
logging.getLogger("tornado.access").setLevel(logging.CRITICAL)
# (an un-awaited coroutine test method warns on CPython)
warnings.simplefilter("ignore", RuntimeWarning)


class Results(unittest.TestResult):
    def addSuccess(self, test):
        print("pass", test._testMethodName)

    def addFailure(self, test, err):
        print("fail", test._testMethodName, err[0].__name__, str(err[1]).splitlines()[0])

    def addError(self, test, err):
        print("error", test._testMethodName, err[0].__name__, str(err[1]).splitlines()[0])

    def addSkip(self, test, reason):
        print("skip", test._testMethodName, reason)


class Loop(AsyncTestCase):
    def test_io_loop(self):
        self.assertIsInstance(self.io_loop, IOLoop)

    @gen_test
    def test_generator(self):
        yield gen.sleep(0.01)
        x = yield gen.moment
        self.assertIsNone(x)

    @gen_test
    async def test_native(self):
        await gen.sleep(0.01)

    @gen_test(timeout=0.1)
    async def test_times_out(self):
        await gen.sleep(5)

    @gen_test
    async def test_failure_inside(self):
        self.assertEqual(1, 2)

    @gen_test
    async def test_error_inside(self):
        raise KeyError("k")

    def test_stop_wait(self):
        self.io_loop.add_callback(self.stop, 42)
        self.assertEqual(self.wait(), 42)
        self.io_loop.call_later(0.01, lambda: self.stop(a=1))
        self.assertEqual(self.wait(), {"a": 1})

    def test_wait_timeout(self):
        self.wait(timeout=0.05)

    def test_wait_condition(self):
        calls = []

        def tick():
            calls.append(1)
            self.stop()
            if len(calls) < 3:
                self.io_loop.add_callback(tick)

        self.io_loop.add_callback(tick)
        self.wait(condition=lambda: len(calls) >= 3)
        self.assertEqual(len(calls), 3)

    async def test_missing_gen_test(self):
        pass

    def test_value_returned(self):
        return 5


class Logs(unittest.TestCase):
    def test_expect_log_matches(self):
        with ExpectLog("t932", "hello.*"):
            log.warning("hello world")

    def test_expect_log_logger_object(self):
        with ExpectLog(log, "x") as e:
            log.error("xyz")
        self.assertTrue(e.matched)
        self.assertFalse(e.logged_stack)

    def test_expect_log_missing(self):
        with ExpectLog("t932", "never"):
            log.warning("something else")

    def test_expect_log_not_required(self):
        with ExpectLog("t932", "never", required=False):
            pass

    def test_expect_log_stack(self):
        with ExpectLog("t932", "boom") as e:
            try:
                1 / 0
            except ZeroDivisionError:
                log.exception("boom")
        self.assertTrue(e.logged_stack)

    def test_expect_log_level(self):
        with ExpectLog("t932", "quiet", level=logging.INFO) as e:
            log.info("quiet one")
        self.assertTrue(e.matched)

    def test_exception_passes_through(self):
        with self.assertRaises(ValueError):
            with ExpectLog("t932", "never"):
                raise ValueError()


class Helpers(unittest.TestCase):
    def test_bind_unused_port(self):
        sock, port = bind_unused_port()
        self.assertIsInstance(port, int)
        self.assertEqual(sock.getsockname()[1], port)
        sock.close()

    def test_timeout(self):
        os.environ.pop("ASYNC_TEST_TIMEOUT", None)
        self.assertEqual(get_async_test_timeout(), 5)
        os.environ["ASYNC_TEST_TIMEOUT"] = "7.5"
        self.assertEqual(get_async_test_timeout(), 7.5)
        os.environ["ASYNC_TEST_TIMEOUT"] = "junk"
        self.assertEqual(get_async_test_timeout(), 5)
        del os.environ["ASYNC_TEST_TIMEOUT"]

    def test_setup_with_context_manager(self):
        events = []

        class CM:
            def __enter__(self):
                events.append("enter")
                return "value"

            def __exit__(self, *args):
                events.append("exit")

        self.assertEqual(setup_with_context_manager(self, CM()), "value")
        self.doCleanups()
        self.assertEqual(events, ["enter", "exit"])


class Hello(RequestHandler):
    def get(self):
        self.write("hello " + self.get_argument("who", "world"))

    def post(self):
        self.set_status(201)
        self.write(self.request.body)


class Missing(RequestHandler):
    def get(self):
        self.send_error(404)


class HTTP(AsyncHTTPTestCase):
    def get_app(self):
        return Application([("/", Hello), ("/missing", Missing)])

    def test_fetch(self):
        response = self.fetch("/?who=you")
        self.assertEqual(response.code, 200)
        self.assertEqual(response.body, b"hello you")

    def test_post(self):
        response = self.fetch("/", method="POST", body="data")
        self.assertEqual((response.code, response.body), (201, b"data"))

    def test_error_status(self):
        self.assertEqual(self.fetch("/missing").code, 404)

    def test_raise_error(self):
        self.fetch("/missing", raise_error=True)

    def test_urls(self):
        port = self.get_http_port()
        self.assertEqual(self.get_url("/x"), "http://127.0.0.1:%d/x" % port)
        self.assertEqual(self.get_protocol(), "http")
        self.assertEqual(self.fetch(self.get_url("/")).body, b"hello world")

    @gen_test
    async def test_client(self):
        response = await self.http_client.fetch(self.get_url("/"))
        self.assertEqual(response.body, b"hello world")


for case in (Loop, Logs, Helpers, HTTP):
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(case)
    suite.run(Results())
