"""Output transforms of tornado.web (``Application(transforms=...)``; the
``compress_response``/``gzip`` setting adds GZipContentEncoding): each
response gets one of each, which sees its first piece with the status and
headers and every later piece, and may change them. Exported by tornado.web.
"""

from tornado.escape import _unicode


class OutputTransform:
    """Changes a response on its way out (e.g. compresses it); one is made
    per request, with the request."""

    def __init__(self, request):
        pass

    def transform_first_chunk(self, status_code, headers, chunk, finishing):
        return status_code, headers, chunk

    def transform_chunk(self, chunk, finishing):
        return chunk


class GZipContentEncoding(OutputTransform):
    """Compresses text-like responses of MIN_LENGTH bytes or more (or sent
    in pieces) with gzip when the client accepts it; every response says
    ``Vary: Accept-Encoding``."""

    # Besides every text/* type.
    CONTENT_TYPES = {
        "application/javascript",
        "application/x-javascript",
        "application/xml",
        "application/atom+xml",
        "application/json",
        "application/xhtml+xml",
        "image/svg+xml",
    }
    GZIP_LEVEL = 6
    MIN_LENGTH = 1024

    def __init__(self, request):
        self._gzipping = "gzip" in request.headers.get("Accept-Encoding", "")
        self._compressor = None

    def _compressible_type(self, ctype):
        return ctype.startswith("text/") or ctype in self.CONTENT_TYPES

    def transform_first_chunk(self, status_code, headers, chunk, finishing):
        if "Vary" in headers:
            headers["Vary"] += ", Accept-Encoding"
        else:
            headers["Vary"] = "Accept-Encoding"
        if self._gzipping:
            ctype = _unicode(headers.get("Content-Type", "")).split(";")[0]
            self._gzipping = (self._compressible_type(ctype)
                              and (not finishing or len(chunk) >= self.MIN_LENGTH)
                              and "Content-Encoding" not in headers)
        if self._gzipping:
            import zlib

            headers["Content-Encoding"] = "gzip"
            # wbits 16 + 15: a gzip member (header and trailer), not raw zlib.
            self._compressor = zlib.compressobj(self.GZIP_LEVEL, zlib.DEFLATED,
                                                16 + zlib.MAX_WBITS)
            chunk = self.transform_chunk(chunk, finishing)
            if "Content-Length" in headers:
                if finishing:
                    headers["Content-Length"] = str(len(chunk))
                else:
                    del headers["Content-Length"]
        return status_code, headers, chunk

    def transform_chunk(self, chunk, finishing):
        if self._gzipping:
            import zlib

            compressor = self._compressor
            if finishing:
                chunk = compressor.compress(chunk) + compressor.flush()
            else:
                chunk = compressor.compress(chunk) + compressor.flush(zlib.Z_SYNC_FLUSH)
        return chunk
