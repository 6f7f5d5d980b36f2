"""urllib.response: the file-like objects urlopen returns for non-HTTP
URLs (and HTTPError's body): a wrapped file plus headers and a URL."""

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']


class addbase:
    """A file wrapper that closes the file when closed or on exit."""

    def __init__(self, fp):
        self.fp = fp
        self.file = fp

    def __getattr__(self, name):
        fp = self.__dict__.get('fp')
        if fp is None:
            raise AttributeError(name)
        return getattr(fp, name)

    def __iter__(self):
        return iter(self.fp)

    def __repr__(self):
        return '<%s at %r whose fp = %r>' % (self.__class__.__name__, id(self), self.fp)

    @property
    def closed(self):
        return self.fp is None or self.fp.closed

    def close(self):
        if self.fp is not None:
            self.fp.close()

    def __enter__(self):
        if self.fp is None or self.fp.closed:
            raise ValueError("I/O operation on closed file")
        return self

    def __exit__(self, type, value, traceback):
        self.close()


class addclosehook(addbase):
    """Calls closehook(*hookargs) once, when closed."""

    def __init__(self, fp, closehook, *hookargs):
        super().__init__(fp)
        self.closehook = closehook
        self.hookargs = hookargs

    def close(self):
        try:
            closehook = self.closehook
            hookargs = self.hookargs
            if closehook:
                self.closehook = None
                self.hookargs = None
                closehook(*hookargs)
        finally:
            super().close()


class addinfo(addbase):
    """A file with headers (info())."""

    def __init__(self, fp, headers):
        super().__init__(fp)
        self.headers = headers

    def info(self):
        return self.headers


class addinfourl(addinfo):
    """A file with headers, a URL and a status code."""

    def __init__(self, fp, headers, url, code=None):
        super().__init__(fp, headers)
        self.url = url
        self.code = code

    @property
    def status(self):
        return self.code

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url
