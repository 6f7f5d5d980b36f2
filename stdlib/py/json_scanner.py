"""json.scanner: the scanner factory (pure Python in whirl)."""

from _json_scan import make_scanner, py_make_scanner, c_make_scanner  # noqa: F401
import re

NUMBER_RE = re.compile(r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?',
                       (re.VERBOSE | re.MULTILINE | re.DOTALL))

__all__ = ['make_scanner']
