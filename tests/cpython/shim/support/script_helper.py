"""The harness's `test.support.script_helper`: tests that start a second
interpreter are skipped (see __init__.py)."""

import unittest


def _skip(*args, **kwargs):
    raise unittest.SkipTest("harness: starts another interpreter")


assert_python_ok = assert_python_failure = run_python_until_end = spawn_python = _skip


def make_script(script_dir, script_basename, source, omit_suffix=False):
    """Writes `source` to `script_basename`(.py) in `script_dir`; gives
    the file's path (test_gc writes one before starting an interpreter
    on it)."""
    import importlib
    import os

    name = script_basename + ("" if omit_suffix else os.extsep + "py")
    path = os.path.join(script_dir, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(source)
    importlib.invalidate_caches()
    return path
