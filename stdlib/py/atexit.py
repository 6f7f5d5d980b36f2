"""atexit: functions to run when the interpreter exits, last registered
first. The VM calls `_run_exitfuncs` at shutdown (Vm::finalize), after an
uncaught exception's traceback and before module globals are cleared."""

import sys as _sys

_exitfuncs = []


def register(func, /, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exitfuncs.append((func, args, kwargs))
    return func


def unregister(func, /):
    _exitfuncs[:] = [entry for entry in _exitfuncs if entry[0] != func]


def _clear():
    del _exitfuncs[:]


def _ncallbacks():
    return len(_exitfuncs)


def _run_exitfuncs():
    # A callback may register or unregister others: take them one at a time.
    while _exitfuncs:
        func, args, kwargs = _exitfuncs.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            _report(func, exc)


def _report(func, exc):
    try:
        _sys.stdout.flush()
    except Exception:
        pass
    import traceback
    print(f"Exception ignored in atexit callback: {func!r}", file=_sys.stderr)
    # The traceback starts in the callback, not in this module's loop.
    tb = exc.__traceback__
    if tb is not None and tb.tb_frame.f_globals.get("__name__") == __name__:
        tb = tb.tb_next
    exc.__traceback__ = tb
    traceback.print_exception(type(exc), exc, tb, file=_sys.stderr)
