"""The harness's stand-in for test.support.hashlib_helper: every digest
the tests ask for is there, so the decorator changes nothing."""


def requires_hashdigest(digestname, openssl=None, usedforsecurity=True):
    def decorator(func_or_class):
        return func_or_class
    return decorator
