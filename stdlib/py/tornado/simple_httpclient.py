"""tornado.simple_httpclient: the HTTP client implementation behind
AsyncHTTPClient, under the name Tornado gives it.

whirl's client is native (`tornado.httpclient`); SimpleAsyncHTTPClient is
that client, and `AsyncHTTPClient()` constructs one, as Tornado's default
configuration does.
"""

from tornado.httpclient import (  # noqa: F401  (re-exported, as Tornado's)
    AsyncHTTPClient,
    HTTPResponse,
    HTTPStreamClosedError,
    HTTPTimeoutError,
)


class SimpleAsyncHTTPClient(AsyncHTTPClient):
    """The non-blocking HTTP client AsyncHTTPClient() gives by default."""
