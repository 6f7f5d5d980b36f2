# contextlib's abstract context managers: abstract __exit__, structural
# subclass checks, the default __enter__; the with statement's errors.
from contextlib import AbstractAsyncContextManager, AbstractContextManager, nullcontext, suppress


class MissingExit(AbstractContextManager):
    pass


try:
    MissingExit()
except TypeError as e:
    print("TypeError", e)


class Scratch:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


class NoneExit(Scratch):
    __exit__ = None


class DefaultEnter(AbstractContextManager):
    def __exit__(self, *exc):
        return super().__exit__(*exc)


print(issubclass(Scratch, AbstractContextManager), issubclass(NoneExit, AbstractContextManager))
print(issubclass(int, AbstractContextManager), isinstance(suppress(), AbstractContextManager))
d = DefaultEnter()
with d as entered:
    print(entered is d)
print(issubclass(nullcontext, AbstractAsyncContextManager))


class AsyncScratch:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return None


print(issubclass(AsyncScratch, AbstractAsyncContextManager), issubclass(Scratch, AbstractAsyncContextManager))


class Typo:
    def __unter__(self):
        pass

    def __exit__(self, *exc):
        pass


class Typo2:
    def __enter__(self):
        pass

    def __exut__(self, *exc):
        pass


for cm in (Typo(), Typo2(), 3, None):
    try:
        with cm:
            pass
    except TypeError as e:
        print("TypeError", e)
