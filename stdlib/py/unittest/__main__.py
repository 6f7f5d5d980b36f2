"""`whirl -m unittest`: discovery in the working directory, or the tests
named on the command line."""

import sys

if sys.argv[0].endswith("__main__.py") or sys.argv[0].startswith("<frozen"):
    # The usage lines name the command as it was typed.
    executable = getattr(sys, "executable", None) or "whirl"
    sys.argv[0] = executable.replace("\\", "/").rsplit("/", 1)[-1] + " -m unittest"

__unittest = True

from unittest.main import main

main(module=None)
