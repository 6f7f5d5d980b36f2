"""tornado.autoreload: restart the program when one of its source files
changes (Tornado's development-mode reloader).

`start()` polls, from the current IOLoop, the modification times of every
imported module's file and of the files given to `watch()`; on a change it
runs the hooks of `add_reload_hook()` and starts the program again with the
same command line. `python -m tornado.autoreload [-m module | script] args`
runs a program that way, and keeps watching after it ends or fails.
"""

import functools
import os
import sys
import types

try:
    import signal
except ImportError:
    signal = None

_watched_files = set()
_reload_hooks = []
_reload_attempted = False
# The IOLoops start() already polls from (a loop is polled from once).
_polling_loops = []
# The arguments `python -m tornado.autoreload ...` was given, for the
# restart (the program it runs sees its own arguments in sys.argv).
_original_argv = None


def start(check_time=500):
    """Polls the files every ``check_time`` milliseconds from the current
    IOLoop."""
    from tornado.ioloop import IOLoop, PeriodicCallback

    io_loop = IOLoop.current()
    if any(loop is io_loop for loop in _polling_loops):
        return
    _polling_loops.append(io_loop)
    modify_times = {}
    callback = functools.partial(_reload_on_update, modify_times)
    PeriodicCallback(callback, check_time).start()


def wait():
    """Runs an IOLoop that only watches the files, until one changes (for a
    program that ended: the restart runs it again)."""
    from tornado.ioloop import IOLoop

    io_loop = IOLoop()
    io_loop.add_callback(start)
    io_loop.start()


def watch(filename):
    """Restarts the program when ``filename`` changes too."""
    _watched_files.add(filename)


def add_reload_hook(fn):
    """Calls ``fn()`` (without arguments) just before a restart."""
    _reload_hooks.append(fn)


def _reload_on_update(modify_times):
    if _reload_attempted:
        return
    for module in list(sys.modules.values()):
        if not isinstance(module, types.ModuleType):
            continue
        path = getattr(module, "__file__", None)
        if not path:
            continue
        if path.endswith((".pyc", ".pyo")):
            path = path[:-1]
        _check_file(modify_times, path)
    for path in list(_watched_files):
        _check_file(modify_times, path)


def _check_file(modify_times, path):
    try:
        modified = os.stat(path).st_mtime
    except Exception:
        # Not a file (a module shipped in the binary) or gone.
        return
    if path not in modify_times:
        modify_times[path] = modified
        return
    if modify_times[path] != modified:
        from tornado.log import gen_log

        gen_log.info("%s modified; restarting server", path)
        _reload()


def _restart_argv():
    """The command line to start the program again with."""
    if _original_argv is not None:
        return [sys.executable, "-m", "tornado.autoreload"] + _original_argv
    argv = list(sys.argv)
    spec = getattr(sys.modules.get("__main__"), "__spec__", None)
    if spec is not None and spec.name != "__main__":
        argv = ["-m", spec.name] + argv[1:]
    return [sys.executable] + argv


def _reload():
    global _reload_attempted
    _reload_attempted = True
    for fn in _reload_hooks:
        fn()
    if signal is not None and hasattr(signal, "setitimer"):
        # An interval timer would outlive exec and kill the new program.
        signal.setitimer(signal.ITIMER_REAL, 0, 0)
    argv = _restart_argv()
    if hasattr(os, "execv"):
        os.execv(sys.executable, argv)
    # Without exec: start the new program as a child, and leave.
    import subprocess

    subprocess.Popen(argv)
    os._exit(0)


_USAGE = """\
Usage:
  python -m tornado.autoreload [--until-success] -m module.to.run [args...]
  python -m tornado.autoreload [--until-success] path/to/script.py [args...]
"""


def _run_as_main(path, spec_name):
    """Runs the file at ``path`` as the program's ``__main__`` module, with
    ``__spec__.name`` ``spec_name`` (None: no spec), as the interpreter's
    own ``-m``, file and directory modes do."""
    with open(path, "rb") as f:
        source = f.read()
    main = types.ModuleType("__main__")
    main.__file__ = path
    main.__builtins__ = __builtins__
    if spec_name is not None:
        main.__spec__ = types.SimpleNamespace(name=spec_name, origin=path)
        if "." in spec_name:
            main.__package__ = spec_name.rpartition(".")[0]
    else:
        main.__spec__ = None
    sys.modules["__main__"] = main
    exec(compile(source, path, "exec"), main.__dict__)


def _module_main_file(name):
    """(file, spec name) of the module `-m name` runs: a package's
    __main__, else the module itself."""
    import importlib.util

    spec = importlib.util.find_spec(name)
    if spec is None or not spec.origin:
        raise ImportError("No module named %s" % name)
    if spec.submodule_search_locations:
        # A package: imported first, then its __main__ runs.
        importlib.import_module(name)
        return _module_main_file(name + ".__main__")
    return spec.origin, spec.name


def main():
    """Runs the program of the command line, then waits for a change of its
    files (the restart runs it again): `python -m tornado.autoreload`.
    With ``--until-success``, a program that exits normally ends it."""
    global _original_argv
    _original_argv = sys.argv[1:]
    args = sys.argv[1:]
    until_success = False
    if args and args[0] == "--until-success":
        until_success = True
        args = args[1:]
    if len(args) >= 2 and args[0] == "-m":
        mode, target = "module", args[1]
        sys.argv = [target] + args[2:]
    elif len(args) >= 1 and not args[0].startswith("-"):
        mode, target = "script", args[0]
        sys.argv = args
    else:
        print(_USAGE, file=sys.stderr)
        sys.exit(1)
    from tornado.log import gen_log

    exit_status = 1
    try:
        if mode == "module":
            path, spec_name = _module_main_file(target)
            sys.argv[0] = path
            _run_as_main(path, spec_name)
        elif os.path.isdir(target):
            # A directory runs its __main__.py, with the directory first on
            # the path.
            sys.path.insert(0, target)
            _run_as_main(os.path.join(target, "__main__.py"), "__main__")
        else:
            _run_as_main(target, None)
    except SystemExit as e:
        exit_status = e.code
        gen_log.info("Script exited with status %s", e.code)
    except Exception as e:
        gen_log.warning("Script exited with uncaught exception", exc_info=True)
        # A syntax error names a file that may not be imported: watch it.
        filename = getattr(e, "filename", None)
        if isinstance(e, SyntaxError) and filename:
            watch(filename)
    else:
        exit_status = 0
        gen_log.info("Script exited normally")
    if until_success and exit_status in (0, None):
        return
    if mode == "script":
        watch(target)
    wait()


if __name__ == "__main__":
    # `python -m tornado.autoreload` runs this file as __main__: run main()
    # in the module `tornado.autoreload` instead, the one the program
    # imports, so that a restart it asks for keeps this command line.
    import tornado.autoreload

    tornado.autoreload.main()
