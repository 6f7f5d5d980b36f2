"""whirl's tornado: the Tornado 6 API on a native event loop."""

version = "6.6.1"
version_info = (6, 6, 1, 0)
