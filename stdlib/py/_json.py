"""Stand-in for CPython's `_json` accelerator: whirl's `json` is native
already; this lets code that imports `_json` (test_json's fresh imports)
find the scanner pieces, which here are the Python ones."""

from _json_scan import scanstring, make_scanner  # noqa: F401
