"""whirl's tornado: the Tornado 6 API on a native event loop."""

version = "6.4"
version_info = (6, 4, 0, 0)
