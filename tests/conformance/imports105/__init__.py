"""A package for 105_imports.py: submodules, a relative import, a cycle."""
from . import helper
VALUE = helper.twice(21)
