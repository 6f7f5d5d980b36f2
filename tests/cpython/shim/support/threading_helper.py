"""The harness's `test.support.threading_helper`: threads are out of scope."""

import unittest


def requires_working_threading(*, module=False):
    if module:
        raise unittest.SkipTest("harness: no threads")
    return unittest.skip("harness: no threads")


def reap_threads(func):
    return func


def join_thread(thread, timeout=None):
    thread.join(timeout)


class start_threads:
    def __init__(self, threads, unlock=None):
        self.threads = list(threads)

    def __enter__(self):
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc):
        for t in self.threads:
            t.join()
        return False


def threading_setup():
    return ()


def threading_cleanup(*original_values):
    pass
