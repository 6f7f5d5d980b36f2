"""_pickle: in CPython, the C accelerator behind pickle. whirl has one
implementation of pickle (stdlib/py/pickle.py); this module gives it the
names programs and tests import from `_pickle`."""

import pickle as _py

from pickle import (PickleError, PicklingError, UnpicklingError, Pickler,
                    Unpickler, PickleBuffer)

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "PickleBuffer", "dump", "dumps", "load", "loads"]


class _BuiltinFunction:
    """A function that, like CPython's C functions, stays unbound when
    stored as a class attribute (`dump = _pickle.dump` in a class body)."""

    def __init__(self, func):
        self._func = func
        self.__name__ = func.__name__
        self.__qualname__ = func.__name__
        self.__doc__ = func.__doc__
        self.__module__ = "_pickle"

    def __call__(self, *args, **kwargs):
        return self._func(*args, **kwargs)

    def __repr__(self):
        return "<built-in function %s>" % self.__name__

    def __reduce__(self):
        return self.__name__


dump = _BuiltinFunction(_py.dump)
dumps = _BuiltinFunction(_py.dumps)
load = _BuiltinFunction(_py.load)
loads = _BuiltinFunction(_py.loads)
